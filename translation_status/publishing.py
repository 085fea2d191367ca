"""wagtail-localize publishes a translation with the English text standing in for every segment
that has none yet. Here a translation is published only once every segment has its own text."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail_localize.models import Translation


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
