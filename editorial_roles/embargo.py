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
from wagtail.signals import page_published

from translation_status.integrity import untranslated_segments, wagtail_localize_translation


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


def finished_revision(translation):
    """The translation's revision that may go live: the one already scheduled or its latest, whichever
    is newer and has every text translated; None while the translation is unfinished. A translator's
    texts are kept by wagtail-localize apart from the page: once all are there, a page that is not live
    yet is written from them first (a live one is left as it is until it is published again)."""
    record = wagtail_localize_translation(translation)
    if record is not None and not translation.live:
        total, translated = record.get_progress()
        if translated == total:
            record.save_target(publish=False)
            translation.refresh_from_db()
    candidates = [translation.scheduled_revision, translation.latest_revision]
    for revision in sorted({r for r in candidates if r is not None}, key=lambda r: r.pk, reverse=True):
        if not untranslated_segments(revision.as_object()):
            return revision
    return None


def schedule_revision(revision, go_live_at):
    """Wagtail's own scheduling: the revision's page with a go-live time, saved as a new revision and
    published, which only schedules it (as a moderator's approval of a page with a go-live time does)."""
    page = revision.as_object()
    page.go_live_at = go_live_at
    page.save_revision(approved_go_live_at=go_live_at, clean=False).publish()


def schedule_translations(source, go_live_at):
    """Schedules each finished translation for the source's time (approved with the source); an
    unfinished one stays a draft, and once finished it is held until the same time."""
    for translation in source.get_translations().select_related("latest_revision"):
        revision = finished_revision(translation)
        if revision is None:
            translation.revisions.update(approved_go_live_at=None)
        elif revision.approved_go_live_at != go_live_at:
            schedule_revision(revision, go_live_at)


def unschedule_translations(source):
    """Cancelling the source's scheduled publishing cancels its translations' too, go-live time and
    all: the translation editor has no go-live field, and wagtail-localize publishes a translation
    with its page's own go_live_at (copied from the English draft), so a stale time would schedule
    the next Publish for the cancelled moment instead of making it live."""
    for translation in source.get_translations().select_related("latest_revision"):
        translation.revisions.update(approved_go_live_at=None)
        draft = translation.latest_revision and translation.latest_revision.as_object()
        if draft is not None and draft.go_live_at is not None:
            # As an editor clearing the field: a draft revision without it (bulk publish and the
            # page editor start from the latest revision) ...
            draft.go_live_at = None
            draft.save_revision(clean=False)
        if translation.go_live_at is not None:
            # ... and the page itself, which wagtail-localize's Publish starts from.
            translation.go_live_at = None
            translation.save(update_fields=["go_live_at"], clean=False)


def will_go_live(translation):
    """Whether the translation goes live with its source: every text translated (read only)."""
    record = wagtail_localize_translation(translation)
    if record is not None:
        total, translated = record.get_progress()
        if translated == total:
            return True
    revisions = {r for r in (translation.scheduled_revision, translation.latest_revision) if r is not None}
    return any(not untranslated_segments(revision.as_object()) for revision in revisions)


def translations_going_live(source):
    """([language names going live with the source], [language names that will not])."""
    going, staying = [], []
    for translation in source.get_translations().select_related("locale", "latest_revision"):
        (going if will_go_live(translation) else staying).append(translation.locale.get_display_name())
    return going, staying


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
        held = instance.as_object()
        held.go_live_at = until
        instance.content = held.serializable_data()  # what save_revision stores for a page


def schedule_translations_with_source(sender, instance, raw=False, update_fields=None, **kwargs):
    """When a source page's revision is approved for a future time, its finished translations follow
    it; when its schedule is cancelled ("Cancel scheduled publish"), theirs is cancelled too."""
    if raw:
        return
    scheduled = instance.approved_go_live_at is not None and instance.approved_go_live_at > timezone.now()
    cancelled = instance.approved_go_live_at is None and update_fields and "approved_go_live_at" in update_fields
    if not (scheduled or cancelled):
        return
    page = _page_of(instance)
    if page is None or page.locale.language_code != settings.LANGUAGE_CODE:
        return
    if scheduled:
        schedule_translations(page, instance.approved_go_live_at)
    elif page.scheduled_revision is None:
        unschedule_translations(page)


def publish_translations_with_source(sender, instance, revision=None, **kwargs):
    """When the source is published at once over its embargo, its scheduled translations go live in
    the same moment instead of waiting for the old time (at the time itself, publish_scheduled
    publishes them in the same run)."""
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    for translation in instance.get_translations():
        scheduled = translation.scheduled_revision
        if scheduled is not None and scheduled.approved_go_live_at > timezone.now():
            # As an editor publishing now over a schedule: the same content without the go-live time.
            page = scheduled.as_object()
            page.go_live_at = None
            page.save_revision(clean=False).publish(log_action="wagtail.publish.scheduled")


def connect_signals():
    pre_save.connect(hold_translation_until_source_embargo, sender=Revision, dispatch_uid="embargo_hold_translation")
    post_save.connect(schedule_translations_with_source, sender=Revision, dispatch_uid="embargo_schedule_translations")
    page_published.connect(publish_translations_with_source, dispatch_uid="embargo_publish_translations")
