"""Shared fixtures: the seeded database (loaded once per session) and look-ups of seeded pages."""

import io

import pytest
from django.core.cache import caches
from django.core.management import call_command
from wagtail.models import Locale, Page

from initial_content.models import LoadedSeedItem

PRESS_RELEASE = "release:first-reintegration-centre"


def pytest_configure(config):
    # WhiteNoise warns when collectstatic has not been run; the tests never serve static files.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Loads the initial content once, outside any test transaction, so that wagtail-localize's
    on-commit publishing of the Serbian translations runs. Each test's own changes roll back."""
    with django_db_blocker.unblock():
        call_command("load_initial_content", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: database ids are reused after a rollback, so a rendition or
    page cached by an earlier test could otherwise stand for a different object."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def serbian(db):
    return Locale.objects.get(language_code="sr-latn")


@pytest.fixture
def seeded(db):
    """``seeded(key, language)``: the live seeded page with that seed key, as its specific type."""

    def lookup(key, language="en"):
        record = LoadedSeedItem.objects.get(key=f"{key}:en")
        page = Page.objects.get(translation_key=record.translation_key, locale__language_code=language)
        return page.specific

    return lookup


@pytest.fixture
def home_en(seeded):
    return seeded("home")


@pytest.fixture
def home_sr(seeded):
    return seeded("home", "sr-latn")


@pytest.fixture
def release_en(seeded):
    return seeded(PRESS_RELEASE)


@pytest.fixture
def release_sr(seeded):
    return seeded(PRESS_RELEASE, "sr-latn")


@pytest.fixture
def live_pages(db):
    """Every live page a visitor can reach (the tree's root is not a page of the site)."""
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))
