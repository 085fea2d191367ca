"""What search engines and social networks read in every page's <head>: the share title,
description, canonical address, image (the page's own or the site's default, 1200×630), and
JSON-LD (the organisation on the home page, a NewsArticle on press releases). Every address is
under BASE_URL (building_blocks.site_address), never the request's host."""

from django import template
from django.utils import translation
from django.utils.translation import gettext as _

from building_blocks.site_address import absolute_url, page_full_url
from serbian_script.transliteration import in_active_script
from site_settings.templatetags.site_settings_tags import chrome_for

from ..structured_data import json_ld_script, news_article_data, organisation_data

register = template.Library()

SHARE_IMAGE_SPEC = "fill-1200x630"
# OpenGraph locales are Facebook's language_TERRITORY codes. Facebook knows one Serbian locale,
# sr_RS, and no script variant (a value it does not know is ignored), so both scripts say sr_RS;
# Google reads the script from <html lang> and the hreflang links (sr-Latn, sr-Cyrl) instead.
OG_LOCALES = {"en": "en_GB", "sr-latn": "sr_RS", "sr": "sr_RS"}


@register.simple_tag(takes_context=True)
def share_meta(context):
    """The OpenGraph and Twitter values of the page in the context, computed once per request."""
    request = context["request"]
    page = context.get("page")
    cache = request.__dict__.setdefault("_share_meta", {})
    key = (page.pk if page is not None else None, translation.get_language())
    if key not in cache:
        cache[key] = _share_meta(request, page)
    return cache[key]


def _share_meta(request, page):
    site_settings = _site_settings(request)
    image, alt = _share_image(page, site_settings)
    rendition = image.get_rendition(SHARE_IMAGE_SPEC) if image else None
    default = site_settings.default_share_image if site_settings else None
    default_rendition = rendition if default is not None and default == image else None
    if default is not None and default_rendition is None:
        default_rendition = default.get_rendition(SHARE_IMAGE_SPEC)
    language = translation.get_language()
    return {
        "type": getattr(page, "share_type", "website"),
        "title": (page.seo_title or page.title) if page else "",
        "description": page.meta_description if page is not None and hasattr(page, "meta_description") else "",
        "url": page_full_url(page, request) if page else absolute_url(request.path),
        "site_name": _("IOM in Serbia"),
        "locale": OG_LOCALES.get(language, language.replace("-", "_")),
        "image_url": absolute_url(rendition.url) if rendition else "",
        "image_width": rendition.width if rendition else None,
        "image_height": rendition.height if rendition else None,
        "image_alt": alt,
        "default_image_url": absolute_url(default_rendition.url) if default_rendition else "",
        "default_image_width": default_rendition.width if default_rendition else None,
        "default_image_height": default_rendition.height if default_rendition else None,
    }


def _site_settings(request):
    return chrome_for(request)["settings"]  # shared with the header and footer


def _share_image(page, site_settings):
    """The page's own picture with its alt text, else the site's default share image."""
    own = getattr(page, "hero_image", None)
    if own is not None and own.is_public:  # never a picture whose consent has ended
        return own, getattr(page, "hero_image_alt", "")
    if site_settings and site_settings.default_share_image:
        return site_settings.default_share_image, site_settings.default_share_image.title
    return None, ""


@register.simple_tag(takes_context=True)
def full_url(context, page):
    """A page's absolute address under BASE_URL (the canonical link)."""
    return page_full_url(page, context["request"])


@register.filter
def in_reader_script(text):
    """Text the Cyrillic middleware does not reach (e.g. article:tag), in the reader's script."""
    return in_active_script(text)


@register.simple_tag(takes_context=True)
def organization_json_ld(context, page):
    """Schema.org Organization data for the home page."""
    request = context["request"]
    return json_ld_script(organisation_data(request, page, chrome_for(request), share_meta(context)))


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, page, topics=()):
    """Schema.org NewsArticle data for a press release."""
    request = context["request"]
    return json_ld_script(news_article_data(request, page, chrome_for(request), share_meta(context), topics))
