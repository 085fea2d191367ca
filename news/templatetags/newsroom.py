from django import template

from news.models import newsroom_pages

register = template.Library()


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def newsroom_feed_links(context, page):
    """<link rel="alternate"> to the RSS and Atom feeds of the page's language, for pages that list
    releases without being the newsroom (the home page, programmes)."""
    _press_room, index_page = newsroom_pages(page.locale_id)
    return {"feeds": index_page.feeds(context["request"]) if index_page else []}
