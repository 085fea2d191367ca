"""Serves whole pages to anonymous readers from Django's cache.

A page is cached only when nothing in it can belong to one reader: a GET without cookies other than
the CSRF and language ones, no query string beyond the listing filters, a 200 answer that sets no
cookie and has no CSRF token in it (forms), and that the view did not already mark private. The key
is the host, the path (so each language prefix, including the Cyrillic /sr/, is its own page) and
the allowed query parameters; the cache version is the content version (see versions.py), read from
the database once at the start of every request, so a change made by any process is seen at once.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from .versions import content_version, content_version_for_request

CACHE_STATUS_HEADER = "X-Page-Cache"
NOT_CACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


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
    return f"page_cache:{request.get_host()}:{request.path}?{query}"


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
        with content_version_for_request():
            if request.method not in ("GET", "HEAD"):
                response = self.get_response(request)
                mark_private(response)
                return response
            return self.answer_reader(request)

    def answer_reader(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            mark_private(response)
            return response
        if not settings.PAGE_CACHE_SECONDS:  # switched off: only the Cache-Control headers
            return self.finish(request, self.get_response(request), key=None)
        key = page_key(request)
        cached = cache.get(key, version=content_version())
        if cached is not None:
            cached[CACHE_STATUS_HEADER] = "hit"
            return cached
        return self.finish(request, self.get_response(request), key)

    def finish(self, request, response, key):
        if not is_cacheable_response(request, response):
            mark_private(response)
            return response
        mark_public(response)
        if key and request.method == "GET":
            response[CACHE_STATUS_HEADER] = "miss"
            # Under the version read before rendering: a page rendered from rows older than a change
            # is stored under the version before it, which no later request reads.
            cache.set(key, response, settings.PAGE_CACHE_SECONDS, version=content_version())
        return response
