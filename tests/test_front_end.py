"""The public front end as the server sends it: no cookies where no form needs one, the quick exit on
every page, self-hosted assets only, and the press release within its weight budget."""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from helpers import publish, soup
from wagtail.models import Site
from wagtail.rich_text import RichText
from wagtail_factories import ImageFactory

from site_settings.models import DEFAULT_QUICK_EXIT_URL, SiteSettings

PAGE_TYPES = [
    "home",
    "who-we-are",
    "about",
    "news",
    "release:first-reintegration-centre",
    "press-room",
    "programmes",
    "programme:reintegration-centre",
    "privacy",
    "cover-your-tracks",
]
PRESS_RELEASE_BUDGET_BYTES = 100 * 1024


def serbian_paths(page):
    latin = page.get_url()
    return [latin, latin.replace("/sr-latn/", "/sr/", 1)]


@pytest.fixture
def every_page_path(seeded):
    paths = [seeded(key).get_url() for key in PAGE_TYPES]
    for key in PAGE_TYPES:
        paths += serbian_paths(seeded(key, "sr-latn"))
    return paths + ["/en/no-such-page/", "/sr-latn/no-such-page/", "/sr/no-such-page/"]


def foreign_references(html):
    """Every asset or frame the page would load from another host."""
    found = []
    for element in html.select("script[src], link[href], img, source, iframe"):
        if element.name == "link" and element.get("rel") in (["alternate"], ["canonical"]):
            continue
        for attribute in ("src", "href", "srcset"):
            if re.match(r"\s*(https?:)?//", element.get(attribute, "")):
                found.append(str(element))
    return found


def test_every_public_page_sets_no_cookie_starts_with_the_quick_exit_and_loads_nothing_from_elsewhere(
    client, every_page_path, seeded
):
    advice = {
        "en": seeded("cover-your-tracks").get_url(),
        "sr-latn": seeded("cover-your-tracks", "sr-latn").get_url(),
        "sr": seeded("cover-your-tracks", "sr-latn").get_url().replace("/sr-latn/", "/sr/", 1),
    }
    for path in every_page_path:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert "Set-Cookie" not in response.headers, f"{path} set {list(response.cookies)}"
        html = soup(response)
        first_link = html.body.find("a")
        assert first_link["href"] == DEFAULT_QUICK_EXIT_URL and first_link.has_attr("data-quick-exit"), path
        assert html.select_one(".quick-exit__help a")["href"] == advice[path.split("/")[1]], path
        assert foreign_references(html) == [], path


def test_only_the_contact_page_sets_the_csrf_cookie_and_no_other(client, seeded):
    for path in [seeded("contact").get_url(), *serbian_paths(seeded("contact", "sr-latn"))]:
        client.cookies.clear()
        response = client.get(path)
        assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}, path


def test_quick_exit_goes_where_the_editor_set_it(client, home_en):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.quick_exit_url = "https://weather.example/"
    site_settings.save()
    html = soup(client.get(home_en.get_url()))
    assert html.select_one("[data-quick-exit]")["href"] == "https://weather.example/"


@pytest.mark.parametrize("address", ["http://www.google.com/", "javascript:alert(1)", "not a url"])
def test_quick_exit_destination_must_be_an_https_address(address):
    site_settings = SiteSettings(quick_exit_url=address)
    with pytest.raises(ValidationError) as error:
        site_settings.full_clean(exclude=["site"])
    assert "quick_exit_url" in error.value.message_dict


def test_cover_your_tracks_page_gives_advice_in_both_languages(client, seeded):
    english = client.get(seeded("cover-your-tracks").get_url())
    serbian = client.get(seeded("cover-your-tracks", "sr-latn").get_url())
    assert "private or incognito window" in english.content.decode()
    assert "Privatni prozor" in serbian.content.decode()


def test_fonts_are_self_hosted_with_their_licence_and_swap():
    css = Path(finders.find("css/site.css")).read_text()
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert len(fonts) == 6
    for font in fonts:
        assert finders.find(f"fonts/{font}"), font
    assert css.count("font-display: swap") == css.count("@font-face")
    assert finders.find("fonts/OFL.txt")
    assert "//" not in "".join(re.findall(r"url\(([^)]*)\)", css))


def gzipped_size(content):
    return len(gzip.compress(content, compresslevel=6))


def test_press_release_html_css_and_js_stay_under_100_kb_gzipped(client, release_en):
    response = client.get(release_en.get_url())
    html = soup(response)
    total = gzipped_size(response.content)
    assets = [link["href"] for link in html.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in html.select("script[src]")]
    assert assets, "the page links its stylesheet and script"
    for url in assets:
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        total += gzipped_size(Path(path).read_bytes())
    assert total < PRESS_RELEASE_BUDGET_BYTES, f"{total} bytes gzipped"
    for script in html.select("script[src]"):
        assert script.has_attr("defer") or script.has_attr("async"), "scripts do not block rendering"


def test_press_release_images_come_in_modern_formats_and_several_widths(client, release_en):
    image = ImageFactory(width=1600, height=900)
    release_en.hero_image = image
    release_en.hero_image_alt = "The centre's entrance"
    release_en.body = [
        ("paragraph", RichText("<p>Text.</p>")),
        ("image", {"image": image, "alt_text": "Volunteers at work", "caption": ""}),
    ]
    publish(release_en)

    html = soup(client.get(release_en.get_url()))
    hero, body_image = html.select("main picture")
    for picture in (hero, body_image):
        types = [source["type"] for source in picture.select("source")]
        assert types == ["image/avif", "image/webp"]
        assert all(source["srcset"].count(",") >= 2 for source in picture.select("source"))
        img = picture.img
        assert img["src"].endswith(".jpg") and img["width"] and img["height"]
    assert hero.img["alt"] == "The centre's entrance" and not hero.img.has_attr("loading")
    assert body_image.img["alt"] == "Volunteers at work" and body_image.img["loading"] == "lazy"
