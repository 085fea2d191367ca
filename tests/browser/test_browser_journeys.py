"""What a reader does in a real browser: move around and switch language and script, filter the
news, write to IOM, and leave the site in a hurry."""

import re

import pytest
from django.core.cache import cache
from wagtail.models import Site

from contact.models import ContactMessage
from site_settings.models import SiteSettings

NEUTRAL_SITE = "https://neutral.example/"


def test_reader_moves_around_and_switches_from_english_to_serbian_latin_and_cyrillic(visit):
    page = visit.page
    visit.go("/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Leave this site"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"

    page.locator("nav.main-menu").get_by_role("link", name="Who we are").click()
    assert page.url.endswith("/en/who-we-are/")
    assert page.locator("h1").inner_text() == "Who we are"

    page.locator('nav.language-switcher a[hreflang="sr-Latn"]').click()
    assert page.url.endswith("/sr-latn/ko-smo-mi/")
    assert page.locator("html").get_attribute("lang") == "sr-Latn"
    assert page.locator("h1").inner_text() == "Ko smo mi"

    page.locator('nav.language-switcher a[hreflang="sr-Cyrl"]').click()
    assert page.url.endswith("/sr/ko-smo-mi/")
    assert page.locator("html").get_attribute("lang") == "sr-Cyrl"
    assert page.locator("h1").inner_text() == "Ко смо ми"
    assert page.locator(".quick-exit__button").inner_text() == "Напусти сајт"
    page.keyboard.press("Shift")
    assert page.locator("[data-quick-exit-status]").inner_text().startswith("Shift је притиснут једном.")
    assert visit.foreign_hosts() == set()


def test_news_filters_narrow_the_releases_by_year_and_topic(visit):
    page = visit.page
    visit.go("/en/news/")
    page.select_option("select[name=year]", "2006")
    page.select_option("select[name=topic]", label="Counter-trafficking")
    page.get_by_role("button", name="Show releases").click()
    assert re.search(r"[?&]year=2006", page.url) and "topic=" in page.url
    assert page.locator(".news-results__count").inner_text() == "1 press release"
    assert page.get_by_role("link", name="First Reintegration Centre for Trafficking Victims Opens").count() == 1

    page.get_by_role("link", name="Clear filters").click()
    assert "year=" not in page.url


def fill_contact_form(page):
    page.get_by_label("Your name", exact=True).fill("Test Reader")
    page.get_by_label("Your e-mail address", exact=True).fill("reader@example.org")
    page.select_option("select[name=topic]", index=1)
    page.get_by_label("Your message", exact=True).fill("A question about the reintegration centre.")
    page.locator("input[name=consent]").check()


def test_contact_form_announces_errors_then_sends_after_the_waiting_time(visit, seeded):
    page = visit.page
    visit.go(seeded("contact").get_url())
    page.get_by_role("button", name="Send message").click()
    summary = page.get_by_role("alert")
    assert "There is a problem with your message" in summary.inner_text()
    assert page.get_by_label("Your name", exact=True).get_attribute("aria-invalid") == "true"
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.name") == "name"

    fill_contact_form(page)
    page.wait_for_timeout(3200)  # the form refuses what is sent faster than a person types
    page.get_by_role("button", name="Send message").click()
    assert page.locator("h1").inner_text() == "Thank you, your message has been received"
    assert ContactMessage.objects.filter(email="reader@example.org").count() == 1


def test_contact_form_refuses_more_messages_than_the_rate_limit(visit, seeded, settings):
    settings.CONTACT_RATE_LIMIT = 1
    cache.clear()
    page = visit.page
    contact_url = seeded("contact").get_url()
    visit.go(contact_url)
    page.get_by_role("button", name="Send message").click()
    assert "There is a problem with your message" in page.get_by_role("alert").inner_text()
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.get_by_role("button", name="Send message").click()
    assert answer.value.status == 429
    assert "You have sent many messages in a short time" in page.get_by_role("alert").inner_text()
    cache.clear()


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


def history_length(page):
    return page.evaluate("history.length")


def test_quick_exit_leaves_at_once_and_takes_the_page_out_of_the_history(neutral_site):
    page = neutral_site.page
    neutral_site.go("/en/news/")
    before = history_length(page)
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(NEUTRAL_SITE)
    assert history_length(page) == before
    page.go_back()
    assert page.url == "about:blank"


def test_pressing_shift_three_times_leaves_and_other_keys_cancel(neutral_site):
    page = neutral_site.page
    neutral_site.go("/en/who-we-are/about/")
    status = page.locator("[data-quick-exit-status]")
    page.keyboard.press("Shift")
    assert status.inner_text() == "Shift pressed once. Press it 2 more times to leave this site."
    page.keyboard.press("Shift")
    assert status.inner_text() == "Shift pressed twice. Press it once more to leave this site."
    page.keyboard.press("a")
    assert status.inner_text() == "The quick exit shortcut was cancelled."
    before = history_length(page)
    for _press in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL_SITE)
    assert history_length(page) == before
    page.go_back()
    assert page.url == "about:blank"


def test_quick_exit_is_a_plain_link_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/en/")
    link = page.get_by_role("link", name="Leave this site")
    assert link.get_attribute("href") == "https://www.google.com/"
    assert page.locator("[data-quick-exit-hint]").is_hidden()
    context.close()
