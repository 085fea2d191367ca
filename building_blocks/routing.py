"""Finding the page for an address with one query instead of two per path segment.

Wagtail finds a page by walking the tree, a query for each segment's child and one for its own type:
four queries for a press release below the home page. Where a walk from a page ends changes only with
the content version (pages published, moved or deleted), so the project's base page overrides
Wagtail's ``route()`` to cache it (page id, type, segments used) per starting page and path; a
request then loads just the page the walk ends at and lets it route the rest as Wagtail would (a
routable page's feeds, a form's thank-you page). A walk is cached under the segments it went
through pages, never under the rest of the address, so addresses that answer 404 add nothing.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin

from page_cache.cached_values import cached_value

NO_WALK = ""  # cached for a path whose first segment is no child page: Wagtail answers it itself


def cached_route(page, request, path_components):
    """Wagtail's RouteResult for the path below the page, from the cached walk; None when the
    path does not lead through a child page (the caller lets Wagtail route it)."""
    walk = _cached_walk(page, path_components)
    if not walk:
        return None
    page_id, content_type_id, consumed = walk
    # The page the walk ends at, as published at this content version (a copy per request: values are pickled).
    target = cached_value(f"page-route-target:{page_id}", lambda: _read_target(page_id, content_type_id))
    if target is None:
        raise Http404
    return target.route(request, path_components[consumed:])


def _read_target(page_id, content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.select_related("locale").filter(pk=page_id).first() if model else None


def _cached_walk(page, components):
    """The cached walk for the longest prefix of the path that has one, else a new walk, cached."""
    for length in range(len(components), 0, -1):
        walk = cached_value(_key(page, components[:length]), lambda: None)
        if walk is not None:
            return walk
    walk = walk_tree(page, components)
    if walk:
        cached_value(_key(page, components[: walk[2]]), lambda: walk)
    return walk


def _key(page, components):
    return f"page-route:{page.pk}:{'/'.join(components)}"


def walk_tree(page, components):
    """Wagtail's walk from the page: (page id, content type id, segments used) for the page it ends
    at, or None when the first segment matches no child. The walk stops at a segment matching no
    child and at a routable page whose own routes take the rest of the path."""
    consumed = 0
    for component in components:
        if consumed and isinstance(page, RoutablePageMixin) and _routes_itself(page, components[consumed:]):
            break
        child = page.get_children().filter(slug=component).first()
        if child is None or child.specific_class is None:
            break
        page = child.specific
        consumed += 1
    return (page.pk, page.content_type_id, consumed) if consumed else None


def _routes_itself(page, components):
    try:
        page.resolve_subpage("/" + "".join(f"{component}/" for component in components))
    except Http404:
        return False
    return True
