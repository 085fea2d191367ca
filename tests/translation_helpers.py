"""Translating pages the way a translator does in wagtail-localize, for the translation workflow tests."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object


def start_translation(page, locale):
    """ "Translate this page": wagtail-localize creates the Serbian page and its Translation record."""
    translate_object(page, [locale])
    source = TranslationSource.objects.get_for_instance(page)
    return Translation.objects.get(source=source, target_locale=locale)


def translate_segments(translation, translate=lambda text: f"SR {text}", only=None):
    """Gives every (or only the named) segment a translation, as the translator types them."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        if only is not None and segment.context.path not in only:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": translate(segment.string.data), "translation_type": "manual"},
        )
