"""After the quick exit, the back button does not lead to the site's earlier pages: while a reader
moves around the site, its pages replace each other in the tab's history (static/js/quick-exit.js)."""

import pytest
from wagtail.models import Site

from site_settings.models import SiteSettings

NEUTRAL_SITE = "https://neutral.example/"


@pytest.fixture
def neutral_site(visit):
    """The quick exit's destination, answered inside the browser: the test never leaves the machine."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.quick_exit_url = NEUTRAL_SITE
    site_settings.save()
    visit.page.context.route(
        NEUTRAL_SITE + "**", lambda route: route.fulfill(content_type="text/html", body="<title>Neutral</title>")
    )
    return visit


def test_back_after_the_quick_exit_does_not_return_to_the_sites_earlier_pages(neutral_site):
    page = neutral_site.page
    neutral_site.go("/en/")
    arrived = page.evaluate("history.length")

    page.locator('nav.main-menu a[href="/en/programmes/"]').first.click()
    page.wait_for_url("**/en/programmes/")
    page.locator('main a[href^="/en/programmes/"]').first.click()
    page.wait_for_url("**/en/programmes/*/")
    page.locator('nav.main-menu a[href="/en/news/"]').first.click()
    page.wait_for_url("**/en/news/")
    assert page.evaluate("history.length") == arrived  # each page took the place of the one before

    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()

    assert page.url == "about:blank"  # what the tab showed before the site, never one of its pages


def test_search_and_filters_replace_the_entry_too(neutral_site):
    page = neutral_site.page
    neutral_site.go("/en/search/")
    arrived = page.evaluate("history.length")

    search = page.locator("main form").first
    search.locator('input[name="q"]').fill("centre")
    search.locator('input[name="q"]').press("Enter")
    page.wait_for_url("**/en/search/?q=centre*")

    assert page.evaluate("history.length") == arrived
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert page.url == "about:blank"


def test_links_to_other_sites_and_new_tabs_keep_the_browsers_behaviour(neutral_site):
    page = neutral_site.page
    neutral_site.go("/en/")
    page.evaluate(
        """() => {
            const link = document.createElement("a");
            link.href = "https://neutral.example/elsewhere";
            link.id = "outside";
            link.textContent = "Elsewhere";
            document.querySelector("main").append(link);
        }"""
    )
    before = page.evaluate("history.length")
    page.locator("#outside").click()
    page.wait_for_url("https://neutral.example/elsewhere")

    assert page.evaluate("history.length") == before + 1
