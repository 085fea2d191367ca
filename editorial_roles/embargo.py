"""Embargoed releases: approved ahead of time, then live in English and Serbian at one exact moment.

Wagtail's scheduled publishing keeps a page not live until its approved revision's time, and every
public query (listings, feeds; Wagtail's sitemap, search and API too) uses ``.live()``, so an
embargoed page stays out of them on its own. What Wagtail does not do (wagtail-localize issues 634
and 655) is move a page's translations with it; the two signal receivers below do that.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from wagtail.models import Page, Revision


def embargo_until(page):
    """The exact time the page's approved, scheduled revision goes live, or None."""
    revision = page.scheduled_revision
    return revision.approved_go_live_at if revision else None


def source_embargo_until(page):
    """The embargo of the page's source (the default language's page), if it is still ahead."""
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=page.pk)
        .first()
    )
    until = source and embargo_until(source)
    return until if until and until > timezone.now() else None


def schedule_translations(source, go_live_at):
    """Schedules each translation's latest revision for the source's time (approved with the source)."""
    for translation in source.get_translations().select_related("latest_revision"):
        revision = translation.latest_revision or translation.save_revision()
        revision.content["go_live_at"] = go_live_at.isoformat()
        revision.approved_go_live_at = go_live_at
        revision.save(update_fields=["content", "approved_go_live_at"])
        translation.revisions.exclude(pk=revision.pk).update(approved_go_live_at=None)


def _page_of(revision):
    if revision.base_content_type.model_class() is not Page:
        return None
    return Page.objects.filter(pk=revision.object_id).select_related("locale").first()


def hold_translation_until_source_embargo(sender, instance, raw=False, **kwargs):
    """A translation saved while its source is embargoed gets the source's go-live time, so that
    publishing it only schedules it: Serbian never goes live before the English release."""
    if raw or instance.approved_go_live_at is not None:
        return
    page = _page_of(instance)
    if page is None or page.locale.language_code == settings.LANGUAGE_CODE:
        return
    until = source_embargo_until(page)
    if until is not None:
        instance.content["go_live_at"] = until.isoformat()


def schedule_translations_with_source(sender, instance, raw=False, **kwargs):
    """When a source page's revision is approved for a future time, its translations follow it."""
    if raw or instance.approved_go_live_at is None or instance.approved_go_live_at <= timezone.now():
        return
    page = _page_of(instance)
    if page is not None and page.locale.language_code == settings.LANGUAGE_CODE:
        schedule_translations(page, instance.approved_go_live_at)


def connect_signals():
    pre_save.connect(hold_translation_until_source_embargo, sender=Revision, dispatch_uid="embargo_hold_translation")
    post_save.connect(schedule_translations_with_source, sender=Revision, dispatch_uid="embargo_schedule_translations")
