import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from building_blocks.languages import bcp47

register = template.Library()

# The same escapes as Django's json_script: nothing in the data can close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, page, image_url=""):
    """Schema.org NewsArticle data for a press release, safe to put in the page."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.meta_description,
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.published_datetime).isoformat(),
        "inLanguage": bcp47(page.locale.language_code),
        "mainEntityOfPage": page.get_full_url(request),
        "url": page.get_full_url(request),
        "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
    }
    if page.dateline:
        data["dateline"] = page.dateline
    if image_url:
        data["image"] = [image_url]
    return json_ld_script(data)
