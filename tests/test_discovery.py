"""Discovery machines and readers can trust (issue 15): a search box on every page, one configured
base URL for every absolute address whatever the request's Host says, feeds that feedparser reads
without complaint, JSON-LD in the page's own language and script, API errors as JSON."""

import json
import re
from urllib.parse import urlsplit

import feedparser
import pytest
import wagtail_factories
from django.core.management import call_command
from django.test import override_settings
from helpers import soup
from page_types import page_type_urls
from test_seo import image_file
from wagtail.models import PageViewRestriction, Site

from site_settings.models import SiteSettings

pytestmark = pytest.mark.django_db

BASE_URL = "http://127.0.0.1:8123"  # what `make run PORT=8123` configures
FOREIGN_HOST = "127.0.0.1:6666"  # a Host header the site must never copy
OUR_HOSTS = {"127.0.0.1", "localhost", "testserver"}
ABSOLUTE_URL = re.compile(r"https?://[^\s\"'<>\\]+")


@pytest.fixture
def share_image(db):
    image = wagtail_factories.ImageFactory(title="IOM and Atina", file=image_file(2400, 1600))
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_share_image = image
    site_settings.save()
    return image


def json_ld(response):
    scripts = soup(response).select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


# --- The search box -----------------------------------------------------------------------------


def test_every_page_type_has_the_search_form_in_its_header(client):
    problems = []
    for language, label, path in page_type_urls():
        document = soup(client.get(path))
        form = document.select_one("header.site-header form[role=search]")
        if form is None:
            problems.append(f"{path} ({label}): no search form in the header")
            continue
        query = form.select_one("input[name=q]")
        label_element = document.select_one(f'label[for="{query.get("id")}"]') if query else None
        if form.get("method") != "get" or form.get("action") != f"/{language}/search/" or label_element is None:
            problems.append(f"{path}: {form}")
    assert not problems, "\n".join(problems)


def test_the_header_search_box_leads_to_results_in_the_readers_language(client):
    document = soup(client.get("/sr/"))
    form = document.select_one("header form[role=search]")
    response = client.get(form["action"], {"q": "центар"})
    titles = [link.get_text() for link in soup(response).select(".search-result h3 a")]
    assert response.status_code == 200 and titles
    assert all(not re.search("[a-zA-Z]", title) for title in titles)  # Cyrillic, whole


# --- One base URL --------------------------------------------------------------------------------


def foreign_absolute_urls(text):
    """Absolute addresses of this site (by host) that do not start with the configured base URL."""
    wrong = []
    for url in ABSOLUTE_URL.findall(text):
        if urlsplit(url).hostname in OUR_HOSTS and not url.startswith(f"{BASE_URL}/"):
            wrong.append(url)
    return wrong


@override_settings(BASE_URL=BASE_URL, WAGTAILADMIN_BASE_URL=BASE_URL)
def test_every_absolute_url_starts_with_the_configured_base_url_whatever_the_host(client, share_image):
    paths = [path for _language, _label, path in page_type_urls()]
    paths += ["/sitemap.xml", "/robots.txt", "/en/news/feed/rss/", "/en/news/feed/atom/", "/sr/vesti/kanal/atom/"]
    problems, seen = [], 0
    for path in paths:
        response = client.get(path, HTTP_HOST=FOREIGN_HOST)
        text = response.content.decode()
        assert "6666" not in text, path
        problems += [f"{path}: {url}" for url in foreign_absolute_urls(text)]
        seen += text.count(f"{BASE_URL}/")
    assert not problems, "\n".join(problems)
    assert seen > 100  # canonical, hreflang, og:url, og:image, JSON-LD, sitemap, robots.txt, feeds


@override_settings(BASE_URL=BASE_URL)
def test_canonical_hreflang_share_tags_and_robots_name_the_base_url(client, share_image, release_sr):
    url = release_sr.url.replace("/sr-latn/", "/sr/", 1)
    document = soup(client.get(url, HTTP_HOST=FOREIGN_HOST))
    assert document.select_one('link[rel="canonical"]')["href"] == f"{BASE_URL}{url}"
    assert document.select_one('meta[property="og:url"]')["content"] == f"{BASE_URL}{url}"
    assert document.select_one('meta[property="og:image"]')["content"].startswith(f"{BASE_URL}/")
    hreflang = {link["hreflang"]: link["href"] for link in document.select("link[hreflang]")}
    assert hreflang["sr-Cyrl"] == f"{BASE_URL}{url}" and hreflang["x-default"].startswith(f"{BASE_URL}/en/")
    robots = client.get("/robots.txt", HTTP_HOST=FOREIGN_HOST).content.decode()
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in robots


def test_migrate_points_the_default_site_at_the_base_url(settings):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    settings.BASE_URL = "https://portal.example.org"
    call_command("migrate", "site_search", verbosity=0)  # nothing to apply; post_migrate still runs
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("portal.example.org", 443, "https://portal.example.org")


def test_check_deploy_warns_when_the_default_site_disagrees_with_the_base_url(settings):
    from building_blocks.site_address import check_default_site_matches_base_url

    settings.BASE_URL = Site.objects.get(is_default_site=True).root_url
    assert check_default_site_matches_base_url(None) == []
    settings.BASE_URL = "https://elsewhere.example.org"
    [warning] = check_default_site_matches_base_url(None)
    assert warning.id == "building_blocks.W001" and "elsewhere.example.org" in warning.msg


# --- Feeds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/en/news/feed/rss/", "/en/news/feed/atom/", "/sr-latn/vesti/kanal/atom/", "/sr/vesti/kanal/rss/"]
)
def test_feeds_are_well_formed_with_author_id_and_updated(client, path):
    response = client.get(path, HTTP_HOST=FOREIGN_HOST)
    feed = feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries
    assert feed.feed.get("author") or all(entry.get("author") for entry in feed.entries)
    for entry in feed.entries:
        assert entry.get("author") and entry.get("id")
        assert entry.get("updated_parsed" if "atom" in path else "published_parsed")
        assert entry.link.startswith("http://127.0.0.1:8000/")  # BASE_URL of the test settings
    if "atom" in path:
        assert feed.feed.get("updated_parsed") and feed.feed.get("id")
        assert feed.feed.author_detail.name
    if path.startswith("/sr/"):
        assert feed.entries[0].author == "ИОМ у Србији"


@pytest.mark.parametrize("path", ["/en/", "/sr-latn/", "/sr/", "/en/news/"])
def test_the_home_page_and_the_newsroom_announce_the_feeds(client, path):
    document = soup(client.get(path))
    atom = document.select('link[rel="alternate"][type="application/atom+xml"]')
    rss = document.select('link[rel="alternate"][type="application/rss+xml"]')
    assert len(atom) == 1 and len(rss) == 1
    assert client.get(urlsplit(atom[0]["href"]).path).status_code == 200


# --- Structured data -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "language", "og_locale"),
    [("/en/", "en", "en_GB"), ("/sr-latn/", "sr-Latn", "sr_RS"), ("/sr/", "sr-Cyrl", "sr_RS")],
)
def test_release_json_ld_is_a_complete_news_article_in_the_pages_script(
    client, share_image, release_en, release_sr, prefix, language, og_locale
):
    release = release_en if prefix == "/en/" else release_sr
    url = release.url.replace("/sr-latn/", prefix, 1)
    response = client.get(url)
    data = json_ld(response)
    document = soup(response)

    assert data["@type"] == "NewsArticle" and data["inLanguage"] == language
    assert data["url"] == data["mainEntityOfPage"]["@id"] == document.select_one('link[rel="canonical"]')["href"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)", data["datePublished"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d)", data["dateModified"])
    # No picture of its own: the default share image.
    assert data["image"] == [document.select_one('meta[property="og:image"]')["content"]]
    [author] = data["author"]
    assert author["@type"] == data["publisher"]["@type"] == "Organization"
    assert author["url"].endswith(prefix) and author["name"]
    logo = data["publisher"]["logo"]
    assert logo["@type"] == "ImageObject" and logo["url"].startswith("http") and logo["width"] >= 112
    assert document.select_one('meta[property="og:locale"]')["content"] == og_locale
    if prefix == "/sr/":
        for value in (data["headline"], data["description"], author["name"], *data["keywords"]):
            assert not re.search("[a-zA-Z]", value), value  # Cyrillic
        assert data["headline"] == document.h1.get_text()
        tags = [tag["content"] for tag in document.select('meta[property="article:tag"]')]
        assert tags and all(not re.search("[a-zA-Z]", tag) for tag in tags)
    if prefix == "/sr-latn/":
        assert data["headline"] == release_sr.title


def test_release_without_any_image_setting_has_no_empty_image(client, release_en):
    data = json_ld(client.get(release_en.url))
    assert "image" not in data or all(data["image"])


def test_home_organisation_json_ld_is_fuller_and_in_the_readers_script(client, share_image):
    english = json_ld(client.get("/en/"))
    cyrillic = json_ld(client.get("/sr/"))
    assert english["@type"] == "Organization" and english["url"].endswith("/en/")
    assert english["logo"]["url"] == english["image"] and english["description"]
    assert cyrillic["url"].endswith("/sr/") and not re.search("[a-zA-Z]", cyrillic["name"] + cyrillic["description"])


def test_the_home_title_names_the_organisation_once(client):
    assert soup(client.get("/en/")).title.get_text() == "IOM in Serbia"
    assert soup(client.get("/sr/")).title.get_text() == "ИОМ у Србији"
    assert soup(client.get("/en/news/")).title.get_text().endswith(" | IOM in Serbia")


# --- API errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v2/pages/99999/", "/api/v2/images/999/", "/api/v2/nothing/", "/api/v3/"])
def test_api_not_found_is_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json") and response.json()["message"]


def test_a_private_pages_id_is_a_json_404(client, release_en):
    PageViewRestriction.objects.create(page=release_en, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get(f"/api/v2/pages/{release_en.pk}/")
    assert response.status_code == 404 and response.json()["message"]


def test_api_bad_parameter_is_a_json_400(client):
    response = client.get("/api/v2/pages/", {"limit": "many"})
    assert response.status_code == 400 and response.json()["message"]


def test_unprefixed_page_addresses_still_redirect_to_the_readers_language(client):
    response = client.get("/search/")
    assert response.status_code == 302 and response["Location"] == "/en/search/"


# --- Search quality ------------------------------------------------------------------------------


def results(response):
    assert response.status_code == 200
    return soup(response).select(".search-result")


def test_a_title_match_ranks_first_then_the_lead_then_the_body_newest_first(client, seeded):
    from wagtail.rich_text import RichText

    from news.factories import PressReleasePageFactory

    news = seeded("news", "sr-latn")
    body = [("paragraph", RichText("<p>Tekst o žrtvama.</p>"))]
    PressReleasePageFactory(parent=news, title="Novija vest", introduction="Uvod.", body=body, date="2030-01-02")
    PressReleasePageFactory(parent=news, title="Vest sa uvodom", introduction="Pomoć žrtvi.", date="2001-01-01")
    PressReleasePageFactory(parent=news, title="Starija vest", introduction="Uvod.", body=body, date="2029-01-01")
    PressReleasePageFactory(parent=news, title="Naslov o žrtvama", introduction="Uvod.", date="2000-01-01")

    titles = [r.select_one("h3").get_text() for r in results(client.get("/sr-latn/search/", {"q": "zrtve"}))]

    assert titles[0] == "Naslov o žrtvama" or "žrtava" in titles[0]
    assert titles.index("Vest sa uvodom") < titles.index("Novija vest") < titles.index("Starija vest")
    title_hits = [t for t in titles if re.search("žrtv|žrtav", t, re.IGNORECASE)]
    assert titles[: len(title_hits)] == title_hits  # every title match before any other


def test_snippets_keep_paragraphs_and_sentences_apart_and_are_cyrillic_whole_on_sr(client, seeded):
    from wagtail.rich_text import RichText

    from news.factories import PressReleasePageFactory

    body = [
        ("paragraph", RichText("<p>Prva rečenica o nečemu. Centar pruža podrške.</p><p>Preko puta je park.</p>")),
    ]
    PressReleasePageFactory(parent=seeded("news", "sr-latn"), title="Jedan", introduction="Ništa.", body=body)

    latin = results(client.get("/sr-latn/search/", {"q": "preko puta"}))[0]
    snippet = latin.select_one(".search-result__snippet").get_text()
    assert "podrške.Preko" not in snippet and snippet == "… Preko puta je park. …"
    cyrillic = results(client.get("/sr/search/", {"q": "centra"}))
    snippet = next(r for r in cyrillic if r.h3.get_text() == "Један").select_one(".search-result__snippet")
    assert snippet.get_text().startswith("… Центар пружа подршке.") and not re.search("[a-zA-Z]", snippet.get_text())
    assert [mark.get_text() for mark in snippet.select("mark")] == ["Центар"]


def test_only_news_results_show_a_date(client):
    found = results(client.get("/en/search/", {"q": "trafficking"}))
    kinds = {r.select_one(".search-result__kind").get_text().split(" · ")[0]: bool(r.time) for r in found}
    assert kinds["News"] is True
    assert kinds.get("Programme") is False and kinds.get("Page", False) is False
