"""Finding the page for an address with one query instead of one or two per path segment.

Wagtail finds a page by walking the tree from the localized home page, a query (or two, for the
page's own type) per segment: seven queries for a press release. Where that walk ends only changes
when pages are published, moved or deleted, which moves the content generation on, so the walk is
remembered per host, language and path; a reader's request then loads just the page it ends at and
lets that page route the rest (a routable page's feeds, a form's thank-you page) as Wagtail would.
Only walks whose page answered 200 are remembered: Wagtail walks other paths and answers them itself.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Site

from page_cache.generation import for_reader, keep, recall


class RememberedRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        walk = getattr(request, "_walk_to_remember", None)
        if walk is not None and response.status_code == 200:
            keep(*walk)  # only walks that led to a page: a routable page takes any feed topic, say
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and request.method in ("GET", "HEAD"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            route_from_memory(request, [component for component in path.split("/") if component])
        return None


def route_from_memory(request, components):
    """Sets Wagtail's per-request route (which Wagtail's serve view reads) from the remembered walk,
    or from a new walk, to be remembered once the page has answered."""
    name = for_reader(request, "page-route:" + "/".join(components))
    walk = recall(name)
    if walk is None:
        walk = walk_tree(request, components)
        if walk is None:
            return
        request._walk_to_remember = (name, walk)
    page_id, content_type_id, consumed = walk
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.select_related("locale").filter(pk=page_id).first() if model else None
    if page is None:
        return
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except Http404:
        request._wagtail_route_for_request = None


def walk_tree(request, components):
    """Wagtail's walk from the home page of the active language: (page id, content type id, segments
    used) for the page the walk ends at, or None when a segment matches no page. The walk stops at a
    routable page whose own routes take the rest of the path."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    page = site.root_page.localized.specific
    consumed = 0
    for component in components:
        if isinstance(page, RoutablePageMixin) and page.live and _routes_itself(page, components[consumed:]):
            break
        child = page.get_children().filter(slug=component).first()
        if child is None or child.specific_class is None:
            return None
        page = child.specific
        consumed += 1
    return page.pk, page.content_type_id, consumed


def _routes_itself(page, components):
    try:
        page.resolve_subpage("/" + "".join(f"{component}/" for component in components))
    except Http404:
        return False
    return True
