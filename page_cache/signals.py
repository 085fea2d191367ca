"""What moves the content version on (in the process that makes the change, inside its transaction):
publishing, unpublishing, moving or deleting a page, and saving or deleting anything else a page
shows (snippets, site settings, images, documents, redirects, sites, locales, view restrictions).
Translations arrive as one of these: wagtail-localize publishes translated pages and snippets.
Drafts of pages and snippets do not count; renditions, sessions and messages are not content."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from .versions import move_content_version_on

CONTENT_BASES = (
    BaseSiteSetting,
    BaseGenericSetting,
    AbstractImage,
    AbstractDocument,
    Redirect,
    Site,
    Locale,
    PageViewRestriction,  # a page made private must leave the cache at once
)


def shows_on_pages(model):
    """True for models whose rows appear on public pages, and for the inline rows they own."""
    if issubclass(model, Page):
        return False  # a saved page is a draft until page_published says otherwise
    if issubclass(model, CONTENT_BASES) or model in get_snippet_models():
        return True
    parent = getattr(model, "_page_cache_parent", None)
    return parent is not None and shows_on_pages(parent)


# Saving only these leaves a snippet's live row as readers see it: a draft, a lock, a schedule.
DRAFT_FIELDS = frozenset(
    {"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by", "go_live_at", "expire_at"}
)


def changes_live_snippet(instance, update_fields):
    """A snippet with drafts reaches readers only through its live row (published, or saved live by code)."""
    return instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS)


def content_saved_or_deleted(sender, instance=None, created=False, update_fields=None, **kwargs):
    if isinstance(instance, DraftStateMixin) and not isinstance(instance, Page):
        if shows_on_pages(sender) and changes_live_snippet(instance, update_fields):
            move_content_version_on()
    elif shows_on_pages(sender):
        move_content_version_on()
    elif created and isinstance(instance, Page) and instance.live:
        move_content_version_on()  # a page born live without page_published: an alias, a bulk import


def page_changed(sender, **kwargs):
    move_content_version_on()


def snippet_published_or_unpublished(sender, **kwargs):
    if shows_on_pages(sender):
        move_content_version_on()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        move_content_version_on()


def mark_inline_rows():
    """Inline rows (ParentalKey children) of snippets and settings are content too: their owner's
    post_save fires before they are written, so a change to them alone must move the content version on."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, ParentalKey) and not issubclass(field.related_model, Page):
                model._page_cache_parent = field.related_model


def connect():
    mark_inline_rows()
    post_save.connect(content_saved_or_deleted, dispatch_uid="page_cache.content_saved")
    post_delete.connect(content_saved_or_deleted, dispatch_uid="page_cache.content_deleted")
    post_delete.connect(page_deleted, dispatch_uid="page_cache.page_deleted")
    page_published.connect(page_changed, dispatch_uid="page_cache.page_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache.page_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache.page_moved")
    # Snippets with drafts (pages send page_published and page_unpublished instead).
    published.connect(snippet_published_or_unpublished, dispatch_uid="page_cache.snippet_published")
    unpublished.connect(snippet_published_or_unpublished, dispatch_uid="page_cache.snippet_unpublished")
