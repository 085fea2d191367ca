"""The site-wide content generation: a number in the shared cache that is part of every cached page's
key. Any change to content moves it on, so every page cached before the change is never read again
(it simply expires). One counter for the whole site trades a few unnecessary re-renders after each
edit for never having to know which pages show which snippet, setting or image: stale never.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import translation

from .reader_request import ReadOnce

GENERATION_KEY = "page_cache:generation"
logger = logging.getLogger(__name__)
# Kept ten minutes: a value whose generation has passed frees its space soon (a crawler visiting every
# release leaves one route per address), and one still read costs a few queries again at most that often.
REMEMBERED_SECONDS = 10 * 60
# While a reader's request is answered, the generation it started with: read once, not per fragment.
_request_generation = ReadOnce("page_cache_request_generation")


def current_generation():
    """The current generation (the one the reader's request started with, inside one)."""
    return _request_generation.get(_shared_generation, outside=_shared_generation)


def _shared_generation():
    """The shared counter. If it is missing (first start, or evicted by the cache) it starts again
    from the clock, so an eviction can never bring back pages cached under an old number."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _advance():
    try:
        moved = cache.incr(GENERATION_KEY)
    except ValueError:  # the counter was missing: starting from the clock is a new generation too
        moved = _shared_generation()
    if moved is None:  # the cache is down and ignores errors: readers may see old pages for a while
        logger.warning(
            "The content generation could not be moved on (cache unreachable): cached pages and remembered"
            " values may be up to %s s old.",
            max(settings.PAGE_CACHE_SECONDS, REMEMBERED_SECONDS),
        )


def advance_generation():
    """Moves the generation on now, and again once the transaction commits: a reader who rendered the
    page between the two (seeing the old rows under the new number) is never served from the cache."""
    _advance()
    transaction.on_commit(_advance)


def remembered(name, build):
    """What build() returns, computed once per content generation and shared by every app server:
    for what many pages show and only a publish changes (menus, the site's settings, listings' years).
    The value must pickle. None is not remembered (so build() returns "" or [] for "nothing" that
    should be): it is worked out again each time, as is everything while the shared cache is down."""
    value = recall(name)
    if value is None:
        value = build()
        keep(name, value)
    return value


def for_reader(request, name):
    """The name of a remembered value that holds addresses: they differ by host and by language (the
    Latin and Cyrillic Serbian pages show one translation under two prefixes)."""
    return f"{name}:{request.get_host()}:{translation.get_language()}"


def remembered_for_page(request, page, name, build):
    """remembered() for a value about one published page, by host and language. A preview's (or a
    page not saved yet) is built afresh: its draft may differ from what was published."""
    if page is None or page.pk is None or getattr(request, "is_preview", False):
        return build()
    return remembered(f"{for_reader(request, name)}:{page.pk}", build)


def recall(name):
    """The value remembered under the name in this generation, or None. A value never changes under
    its key, so this process keeps a copy too and asks the shared cache only once."""
    key = _key(name)
    if key is None:
        return None
    value = caches["process"].get(key)
    if value is None:
        value = cache.get(key)
        if value is not None:
            caches["process"].set(key, value, REMEMBERED_SECONDS)
    return value


def keep(name, value):
    """Remembers the value under the name for this generation (nothing while the cache is down)."""
    key = _key(name)
    if key is not None and value is not None:
        cache.set(key, value, REMEMBERED_SECONDS)
        caches["process"].set(key, value, REMEMBERED_SECONDS)


def _key(name):
    """The cache key: the name hashed, as it may hold anything a reader typed in an address, at any length."""
    generation = current_generation()
    if generation is None:
        return None
    return f"remembered:{generation}:{hashlib.sha256(name.encode()).hexdigest()}"
