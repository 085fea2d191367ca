"""What a visitor sees when an address is wrong or a request is odd: the site's own pages, never a 500."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.views.defaults import permission_denied, server_error
from helpers import html_lang, serbian_translation, soup

pytestmark = pytest.mark.django_db

NOT_FOUND = "Page not found"
ODD_QUERY_STRINGS = ["page=abc", "%ff", "a=<script>alert(1)</script>", "page=-1&page=99999", "=&&=&a[]=%00%fe"]


@pytest.fixture
def one_page_of_each_kind(live_pages):
    """One live page per page type and language: the same template answers the rest."""
    chosen = {}
    for page in live_pages:
        chosen.setdefault((type(page), page.locale_id), page)
    return list(chosen.values())


def test_unknown_english_page_answers_404_with_the_sites_own_page(client):
    response = client.get("/en/does-not-exist/")
    document = soup(response)

    assert response.status_code == 404
    assert document.html["lang"] == "en"
    assert document.h1.get_text(strip=True) == NOT_FOUND
    assert document.select_one("header.site-header") is not None
    assert document.select_one("nav.main-menu") is not None  # a way back into the site
    assert document.find("a", href="/en/") is not None


def test_unknown_serbian_page_answers_404_in_serbian(client):
    response = client.get("/sr-latn/nema/")
    document = soup(response)

    assert response.status_code == 404
    assert document.html["lang"] == "sr-Latn"
    assert document.select_one("header.site-header") is not None
    assert "Ko smo mi" in document.select_one("nav.main-menu").get_text()
    assert document.find("a", href="/sr-latn/") is not None
    heading = serbian_translation(NOT_FOUND)
    if heading:
        assert document.h1.get_text(strip=True) == heading


def test_unknown_page_below_a_real_page_answers_404(client):
    assert client.get("/en/news/no-such-release/").status_code == 404
    assert client.get("/sr-latn/vesti/nema-takvog-saopstenja/").status_code == 404


def test_unknown_language_prefix_ends_in_404_not_500(client):
    response = client.get("/xx/whatever/", follow=True)

    assert response.status_code == 404
    assert html_lang(response) in ("en", "sr-Latn")


def test_address_without_language_prefix_leads_to_a_language(client):
    response = client.get("/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] in ("/en/", "/sr-latn/")


def test_address_with_a_script_answers_404_without_echoing_it(client):
    response = client.get("/en/<script>alert(1)</script>/")

    assert response.status_code == 404
    assert b"<script>" not in response.content


@pytest.mark.parametrize("query", ODD_QUERY_STRINGS)
def test_odd_query_strings_never_cause_a_server_error_nor_echo_a_script(client, one_page_of_each_kind, query):
    assert len(one_page_of_each_kind) == 18
    for page in one_page_of_each_kind:
        response = client.get(f"{page.url}?{query}")

        assert response.status_code in (200, 400, 404), page.url
        assert b"<script>alert" not in response.content, page.url


def test_head_request_on_a_page_answers_200_without_a_body(client, release_en):
    response = client.head(release_en.url)

    assert response.status_code == 200
    assert response.content == b""


def test_request_for_an_unknown_host_answers_400_with_the_sites_own_page(client):
    response = client.get("/en/", HTTP_HOST="evil.example")
    document = soup(response)

    assert response.status_code == 400
    assert document.html["lang"] == "en"
    assert document.h1.get_text(strip=True) == "Bad request"


@pytest.mark.parametrize("language, lang", [("en", "en"), ("sr-latn", "sr-Latn")])
def test_server_error_page_is_the_sites_own_in_the_active_language(rf, language, lang):
    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    document = soup(response)

    assert response.status_code == 500
    assert document.html["lang"] == lang
    expected = "Server error"
    if language == "sr-latn":
        expected = serbian_translation(expected) or expected
    assert document.h1.get_text(strip=True) == expected


def test_access_denied_page_is_the_sites_own_with_its_menu(rf):
    request = rf.get("/en/private/")
    request.user = AnonymousUser()
    with translation.override("en"):
        response = permission_denied(request, PermissionDenied())
    document = soup(response)

    assert response.status_code == 403
    assert document.h1.get_text(strip=True) == "Access denied"
    assert document.select_one("nav.main-menu") is not None
