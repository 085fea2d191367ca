from django import template
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from site_settings.models import SiteSettings, SiteTexts

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
    privacy_url = ""
    if settings and settings.privacy_page_id:
        privacy = (
            Page.objects.live()
            .public()
            .filter(
                translation_key=Page.objects.filter(pk=settings.privacy_page_id).values("translation_key")[:1],
                locale__language_code=content_language,
            )
            .first()
        )
        privacy_url = privacy.get_url(request) if privacy else ""
    return {"settings": settings, "texts": texts, "privacy_url": privacy_url}
