"""Every page type, in all three languages, at phone and desktop widths: no WCAG 2.1 AA violation
found by axe-core, and no request to any host but the site's own. Screenshots go to
test-artifacts/screenshots/ for a human to look at."""

import json

import pytest
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


def page_paths(seeded):
    """(name, language, path) of each page type in each language, the 404 page included."""
    for prefix, content_language in LANGUAGES.items():
        for name, key in PAGE_TYPES.items():
            path = seeded(key, content_language).get_url()
            yield name, prefix, path.replace("/sr-latn/", f"/{prefix}/", 1)
        yield "not-found", prefix, f"/{prefix}/no-such-page/"


def axe_violations(page, axe_script):
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(r => r.violations)", AXE_TAGS
    )
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_type_in_every_language_passes_axe_and_stays_on_the_site(visit, seeded, axe_script, viewport):
    visit.page.set_viewport_size(viewport)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = "phone" if viewport is PHONE else "desktop"
    found = {}
    for name, language, path in page_paths(seeded):
        response = visit.go(path)
        assert response.status == (404 if name == "not-found" else 200), path
        violations = axe_violations(visit.page, axe_script)
        if violations:
            found[path] = violations
        visit.page.screenshot(path=str(SCREENSHOTS / f"{name}-{language}-{width}.png"), full_page=True)
    assert found == {}, json.dumps(found, indent=1)
    assert visit.foreign_hosts() == set()
