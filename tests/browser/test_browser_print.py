"""A press release printed from the browser, in English, Serbian Latin and Serbian Cyrillic: no
navigation or quick exit on paper, the release's address, dateline and press contacts kept, and the
addresses of outside links written out."""

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
