"""The password and sign-in screens of private pages: the site's own design, in the reader's language
and script, with the quick exit, naming nothing of the page, and setting no long-lived cookie."""

import pytest
from helpers import html_lang, soup
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

SCREENS = {
    # language prefix: (html lang, password screen heading, sign-in heading)
    "en": ("en", "Private page", "Sign in"),
    "sr-latn": ("sr-Latn", "Privatna stranica", "Prijavite se"),
    "sr": ("sr-Cyrl", "Приватна страница", "Пријавите се"),
}
WAGTAIL_ENGLISH = ["You need a password", "Password required", "неед", "Log in"]


def restrict(page, kind):
    if kind == PageViewRestriction.PASSWORD:
        PageViewRestriction.objects.create(page=page, restriction_type=kind, password="s3cret-words")
    else:
        PageViewRestriction.objects.create(page=page, restriction_type=kind)


def address(page, prefix):
    """The page's address under a language prefix (Serbian pages are served at /sr-latn/ and /sr/)."""
    url = page.url
    return f"/{prefix}/" + url.split("/", 2)[2]


def assert_no_lasting_cookie(response):
    for name, morsel in response.cookies.items():
        assert not morsel["max-age"] and not morsel["expires"], f"{name} outlives the browser session"


def assert_the_sites_own_screen(response, lang, heading, page):
    document = soup(response)
    body = response.content.decode()
    assert html_lang(response) == lang
    assert document.h1.get_text(strip=True) == heading
    assert document.select_one("[data-quick-exit]") is not None  # the quick exit, first on the page
    assert document.select_one("header.site-header") is not None
    for english in WAGTAIL_ENGLISH:
        assert english not in body
    # Nothing of the page behind it: its title, canonical address or other languages.
    assert page.title not in body
    assert document.select_one('link[rel="canonical"]') is None
    assert document.select('link[rel="alternate"][hreflang]') == []
    assert document.select_one('meta[property="og:title"]') is None


@pytest.mark.parametrize("prefix", SCREENS)
def test_password_screen_in_the_readers_language_and_script(client, release_en, release_sr, prefix):
    page = release_en if prefix == "en" else release_sr
    restrict(page, PageViewRestriction.PASSWORD)
    lang, heading, _sign_in = SCREENS[prefix]

    response = client.get(address(page, prefix))

    assert response.status_code == 200
    assert_the_sites_own_screen(response, lang, heading, page)
    assert soup(response).select_one('input[type="password"][name="password"]') is not None
    assert "csrftoken" in response.cookies
    assert_no_lasting_cookie(response)


@pytest.mark.parametrize("prefix", SCREENS)
def test_wrong_password_is_told_in_the_readers_language(client, release_en, release_sr, prefix):
    page = release_en if prefix == "en" else release_sr
    restrict(page, PageViewRestriction.PASSWORD)
    form = soup(client.get(address(page, prefix))).select_one("form[method=post]")

    response = client.post(
        form["action"], {"password": "wrong", "return_url": form.select_one("[name=return_url]")["value"]}
    )

    assert response.status_code == 200
    assert form["action"].startswith(f"/{prefix}/")
    assert soup(response).select_one("[role=alert]") is not None
    assert html_lang(response) == SCREENS[prefix][0]
    assert_no_lasting_cookie(response)


def test_the_right_password_opens_the_page(client, release_en):
    restrict(release_en, PageViewRestriction.PASSWORD)
    form = soup(client.get(release_en.url)).select_one("form[method=post]")

    response = client.post(
        form["action"],
        {"password": "s3cret-words", "return_url": form.select_one("[name=return_url]")["value"]},
        follow=True,
    )

    assert response.status_code == 200
    assert release_en.title in response.content.decode()
    assert_no_lasting_cookie(response)


@pytest.mark.parametrize("prefix", SCREENS)
def test_sign_in_screen_in_the_readers_language_and_script(client, release_en, release_sr, prefix):
    page = release_en if prefix == "en" else release_sr
    restrict(page, PageViewRestriction.LOGIN)
    lang, _heading, heading = SCREENS[prefix]

    redirect = client.get(address(page, prefix))
    assert redirect.status_code == 302
    assert redirect["Location"].startswith(f"/{prefix}/")
    response = client.get(redirect["Location"])

    assert response.status_code == 200
    assert_the_sites_own_screen(response, lang, heading, page)
    assert soup(response).select_one('input[name="username"]') is not None
    assert_no_lasting_cookie(response)


def test_the_contact_forms_csrf_cookie_ends_with_the_browser_session(client):
    response = client.get("/en/contact/")

    assert "csrftoken" in response.cookies
    assert_no_lasting_cookie(response)
