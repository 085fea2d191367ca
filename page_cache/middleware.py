"""Serves whole pages to anonymous readers from Django's cache.

A page is cached only when nothing in it can belong to one reader: a GET without cookies other than
the CSRF and language ones, no query string beyond the listing filters, a 200 answer that sets no
cookie and has no CSRF token in it (forms), and that the view did not already mark private. The key
holds the site's content generation (see generation.py), the path (so each language prefix, including
the Cyrillic /sr/, is its own page) and the allowed query parameters.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils.cache import patch_cache_control
from wagtail.models import Site

from .generation import current_generation, remembered
from .reader_request import reader_request

CACHE_STATUS_HEADER = "X-Page-Cache"
NOT_CACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


def remember_site(request):
    """Wagtail looks up the request's site (a query) and every site's root path (a cache read) on
    every request; both change only with the content generation, so they are remembered, and handed
    to Wagtail on the request, where it looks for them first."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return  # Django answers 400 on its own
    site = remembered(f"site-for-host:{host}:{request.get_port()}", lambda: Site._find_for_request(request) or "")
    request._wagtail_site = site or None
    request._wagtail_cached_site_root_paths = remembered("site-root-paths", lambda: list(Site.get_site_root_paths()))


def harmless_cookies():
    return {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def is_cacheable_request(request):
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return False
    if not set(request.COOKIES) <= harmless_cookies():
        return False
    if any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS):
        return False
    return set(request.GET) <= set(settings.PAGE_CACHE_QUERY_PARAMETERS)


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED"):  # the page holds a CSRF token: it is this reader's alone
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(directive in cache_control for directive in NOT_CACHEABLE_DIRECTIVES)


def page_key(request):
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    return f"page_cache:{current_generation()}:{request.get_host()}:{request.path}?{query}"


def mark_public(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.PAGE_CACHE_PROXY_SECONDS,
    )


def mark_private(response):
    """Pages that must not be cached anywhere say so, unless the view already chose its own policy."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            response = self.get_response(request)
            mark_private(response)
            return response
        with reader_request():
            return self.answer_reader(request)

    def answer_reader(self, request):
        if not is_cacheable_request(request):
            response = self.render(request)
            mark_private(response)
            return response
        if not settings.PAGE_CACHE_SECONDS:  # switched off: only the Cache-Control headers
            return self.finish(request, self.render(request), key=None)
        key = page_key(request)  # read before rendering, so a page rendered from old rows is keyed old
        cached = cache.get(key)
        if cached is not None:
            cached[CACHE_STATUS_HEADER] = "hit"
            return cached
        return self.finish(request, self.render(request), key)

    def render(self, request):
        remember_site(request)
        return self.get_response(request)

    def finish(self, request, response, key):
        if not is_cacheable_response(request, response):
            mark_private(response)
            return response
        mark_public(response)
        if key and request.method == "GET":
            response[CACHE_STATUS_HEADER] = "miss"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response
