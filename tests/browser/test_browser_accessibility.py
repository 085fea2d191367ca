"""Every page type, in all three languages, at phone and desktop widths: no WCAG 2.1 AA violation
found by axe-core, and no request to any host but the site's own. Screenshots go to
test-artifacts/screenshots/ for a human to look at."""

import json

from browser_support import DESKTOP, PHONE, SCREENSHOTS

PAGE_TYPES = {
    "home": "home",
    "section": "who-we-are",
    "standard": "about",
    "news-index": "news",
    "press-release": "release:first-reintegration-centre",
    "press-room": "press-room",
    "programme-index": "programmes",
    "programme": "programme:reintegration-centre",
    "contact": "contact",
    "privacy": "privacy",
}
LANGUAGES = {"en": "en", "sr-latn": "sr-latn", "sr": "sr-latn"}  # URL prefix: content locale
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"


def page_paths(seeded):
    """(name, language, path) of each page type in each language, the 404 page included."""
    for prefix, content_language in LANGUAGES.items():
        for name, key in PAGE_TYPES.items():
            path = seeded(key, content_language).get_url()
            yield name, prefix, path.replace("/sr-latn/", f"/{prefix}/", 1)
        yield "not-found", prefix, f"/{prefix}/no-such-page/"


def check_with_axe(page, screenshot):
    """The violations axe finds on the page as it is now; its screenshot for a human to look at."""
    result = page.evaluate(RUN_AXE, AXE_TAGS)
    assert result["passes"], "axe checked nothing"
    page.screenshot(path=str(screenshot), full_page=True)
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


def test_every_page_type_in_every_language_passes_axe_at_both_widths_and_stays_on_the_site(audit, seeded, axe_script):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    found = {}
    for name, language, path in page_paths(seeded):
        audit.page.set_viewport_size(PHONE)
        response = audit.go(path)
        assert response.status == (404 if name == "not-found" else 200), path
        audit.page.add_script_tag(path=str(axe_script))
        for width, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            audit.page.set_viewport_size(viewport)
            violations = check_with_axe(audit.page, SCREENSHOTS / f"{name}-{language}-{width}.png")
            if violations:
                found[f"{path} ({width})"] = violations
    assert found == {}, json.dumps(found, indent=1)
    assert audit.foreign_hosts() == set()
