from django import template
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from site_settings.models import DEFAULT_QUICK_EXIT_URL, SiteSettings, SiteTexts

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """What the header and footer need from the settings, in the active language: a fixed number of
    queries per request, whatever the page."""
    request = context.get("request")
    if request is None:
        return {}
    language = translation.get_language()
    cache = request.__dict__.setdefault("_site_chrome", {})
    if language not in cache:
        cache[language] = _build(request, language)
    return cache[language]


def _build(request, language):
    settings = SiteSettings.for_request(request)
    content_language = get_supported_content_language_variant(language)
    texts = SiteTexts.objects.filter(locale__language_code=content_language).first()
    return {
        "settings": settings,
        "texts": texts,
        "privacy_url": _translated_url(request, settings and settings.privacy_page_id, content_language),
        "cover_tracks_url": _translated_url(request, settings and settings.cover_tracks_page_id, content_language),
        "quick_exit_url": settings.quick_exit_url if settings else DEFAULT_QUICK_EXIT_URL,
    }


def _translated_url(request, page_id, content_language):
    """The URL of the chosen page's translation in the reader's language ("" if there is none)."""
    if not page_id:
        return ""
    page = (
        Page.objects.live()
        .public()
        .filter(
            translation_key=Page.objects.filter(pk=page_id).values("translation_key")[:1],
            locale__language_code=content_language,
        )
        .first()
    )
    return page.get_url(request) if page else ""
