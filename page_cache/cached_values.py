"""Values that many pages show and only a content change alters (where an address leads, the menu,
the header's settings and texts, a release's neighbours, the newsroom's years and counts), cached
in this process's memory (``CACHES["process"]``) under the content version (see versions.py).

Each process builds a value once per content version: after a publish every process builds it again
on its next request, from the database, so there is nothing to share or to invalidate. A value
must pickle; None is never cached (build() returns "" or [] for "nothing" that should be).
"""

import hashlib

from django.core.cache import caches
from django.utils import translation

from .versions import content_version

# Old versions' values are unreachable at once; the timeout only frees their memory.
CACHED_VALUE_TIMEOUT = 10 * 60


def cached_value(key, build):
    """build()'s value, built once per content version in this process."""
    cache = caches["process"]
    key = hashlib.sha256(key.encode()).hexdigest()  # keys may hold anything a reader typed in an address
    version = content_version()
    value = cache.get(key, version=version)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, CACHED_VALUE_TIMEOUT, version=version)
    return value


def reader_key(request, key):
    """The key of a value that holds addresses: they differ by host and by language (the Latin and
    Cyrillic Serbian pages show one translation under two prefixes)."""
    return f"{key}:{request.get_host()}:{translation.get_language()}"


def cached_value_for_page(request, page, key, build):
    """cached_value() for a value about one published page, by host and language. A preview's (or a
    page not saved yet) is built afresh: its draft may differ from what was published."""
    if page is None or page.pk is None or getattr(request, "is_preview", False):
        return build()
    return cached_value(f"{reader_key(request, key)}:{page.pk}", build)
