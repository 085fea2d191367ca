"""Shared by the page-cache tests: the cache switched on and emptied for one test."""

import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def cache_status(response):
    return response.get("X-Page-Cache")
