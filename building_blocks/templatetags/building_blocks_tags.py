from django import template

from building_blocks.pagination import page_window as window

register = template.Library()


@register.filter
def page_window(page):
    return window(page)
