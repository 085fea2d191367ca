from django import template
from django.conf import settings
from wagtail.models import Page

from building_blocks.languages import bcp47, language_links, localized_home
from page_cache.cached_values import cached_value, reader_key

register = template.Library()


@register.simple_tag(takes_context=True)
def home_page(context):
    return localized_home(context["request"])


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """Two levels of the page tree below the home page, in the active language; the current page and
    its section marked."""
    request = context["request"]
    home = localized_home(request)
    if home is None:
        return {"items": []}
    menu = cached_value(reader_key(request, f"main-menu:{home.pk}"), lambda: _read_menu(request, home))
    current = context.get("page")
    return {"items": [_marked(item, current) for item in menu]}


def _read_menu(request, home):
    """The menu's entries, each with its children, from one query (cached until content changes)."""
    pages = (
        Page.objects.live().public().in_menu().descendant_of(home).filter(depth__lte=home.depth + 2).order_by("path")
    )
    items = []
    for page in pages:
        entry = {"pk": page.pk, "path": page.path, "title": page.title, "url": page.get_url(request), "children": []}
        if page.depth == home.depth + 1:
            items.append(entry)
        elif items and page.path.startswith(items[-1]["path"]):
            items[-1]["children"].append(entry)
    return items


def _marked(entry, current):
    """A copy of the entry saying whether it is the current page or one of its ancestors."""
    return {
        **entry,
        "is_current": current is not None and current.pk == entry["pk"],
        "is_ancestor": current is not None and current.path.startswith(entry["path"]),
        "children": [_marked(child, current) for child in entry["children"]],
    }


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": language_links(context["request"], context.get("page"))}


@register.inclusion_tag("navigation/alternate_links.html", takes_context=True)
def alternate_links(context):
    """<link rel="alternate" hreflang> for each existing translation of the page, and x-default
    for the English one (the language of readers whose language the site does not have)."""
    page = context.get("page")
    if page is None:
        return {"links": []}
    links = [link for link in language_links(context["request"], page) if link.is_translation]
    if len(links) < 2:
        return {"links": []}
    default = next((link for link in links if link.code == settings.LANGUAGE_CODE), None)
    return {"links": links, "x_default": default.full_url if default else ""}


@register.filter
def language_hreflang(language_code):
    return bcp47(language_code)
