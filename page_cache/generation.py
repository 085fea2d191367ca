"""The site-wide content generation: a number in the shared cache that is part of every cached page's
key. Any change to content moves it on, so every page cached before the change is never read again
(it simply expires). One counter for the whole site trades a few unnecessary re-renders after each
edit for never having to know which pages show which snippet, setting or image: stale never.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache, caches
from django.db import transaction

GENERATION_KEY = "page_cache:generation"
# While a reader's request is answered, the generation it started with: read once, not per fragment.
_request_generation = ContextVar("page_cache_request_generation", default=None)


@contextmanager
def generation_read_once():
    token = _request_generation.set([])
    try:
        yield
    finally:
        _request_generation.reset(token)


def current_generation():
    """The current generation (the one the reader's request started with, inside one)."""
    memo = _request_generation.get()
    if memo is None:
        return _shared_generation()
    if not memo:
        memo.append(_shared_generation())
    return memo[0]


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
        cache.incr(GENERATION_KEY)
    except ValueError:  # the counter was missing: starting from the clock is a new generation too
        _shared_generation()


def advance_generation():
    """Moves the generation on now, and again once the transaction commits: a reader who rendered the
    page between the two (seeing the old rows under the new number) is never served from the cache."""
    _advance()
    transaction.on_commit(_advance)


# Kept ten minutes: a value whose generation has passed frees its space soon (a crawler visiting every
# release leaves one route per address), and one still read costs a few queries again at most that often.
REMEMBERED_SECONDS = 10 * 60


def remembered(name, build):
    """What build() returns, computed once per content generation and shared by every app server:
    for what many pages show and only a publish changes (menus, the site's settings, listings' years).
    A value never changes under its key, so this process keeps a copy too and asks the shared cache
    only once. The value must pickle. None is not remembered (so build() returns "" or [] for
    "nothing" that should be): it is worked out again each time."""
    generation = current_generation()
    if generation is None:  # the shared cache is down: a publish could not be seen, so nothing is kept
        return build()
    key = f"remembered:{generation}:{name}"
    value = caches["process"].get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = build()
            if value is not None:
                cache.set(key, value, REMEMBERED_SECONDS)
        if value is not None:
            caches["process"].set(key, value, REMEMBERED_SECONDS)
    return value
