"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

One browser for the whole session; a fresh context (no cookies, no history) per test. Every request a
page makes is recorded, so a test can prove that nothing leaves the site.

The live server needs a transactional database, which pytest-django flushes after each such test (it
runs them after all the others, so the rest of the suite keeps the seed content): each browser test
restores the seeded database from a snapshot taken before the first of them.

When Chromium or axe-core is missing these tests are skipped with a loud message, except under CI
(the CI environment variable set), where they fail: `make test` installs both.
"""

import json
import os

import pytest
from browser_support import AXE, CHROMIUM, CHROMIUM_ARGS, PHONE, Visit
from django.db import connection

# Playwright's sync API runs an event loop in this thread; Django would refuse its ORM calls otherwise.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"Browser tests cannot run under CI: {reason}", pytrace=False)
    banner = "!" * 78
    print(f"\n{banner}\nSKIPPING THE BROWSER TESTS: {reason}\nRun `make test` to install them.\n{banner}")
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def axe_script():
    if not AXE.exists():
        _unavailable(f"axe-core not found at {AXE}")
    return AXE


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Restored by the serialized rollback, with the ids they had from the start: the snapshot leaves them out.
MIGRATION_DATA = {"contenttypes.contenttype", "auth.permission"}


@pytest.fixture(scope="session")
def seeded_snapshot(django_db_setup, django_db_blocker):
    """The seeded database as loaded at the start of the session, before any browser test ran."""
    with django_db_blocker.unblock():
        objects = json.loads(connection.creation.serialize_db_to_string())
    return json.dumps([item for item in objects if item["model"] not in MIGRATION_DATA])


@pytest.fixture
def site(seeded_snapshot, django_db_serialized_rollback, live_server):
    """The live server on the seeded database. The live server's flush after each test empties the
    database (and the serialized rollback restores only what the migrations made): putting the
    session's snapshot back takes a second where loading the initial content again takes fifteen."""
    connection.creation.deserialize_db_from_string(seeded_snapshot)
    return live_server


def _tab(browser, site, **options):
    context = browser.new_context(viewport=PHONE, locale="en-GB", **options)
    return context, Visit(context.new_page(), site.url)


@pytest.fixture
def visit(browser, site):
    """A fresh browser context at phone width, with English preferred, on the seeded live site."""
    context, tab = _tab(browser, site)
    yield tab
    context.close()


@pytest.fixture
def audit(browser, site):
    """Like ``visit``, but the page's Content-Security-Policy lets the test inject axe-core: the
    site's policy rightly refuses any script that is not one of its own files."""
    context, tab = _tab(browser, site, bypass_csp=True)
    yield tab
    context.close()
