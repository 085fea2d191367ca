"""Every seeded page answers, in its own language, and no link on the site leads nowhere."""

from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from helpers import html_lang, soup

from building_blocks.languages import bcp47
from initial_content import seed

pytestmark = pytest.mark.django_db

EXPECTED_LANG = {"en": "en", "sr-latn": "sr-Latn"}
SITE_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}  # 127.0.0.1: BASE_URL of the test settings


def test_both_languages_have_every_seeded_page(live_pages):
    by_language = {}
    for page in live_pages:
        by_language.setdefault(page.locale.language_code, []).append(page)

    assert set(by_language) == {"en", "sr-latn"}
    assert len(by_language["en"]) == len(by_language["sr-latn"]) == 1 + len(seed.PAGES)  # the home page and the rest
    assert {page.translation_key for page in by_language["en"]} == {
        page.translation_key for page in by_language["sr-latn"]
    }


def test_every_live_page_renders_in_its_language_with_its_title_as_heading(client, live_pages):
    problems = []
    for page in live_pages:
        response = client.get(page.url)
        if response.status_code != 200:
            problems.append(f"{page.url}: HTTP {response.status_code}")
            continue
        document = soup(response)
        lang = document.html.get("lang")
        if lang != EXPECTED_LANG[page.locale.language_code]:
            problems.append(f"{page.url}: <html lang={lang!r}>")
        headings = [h1.get_text(" ", strip=True) for h1 in document.find_all("h1")]
        if headings != [page.title]:
            problems.append(f"{page.url}: <h1> {headings!r}, expected [{page.title!r}]")
    assert not problems, "\n".join(problems)


def test_language_codes_are_written_in_bcp_47_form():
    assert bcp47("en") == "en"
    assert bcp47("sr-latn") == "sr-Latn"
    assert bcp47("sr") == "sr-Cyrl"  # Django's "sr" is Serbian in Cyrillic
    assert bcp47("pt-br") == "pt-BR"


def _internal_links(response, base_url):
    for anchor in soup(response).find_all("a", href=True):
        href = anchor["href"].strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute, _fragment = urldefrag(urljoin(f"http://testserver{base_url}", href))
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.hostname not in SITE_HOSTS:
            continue  # external, e.g. the partner's site
        if parts.path.startswith("/admin/"):
            continue
        yield parts.path + (f"?{parts.query}" if parts.query else "")


def test_crawling_every_language_from_its_home_page_finds_no_broken_link(client):
    start = ["/en/", "/sr-latn/", "/sr/"]
    queue = deque(start)
    seen = set(start)
    broken = []
    crawled_lang = set()
    while queue:
        url = queue.popleft()
        response = client.get(url, follow=True)
        if response.status_code >= 400:
            broken.append(f"{url}: HTTP {response.status_code}")
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        crawled_lang.add(html_lang(response))
        final_url = response.request["PATH_INFO"]
        for link in _internal_links(response, final_url):
            if link not in seen:
                seen.add(link)
                queue.append(link)

    assert not broken, "\n".join(broken)
    assert crawled_lang == {"en", "sr-Latn", "sr-Cyrl"}
    # The crawl reached every page of the site through links alone.
    assert {
        "/en/news/first-reintegration-centre-for-trafficking-victims-opens/",
        "/sr-latn/kontakt/",
        "/sr/kontakt/",
    } <= seen
    assert len([url for url in seen if url.startswith(("/en/", "/sr-latn/"))]) >= 30
