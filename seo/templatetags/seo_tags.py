"""What search engines and social networks read in every page's <head>: the share title,
description, canonical address, image (the page's own or the site's default, 1200×630), and the
organisation's JSON-LD on the home page."""

from django import template
from django.conf import settings
from django.utils.translation import gettext as _

from building_blocks.languages import bcp47
from news.templatetags.newsroom import json_ld_script
from site_settings.templatetags.site_settings_tags import chrome_for

register = template.Library()

SHARE_IMAGE_SPEC = "fill-1200x630"


@register.simple_tag(takes_context=True)
def share_meta(context):
    """The OpenGraph and Twitter values of the page in the context, computed once per request."""
    request = context["request"]
    page = context.get("page")
    cache = request.__dict__.setdefault("_share_meta", {})
    key = page.pk if page is not None else None
    if key not in cache:
        cache[key] = _share_meta(request, page)
    return cache[key]


def _share_meta(request, page):
    site_settings = _site_settings(request)
    image, alt = _share_image(page, site_settings)
    rendition = image.get_rendition(SHARE_IMAGE_SPEC) if image else None
    return {
        "type": getattr(page, "share_type", "website"),
        "title": (page.seo_title or page.title) if page else "",
        "description": page.meta_description if page is not None and hasattr(page, "meta_description") else "",
        "url": page.get_full_url(request) if page else request.build_absolute_uri(request.path),
        "site_name": _("IOM in Serbia"),
        "locale": bcp47(page.locale.language_code if page else settings.LANGUAGE_CODE).replace("-", "_"),
        "image_url": request.build_absolute_uri(rendition.url) if rendition else "",
        "image_width": rendition.width if rendition else None,
        "image_height": rendition.height if rendition else None,
        "image_alt": alt,
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
def organization_json_ld(context, page):
    """Schema.org Organization data for the home page: name, address, logo if set, social profiles."""
    request = context["request"]
    site_settings = _site_settings(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": page.get_full_url(request),
    }
    share = share_meta(context)
    if share["image_url"]:
        data["logo"] = share["image_url"]
    if site_settings and site_settings.social_links:
        data["sameAs"] = [url for _label, url in site_settings.social_links]
    return json_ld_script(data)
