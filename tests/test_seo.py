"""What search engines and social networks read: title, description, canonical, alternates,
OpenGraph and Twitter tags with an absolute 1200×630 image, and the organisation's JSON-LD."""

import io
import json

import pytest
import wagtail_factories
from django.core.files.images import ImageFile
from helpers import soup
from PIL import Image as PILImage
from wagtail.models import Site

from site_settings.models import SiteSettings

pytestmark = pytest.mark.django_db


def meta(document, key):
    """Contents of every <meta> with that property or name."""
    return [tag["content"] for tag in document.select(f'meta[property="{key}"], meta[name="{key}"]')]


def image_file(width, height):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "white").save(buffer, "PNG")
    return ImageFile(buffer, name="picture.png")


@pytest.fixture
def share_image(db):
    image = wagtail_factories.ImageFactory(title="IOM and Atina logo", file=image_file(2400, 1600))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.default_share_image = image
    settings.save()
    return image


@pytest.mark.parametrize("prefix", ["", "/sr"])
def test_every_page_has_one_set_of_share_tags_matching_its_canonical_address(client, live_pages, prefix):
    for page in live_pages:
        url = page.url if not prefix else page.url.replace("/sr-latn/", "/sr/", 1)
        document = soup(client.get(url))
        canonical = document.select_one('link[rel="canonical"]')["href"]

        for key in ("og:type", "og:title", "og:url", "og:site_name", "og:locale", "twitter:card", "twitter:title"):
            assert len(meta(document, key)) == 1, (url, key)
        expected = page.full_url.replace("/sr-latn/", "/sr/", 1) if prefix else page.full_url
        assert meta(document, "og:url") == [canonical] == [expected]
        assert meta(document, "og:description") == meta(document, "description")


def test_seo_title_and_search_description_are_used(client, release_en):
    release_en.seo_title = "Centre opens: IOM and Atina"
    release_en.search_description = "A short description for search engines."
    release_en.save_revision().publish()

    document = soup(client.get(release_en.url))

    assert document.title.get_text().startswith("Centre opens: IOM and Atina |")
    assert meta(document, "og:title") == meta(document, "twitter:title") == ["Centre opens: IOM and Atina"]
    assert meta(document, "description") == ["A short description for search engines."]


def test_press_release_is_an_article_with_its_date(client, release_en):
    document = soup(client.get(release_en.url))

    assert meta(document, "og:type") == ["article"]
    assert meta(document, "article:published_time") == [release_en.date.isoformat()]


def test_pages_without_a_picture_share_the_default_image_at_1200_by_630(client, share_image, home_en):
    document = soup(client.get(home_en.url))

    image_url = meta(document, "og:image")[0]
    assert image_url.startswith("http://") and "fill-1200x630" in image_url
    assert meta(document, "og:image:width") == ["1200"] and meta(document, "og:image:height") == ["630"]
    assert meta(document, "twitter:image") == [image_url] and meta(document, "twitter:card") == ["summary_large_image"]


def test_release_with_a_picture_shares_its_own(client, share_image, release_en):
    own = wagtail_factories.ImageFactory(title="Opening", file=image_file(1600, 900))
    release_en.hero_image, release_en.hero_image_alt = own, "People at the opening"
    release_en.save_revision().publish()

    document = soup(client.get(release_en.url))

    assert f"images/{own.file.name.split('/')[-1].rsplit('.', 1)[0]}" in meta(document, "og:image")[0]
    assert meta(document, "og:image:alt") == ["People at the opening"]
    json_ld = json.loads(document.select_one('script[type="application/ld+json"]').string)
    assert json_ld["image"] == meta(document, "og:image")


def test_home_page_describes_the_organisation_in_json_ld_safely(client, share_image, home_en):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.facebook_url = "https://facebook.example/iom</script><script>alert(1)</script>"
    settings.linkedin_url = "https://linkedin.example/iom"
    settings.save()

    response = client.get(home_en.url)
    scripts = soup(response).select('script[type="application/ld+json"]')
    data = json.loads(scripts[0].string)

    assert len(scripts) == 1 and b"<script>alert" not in response.content
    assert data["@type"] == "Organization" and data["url"] == home_en.full_url
    assert data["sameAs"] == [settings.facebook_url, settings.linkedin_url]
    assert data["logo"]["url"].startswith("http://")


def test_no_page_but_the_home_page_has_organisation_json_ld(client, seeded):
    assert not soup(client.get(seeded("about").url)).select('script[type="application/ld+json"]')
