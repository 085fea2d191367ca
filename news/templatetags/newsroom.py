import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from news.models import newsroom_pages

register = template.Library()

# The same escapes as Django's json_script: nothing in the data can close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def newsroom_feed_links(context, page):
    """<link rel="alternate"> to the RSS and Atom feeds of the page's language, for pages that list
    releases without being the newsroom (the home page, programmes)."""
    _press_room, index_page = newsroom_pages(page.locale_id)
    return {"feeds": index_page.feeds(context["request"]) if index_page else []}
