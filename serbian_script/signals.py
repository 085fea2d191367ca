"""Serbian pages get readable ASCII slugs, however the slug reaches them: typed in Wagtail's page
editor, or translated in wagtail-localize's editor (whose own `slugify` would drop đ and Cyrillic)."""

from django.db.models.signals import pre_save
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from .slugs import ascii_slug

SERBIAN_CONTENT_LANGUAGE = "sr-latn"
SLUG_SEGMENT_PATH = "slug"  # wagtail-localize's context path for a page's slug segment


def normalise_serbian_page_slug(sender, instance, raw=False, **kwargs):
    # Raw saves (fixtures, database restores) store rows as they were, related rows not yet there.
    if (
        not raw
        and isinstance(instance, Page)
        and instance.slug
        and instance.locale.language_code == SERBIAN_CONTENT_LANGUAGE
    ):
        instance.slug = ascii_slug(instance.slug)


def normalise_serbian_slug_translation(sender, instance, raw=False, **kwargs):
    if (
        not raw
        and instance.context_id
        and instance.context.path == SLUG_SEGMENT_PATH
        and instance.locale.language_code == SERBIAN_CONTENT_LANGUAGE
    ):
        instance.data = ascii_slug(instance.data)


def connect():
    pre_save.connect(normalise_serbian_page_slug, dispatch_uid="serbian_script.page_slug")
    pre_save.connect(
        normalise_serbian_slug_translation, sender=StringTranslation, dispatch_uid="serbian_script.slug_translation"
    )
