"""Private content is never announced: with an English release, a Serbian section of the menu and a
Serbian programme restricted, no menu, sitemap, feed, search result, API answer or JSON-LD of the
public site links to them (the language switcher and hreflang alternates are tested with the
languages)."""

import json
import re
from urllib.parse import urlparse

import pytest
from helpers import soup
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db

URL = re.compile(r"https?://[^\s<>\"']+|/(?:en|sr-latn|sr)/[^\s<>\"']*")


@pytest.fixture
def private_pages(seeded):
    """The English release (password), the Serbian "Who we are" section, in the menu (sign-in), and a
    Serbian programme (password), whose English pages stay public."""
    restricted = [
        (seeded("release:first-reintegration-centre"), PageViewRestriction.PASSWORD),
        (seeded("who-we-are", "sr-latn"), PageViewRestriction.LOGIN),
        (seeded("programme:field-support-team", "sr-latn"), PageViewRestriction.PASSWORD),
    ]
    for page, kind in restricted:
        PageViewRestriction.objects.create(page=page, restriction_type=kind, password="s3cret-words")
    public_ids = set(Page.objects.live().public().values_list("pk", flat=True))
    private = [page for page in Page.objects.live().filter(depth__gt=1).specific() if page.pk not in public_ids]
    assert len(private) > len(restricted)  # the section's own pages are private with it
    return private


@pytest.fixture
def private_paths(private_pages):
    """Every address of every private page: Serbian ones under /sr-latn/ and /sr/ alike."""
    paths = set()
    for page in private_pages:
        path = urlparse(page.get_full_url()).path
        paths.add(path)
        if path.startswith("/sr-latn/"):
            paths.add("/sr/" + path.removeprefix("/sr-latn/"))
    return paths


@pytest.fixture
def public_addresses(private_pages):
    public = Page.objects.live().public().filter(depth__gt=1).specific()
    addresses = []
    for page in public:
        path = urlparse(page.get_full_url()).path
        addresses.append(path)
        if path.startswith("/sr-latn/"):
            addresses.append("/sr/" + path.removeprefix("/sr-latn/"))
    return addresses


def announced(texts, private_paths):
    """The private addresses found among the URLs in the texts."""
    found = set()
    for text in texts:
        for url in URL.findall(text):
            path = urlparse(url).path
            if path in private_paths:
                found.add(path)
    return found


def get_ok(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, path
    return response.content.decode()


def test_no_menu_links_to_a_private_page(client, private_paths, public_addresses):
    menus = []
    for path in public_addresses:
        menu = soup(client.get(path)).select_one("nav.main-menu")
        menus.extend(link["href"] for link in (menu.select("a[href]") if menu else []))

    assert menus
    assert announced(menus, private_paths) == set()


def test_no_json_ld_links_to_a_private_page(client, private_paths, public_addresses):
    data = []
    for path in public_addresses:
        data.extend(script.string for script in soup(client.get(path)).select('script[type="application/ld+json"]'))

    assert data
    assert announced(data, private_paths) == set()


def test_the_sitemap_lists_no_private_page(client, private_paths):
    sitemap = get_ok(client, "/sitemap.xml")

    assert "/en/" in sitemap
    assert announced([sitemap], private_paths) == set()


def test_no_feed_lists_a_private_page(client, private_paths, seeded):
    feeds = []
    for language, feed in (("en", "feed"), ("sr-latn", "kanal")):
        news = seeded("news", language).url
        feeds += [get_ok(client, f"{news}{feed}/rss/"), get_ok(client, f"{news}{feed}/atom/")]
    feeds.append(get_ok(client, "/sr/" + seeded("news", "sr-latn").url.removeprefix("/sr-latn/") + "kanal/rss/"))

    assert announced(feeds, private_paths) == set()


def test_search_finds_no_private_page(client, private_paths, private_pages):
    results = []
    for page in private_pages:
        language = page.locale.language_code
        for prefix in ("/en/",) if language == "en" else ("/sr-latn/", "/sr/"):
            for word in page.title.split()[:3]:
                main = soup(client.get(f"{prefix}search/", {"q": word})).select_one("main")
                results.extend(link["href"] for link in main.select("a[href]"))

    assert announced(results, private_paths) == set()


def api_json(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, (path, response.content[:200])
    return response.json()


def test_the_api_never_lists_or_links_a_private_page(client, private_paths, private_pages, seeded):
    private_ids = {page.pk for page in private_pages}
    answers = []
    for language in ("en", "sr-latn"):
        offset = 0
        while True:
            listing = api_json(client, "/api/v2/pages/", locale=language, limit=20, offset=offset)
            answers.append(listing)
            offset += 20
            if offset >= listing["meta"]["total_count"]:
                break
        for page in private_pages:
            answers.append(api_json(client, "/api/v2/pages/", locale=language, search=page.title.split()[0]))
    # The public English siblings of the private Serbian pages, and the Serbian sibling of the release.
    for key, language in [("who-we-are", "en"), ("programme:field-support-team", "en")]:
        answers.append(api_json(client, f"/api/v2/pages/{seeded(key, language).pk}/"))
        answers.append(api_json(client, "/api/v2/pages/", translation_of=seeded(key, language).pk, locale="sr-latn"))
    answers.append(
        api_json(
            client,
            "/api/v2/pages/",
            translation_of=seeded("release:first-reintegration-centre", "sr-latn").pk,
            locale="en",
        )
    )

    listed_ids = {item["id"] for answer in answers for item in answer.get("items", [])}
    assert listed_ids.isdisjoint(private_ids)
    assert announced([json.dumps(answer) for answer in answers], private_paths) == set()
    for page in private_pages:  # (Django's LocaleMiddleware sends the API's 404 on to /en/…, also a 404)
        assert client.get(f"/api/v2/pages/{page.pk}/", follow=True).status_code == 404
        found = client.get("/api/v2/pages/find/", {"html_path": urlparse(page.get_full_url()).path}, follow=True)
        assert found.status_code == 404
