"""Admin: alert subscribers (their addresses seen only by "Subscriber list managers"), the media list
and advance copies (press officers), and "Send advance copies" on releases under embargo."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from news.models import PressReleasePage

from .admin_views import SEND_PERMISSION, SendAdvanceCopiesView
from .models import AdvanceCopy, Journalist, Subscriber


class RecordsPolicy(ModelPermissionPolicy):
    """What readers and the sending machinery recorded: staff may view and delete it, never write it."""

    WRITE_ACTIONS = ("add", "change")

    def user_has_permission(self, user, action):
        if action in self.WRITE_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in self.WRITE_ACTIONS]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Alert subscribers")
    list_display = ["email", "language_codes", "confirmed_at", "created_at"]
    list_filter = {"confirmed_at": ["isnull"]}
    search_fields = ["email"]
    form_fields = ["email"]  # required by ModelViewSet; adding and editing are refused by the policy
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return Subscriber.objects.prefetch_related("languages")


class JournalistViewSet(ModelViewSet):
    model = Journalist
    icon = "user"
    menu_label = _("Media list")
    list_display = ["name", "outlet", "email", "language", "active"]
    list_filter = ["active", "language"]
    search_fields = ["name", "outlet", "email"]
    form_fields = ["name", "email", "outlet", "language", "active"]


class AdvanceCopyIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm(SEND_PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Send advance copies"), url=reverse("press_alerts_send_advance_copies"), icon_name="mail"
                )
            )
        return buttons


class AdvanceCopyViewSet(ModelViewSet):
    model = AdvanceCopy
    icon = "doc-full"
    menu_label = _("Advance copies")
    index_view_class = AdvanceCopyIndexView
    list_display = ["release", "journalist", "status", "sent_at", "created_at"]
    list_filter = ["status"]
    form_fields = ["status"]  # required by ModelViewSet; adding and editing are refused by the policy
    inspect_view_enabled = True
    inspect_view_fields = ["release", "journalist", "status", "sent_at", "attempts", "last_error", "sent_by"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return AdvanceCopy.objects.select_related("release", "journalist")


class PressViewSetGroup(ModelViewSetGroup):
    menu_label = _("Press")
    menu_icon = "mail"
    menu_order = 260
    items = (
        JournalistViewSet("media_list"),
        AdvanceCopyViewSet("advance_copies"),
        SubscriberViewSet("alert_subscribers"),
    )


register_permission_policy(Subscriber, RecordsPolicy(Subscriber))
register_permission_policy(AdvanceCopy, RecordsPolicy(AdvanceCopy))


@hooks.register("register_admin_viewset")
def register_press_viewsets():
    return PressViewSetGroup()


@hooks.register("register_admin_urls")
def register_send_advance_copies():
    return [
        path(
            "press/send-advance-copies/",
            SendAdvanceCopiesView.as_view(),
            name="press_alerts_send_advance_copies",
        )
    ]


@hooks.register("register_page_header_buttons")
def send_advance_copies_button(page, user, view_name, next_url=None):
    """On a release under embargo: a way to the form, with the release chosen."""
    if not isinstance(page.specific_deferred, PressReleasePage) or page.live or not user.has_perm(SEND_PERMISSION):
        return
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return  # sent from the source release; each journalist gets their language's version
    if page.scheduled_revision is None:
        return
    url = reverse("press_alerts_send_advance_copies") + f"?release={page.pk}"
    yield Button(_("Send advance copies"), url=url, icon_name="mail", priority=80)
