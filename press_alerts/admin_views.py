"""The admin's "Send advance copies": a release under embargo, to journalists of the media list."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Revision

from news.models import PressReleasePage

from .mail import embargo_label, send_now
from .models import AdvanceCopy, Journalist

SEND_PERMISSION = "press_alerts.send_advancecopy"


def embargoed_releases():
    """Releases in the default language approved to go live later (their translations follow them)."""
    scheduled = Revision.page_revisions.filter(approved_go_live_at__gt=timezone.now())
    return PressReleasePage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        live=False,
        pk__in=[int(pk) for pk in scheduled.values_list("object_id", flat=True)],
    ).order_by("title")


class ReleaseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, release):
        until = release.scheduled_revision.approved_go_live_at
        return _("%(title)s (embargoed until %(until)s)") % {
            "title": release.title,
            "until": embargo_label(until, "en"),
        }


class SendAdvanceCopiesForm(forms.Form):
    release = ReleaseChoiceField(label=_("Release under embargo"), queryset=PressReleasePage.objects.none())
    journalists = forms.ModelMultipleChoiceField(
        label=_("Journalists"),
        queryset=Journalist.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Each receives the release in their language, with a personal link."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["release"].queryset = embargoed_releases()


class SendAdvanceCopiesView(WagtailAdminTemplateMixin, FormView):
    form_class = SendAdvanceCopiesForm
    template_name = "press_alerts/admin/send_advance_copies.html"
    page_title = _("Send advance copies")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SEND_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"release": self.request.GET.get("release")}

    def form_valid(self, form):
        release = form.cleaned_data["release"]
        queued, missing = [], []
        with transaction.atomic():
            for journalist in form.cleaned_data["journalists"]:
                content_language = get_supported_content_language_variant(journalist.language)
                version = (
                    release.get_translations(inclusive=True).filter(locale__language_code=content_language).first()
                )
                if version is None or version.scheduled_revision is None:
                    missing.append(journalist.name)
                    continue
                queued.append(
                    AdvanceCopy.objects.create(journalist=journalist, release=version, sent_by=self.request.user)
                )
        sent = sum(send_now(AdvanceCopy, copy.pk) for copy in queued)
        if sent:
            messages.success(
                self.request,
                ngettext("%(count)d advance copy sent.", "%(count)d advance copies sent.", sent) % {"count": sent},
            )
        if len(queued) > sent:
            messages.warning(
                self.request,
                _("%(count)d could not be sent now; they will be sent when the mail server accepts them.")
                % {"count": len(queued) - sent},
            )
        if missing:
            messages.error(
                self.request,
                _("Not sent to %(names)s: the release has no scheduled version in their language.")
                % {"names": ", ".join(missing)},
            )
        return redirect(reverse("advance_copies:index"))
