"""sitemap.xml lists every live, public page in every language and script, with its alternates;
robots.txt points to it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from discovery_helpers import embargoed_release, private_release
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=NS): {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)},
        }
        for url in root.findall("sm:url", NS)
    }


def test_every_live_page_is_listed_in_every_language_and_script(client, live_pages):
    urls = sitemap(client)

    assert {page.get_full_url() for page in live_pages} <= set(urls)
    serbian = [url for url in urls if "/sr-latn/" in url]
    assert len(urls) == len(live_pages) + len(serbian)
    assert {url.replace("/sr-latn/", "/sr/", 1) for url in serbian} <= set(urls)


def test_release_lists_its_translations_and_x_default(client, release_en, release_sr):
    urls = sitemap(client)
    english = release_en.get_full_url()
    entry = urls[english]

    assert entry["alternates"] == {
        "en": english,
        "sr-Latn": release_sr.get_full_url(),
        "sr-Cyrl": release_sr.get_full_url().replace("/sr-latn/", "/sr/", 1),
        "x-default": english,
    }
    assert urls[release_sr.get_full_url()]["alternates"] == entry["alternates"]
    assert datetime.datetime.fromisoformat(entry["lastmod"]) == release_en.last_published_at


def test_embargoed_and_private_pages_are_absent(client, seeded):
    news = seeded("news")
    hidden = [embargoed_release(news, "Embargoed"), private_release(news, "Private")]
    shown = PressReleasePageFactory(parent=news)

    urls = sitemap(client)

    assert shown.get_full_url() in urls
    for page in hidden:
        assert not any(page.slug in url for url in urls)


def test_sitemap_query_count_does_not_grow_with_pages(client, seeded):
    news = seeded("news")
    PressReleasePageFactory.create_batch(2, parent=news)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    PressReleasePageFactory.create_batch(20, parent=news)
    client.get("/sitemap.xml")  # new live pages move the content generation on: the first visit reads more
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap.xml")

    assert len(many) == len(few)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {settings.BASE_URL}/sitemap.xml" in lines  # never the request's host
