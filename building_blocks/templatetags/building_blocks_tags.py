from django import template

from building_blocks.pagination import page_window as window

register = template.Library()


@register.filter
def page_window(page):
    return window(page)


@register.simple_tag
def page_query(query, number):
    """A query string with the page number added to the (already encoded) filters."""
    return f"{query}&page={number}" if query else f"page={number}"
