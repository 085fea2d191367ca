"""A press release as journalists use it in a browser: printed, in English, Serbian Latin and Serbian
Cyrillic (no navigation or quick exit on paper; the release's address, dateline and press contacts kept;
the addresses of outside links written out), and a picture's credit line copied, with and without
JavaScript."""

import pytest

SEED_RELEASE = {
    "en": "/en/news/first-reintegration-centre-for-trafficking-victims-opens/",
    "sr-latn": "/sr-latn/vesti/otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima/",
    "sr": "/sr/vesti/otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima/",
}
HIDDEN_ON_PAPER = [
    ".quick-exit",
    ".skip-link",
    ".site-header",
    "nav.main-menu",
    "nav.language-switcher",
    "nav.release-nav",
    ".site-footer",
    ".press-contact__vcard",
]


@pytest.mark.parametrize("language", ["en", "sr-latn", "sr"])
def test_printed_release_has_no_navigation_and_keeps_address_dateline_and_contacts(visit, language):
    page = visit.page
    visit.go(SEED_RELEASE[language])
    address = page.locator(".press-release__address")
    assert not address.is_visible()  # on screen the address bar says it already

    page.emulate_media(media="print")

    for selector in HIDDEN_ON_PAPER:
        assert page.locator(selector).count() >= 1, selector
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    assert address.is_visible()
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert address.inner_text() == canonical and canonical.endswith(SEED_RELEASE[language])
    assert page.locator(".press-release__dateline").is_visible()
    assert page.locator(".press-contacts").is_visible()
    assert page.locator(".press-contact a[href^='mailto:']").first.is_visible()
    outside_link_after = page.evaluate(
        "getComputedStyle(document.querySelector('.block-notes-to-editors a[href^=\"http\"]'), '::after').content"
    )
    assert "http://www.atina.org.yu" in outside_link_after


def test_credit_line_is_a_selectable_field_without_javascript_and_copies_with_it(browser, site):
    from browser_support import PHONE
    from newsroom_helpers import make_release
    from playwright.sync_api import expect
    from wagtail.images.tests.utils import get_test_image_file

    from image_library.models import CreditedImage

    image = CreditedImage.objects.create(title="Centre", file=get_test_image_file(), credit="© IOM/Ana Test")
    release = make_release(hero_image=image, hero_image_alt="The centre")

    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + release.url)
    field = page.get_by_label("Credit line")
    assert field.input_value() == "© IOM/Ana Test"
    assert field.get_attribute("readonly") is not None
    assert page.locator(".credit-line__copy").count() == 0
    context.close()

    context = browser.new_context(viewport=PHONE, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site.url + release.url)
    page.get_by_role("button", name="Copy credit line").click()
    # The clipboard answers asynchronously: wait for the live region rather than read it at once.
    expect(page.locator(".credit-line__status")).to_have_text("Credit line copied")
    assert page.evaluate("navigator.clipboard.readText()") == "© IOM/Ana Test"
    context.close()
