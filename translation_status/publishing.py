"""wagtail-localize publishes a translation with the English text standing in for every segment
that has none yet. Here a translation is published only once every segment has its own text."""

import contextlib

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView


def unfinished_translation(page):
    """The page's translation if some of its segments are still untranslated, else None."""
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .first()
    )
    if translation is None:
        return None
    total, translated = translation.get_progress()
    return translation if translated < total else None


def refuse_to_publish_unfinished_translation(request, page):
    """Answers the translation editor's "Publish" with an error while segments are untranslated."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = unfinished_translation(page)
    if translation is None:
        return None
    total, translated = translation.get_progress()
    messages.error(
        request,
        _("Not published: %(missing)d of %(total)d texts have no translation yet. Translate them all first.")
        % {"missing": total - translated, "total": total},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def hide_convert_to_alias(menu_items, request, context):
    """Takes "Convert to alias page" out of a translation's menu: a translation never becomes a copy of
    the English page (integrity.refuse_untranslated_live_page refuses it on the model too)."""
    menu_items[:] = [item for item in menu_items if getattr(item, "name", None) != "localize-convert-to-alias"]


class UpdateFinishedTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", except that "Publish immediately" publishes only
    the translations that have a text for every segment; the others wait for their translator."""

    publishes_finished_translations = True  # read by the sync form's template

    def form_valid(self, form):
        publish = form.cleaned_data["publish_translations"]
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if publish:
            self.publish_finished_translations()
        return response

    def publish_finished_translations(self):
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                target = None
            if isinstance(target, Page) and not target.permissions_for_user(self.request.user).can_publish():
                continue  # a translator syncs; the moderators publish
            total, translated = translation.get_progress()
            if translated < total:
                messages.warning(
                    self.request,
                    _("%(language)s not published: %(missing)d of %(total)d texts have no translation yet.")
                    % {
                        "language": translation.target_locale.get_display_name(),
                        "missing": total - translated,
                        "total": total,
                    },
                )
                continue
            with contextlib.suppress(ValidationError), transaction.atomic():
                translation.save_target(user=self.request.user, publish=True)
