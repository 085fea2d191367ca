"""Every public URL, discovered by crawling the three languages, survives malformed, hostile and huge
input: no 5xx, never a traceback, and errors on the site's own pages."""

from urllib.parse import urlsplit

import pytest
from django.test import Client
from helpers import soup

pytestmark = pytest.mark.django_db

START_URLS = ["/en/", "/sr-latn/", "/sr/"]
# Addresses that are not linked from pages, some added by other parts of the site; skipped when 404.
KNOWN_URLS = [
    "/sitemap.xml",
    "/robots.txt",
    "/api/v2/pages/",
    "/en/news/feed/rss/",
    "/en/news/feed/atom/",
    "/sr-latn/vesti/kanal/rss/",
    "/en/search/",
]
MAX_URLS = 250
HUGE = "A" * 10_240

# Query strings: NUL bytes, invalid UTF-8 percent-encodings, a 10 kB value, repeated and absurd
# parameters, traversal and markup.
HOSTILE_QUERIES = [
    "page=%00&q=%00%00&year=%00",
    "q=%ff%fe%80%c0%af&topic=%e2%82",
    f"q={HUGE}&topic={HUGE}",
    "page=1&page=2&page=x&year=2006&year=99999999999999999999&topic=a&topic=b",
    "topic=..%2F..%2Fetc%2Fpasswd&programme=%2e%2e%5c&year=-1&page=-99999",
    "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&format=json&callback=x",
    "=&&=&a[]=%00%fe&%zz=%",
]
# Suffixes for the path: encoded slashes and dots, invalid encodings, an overlong segment.
HOSTILE_PATH_SUFFIXES = [
    "%2F..%2F..%2Fetc%2Fpasswd",
    "%2e%2e/%2e%2e/",
    "..%252f..%252f",
    "%ff%fe/",
    "%00/",
    "x" * 4000 + "/",
    "a/" * 300,
]
ODD_METHODS = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]
ODD_HEADERS = [
    {"HTTP_ACCEPT_LANGUAGE": "sr-latn;q=0.9," * 2000},
    {"HTTP_ACCEPT_LANGUAGE": "\x00;q=abc,*;q=-1,xx-ÿÿ"},
    {"HTTP_COOKIE": "sessionid=\x00%ff; csrftoken=%%%%; =;;; django_language=../../etc"},
    {"HTTP_COOKIE": "sessionid=" + HUGE},
    {"HTTP_HOST": "bad host..:99999"},
    {"HTTP_X_FORWARDED_HOST": "evil.example", "HTTP_X_FORWARDED_PROTO": "gopher"},
    {"HTTP_USER_AGENT": HUGE, "HTTP_REFERER": "javascript:alert(1)"},
]


def internal_links(response):
    if "html" not in response.get("Content-Type", ""):
        return []
    links = []
    for element in soup(response).select("a[href], link[href][rel=alternate]"):
        parts = urlsplit(element["href"])
        site_hosts = ("", "testserver", "localhost", "127.0.0.1:8000")  # 127.0.0.1:8000: BASE_URL
        if parts.scheme not in ("", "http", "https") or parts.netloc not in site_hosts:
            continue
        if parts.path.startswith("/") and not parts.path.startswith(("/admin/", "/static/")):
            links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


@pytest.fixture(scope="module")
def public_urls(django_db_setup, django_db_blocker):
    """Crawls from the three home pages, then adds the known unlinked addresses that exist."""
    with django_db_blocker.unblock():
        return crawl(Client())


def crawl(client):
    seen, queue = set(), list(START_URLS)
    while queue and len(seen) < MAX_URLS:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code < 400, f"{url} is linked but answers {response.status_code}"
        queue.extend(link for link in internal_links(response) if link not in seen)
    extra = {url for url in KNOWN_URLS if client.get(url).status_code != 404}
    return sorted(seen | extra)


def assert_handled(response, what):
    body = response.content.decode("utf-8", "replace")
    assert response.status_code < 500, f"{what} answered {response.status_code}"
    assert "Traceback" not in body and 'File "/' not in body, f"{what} shows a traceback"
    if response.status_code in (400, 403, 404) and "html" in response.get("Content-Type", ""):
        assert 'id="main"' in body, f"{what}: {response.status_code} is not the site's own page"


def url_shape(url):
    """Pages of one kind share a shape (language, depth, extension, query or not): the full battery
    runs on one URL of each shape, the short one on every URL."""
    path, _, query = url.partition("?")
    segments = [segment for segment in path.split("/") if segment]
    return (tuple(segments[:1]), len(segments), path.rsplit(".", 1)[-1] if "." in path else "", bool(query))


@pytest.fixture(scope="module")
def one_url_per_shape(public_urls):
    chosen = {}
    for url in public_urls:
        chosen.setdefault(url_shape(url), url)
    return sorted(chosen.values())


def hostile_client():
    return Client(raise_request_exception=False)


def test_crawl_finds_pages_of_every_language(public_urls, one_url_per_shape):
    assert len(one_url_per_shape) < len(public_urls)
    for prefix in START_URLS:
        assert sum(url.startswith(prefix) for url in public_urls) > 5
    assert any(url.endswith(".vcf") for url in public_urls)


def test_every_public_url_survives_the_short_battery(public_urls):
    client = hostile_client()
    for url in public_urls:
        base = url.split("?")[0]
        assert_handled(client.get(f"{base}?{HOSTILE_QUERIES[0]}&{HOSTILE_QUERIES[1]}&{HOSTILE_QUERIES[4]}"), base)
        assert_handled(client.get(f"{base}?{HOSTILE_QUERIES[2]}"), f"GET {base} with 10 kB values")
        assert_handled(client.generic("DELETE", base), f"DELETE {base}")


def test_hostile_query_strings_never_break_a_public_url(one_url_per_shape):
    client = hostile_client()
    for url in one_url_per_shape:
        base = url.split("?")[0]
        for query in HOSTILE_QUERIES:
            assert_handled(client.get(f"{base}?{query}"), f"GET {base}?{query[:40]}")


def test_hostile_paths_never_break_a_public_url(one_url_per_shape):
    client = hostile_client()
    for url in one_url_per_shape:
        base = url.split("?")[0]
        directory = base if base.endswith("/") else base.rsplit("/", 1)[0] + "/"
        for suffix in HOSTILE_PATH_SUFFIXES:
            assert_handled(client.get(directory + suffix), f"GET {directory}{suffix[:40]}")


def test_odd_methods_and_headers_never_break_a_public_url(one_url_per_shape):
    client = hostile_client()
    for url in one_url_per_shape:
        for method in ODD_METHODS:
            assert_handled(client.generic(method, url, data=b"\x00\xff" * 100), f"{method} {url}")
        for headers in ODD_HEADERS:
            assert_handled(client.get(url, **headers), f"GET {url} with {list(headers)}")


def test_a_bad_host_header_gets_the_sites_400_page(public_urls):
    response = hostile_client().get(public_urls[0], HTTP_HOST="bad host..:99999")

    assert response.status_code == 400
    assert 'class="error-page"' in response.content.decode()


GARBAGE_POSTS = [
    {},
    {"name": "\x00" * 50, "email": "\x00@\x00", "message": "\x00", "consent": "\x00", "token": "\x00"},
    {"name": HUGE, "email": HUGE + "@example.org", "topic": HUGE, "message": HUGE * 20, "token": HUGE},
    {"name": ["a", "b", "c"], "topic": ["help", "press", "../../"], "token": "forged:token:value"},
    {"email": "not-an-address", "topic": "<script>", "consent": "yes please", "website": "http://spam.example"},
]


@pytest.mark.parametrize("url", ["/en/contact/", "/sr-latn/kontakt/", "/sr/kontakt/"])
def test_garbage_posted_to_the_contact_form_is_refused_politely(url):
    client = hostile_client()
    for data in GARBAGE_POSTS:
        response = client.post(url, data)
        assert_handled(response, f"POST {url}")
        assert response.status_code in (200, 400, 429)
    assert_handled(client.post(url, b"\xff\xfe\x00garbage", content_type="application/x-www-form-urlencoded"), url)
    assert_handled(client.post(url, b"--x\r\n\r\n", content_type="multipart/form-data; boundary=x"), url)
    assert_handled(client.post(url, b"{}", content_type="multipart/form-data"), url)
