"""HTTP methods as an attacker would try them: TRACE never echoes the request, OPTIONS and Allow name
only what an address accepts (GET and HEAD, POST where a form is), other methods are refused."""

import pytest

pytestmark = pytest.mark.django_db

# One address of each kind of view: Wagtail pages, routable pages (feeds), the search view, the
# sitemap, robots.txt, a vCard, the API, the password form of private pages.
READ_ONLY_PATHS = [
    "/en/",
    "/sr-latn/",
    "/sr/",
    "/en/news/",
    "/en/news/feed/rss/",
    "/en/search/?q=centre",
    "/sitemap.xml",
    "/robots.txt",
    "/api/v2/pages/",
]
SECRET = "Cookie-Secret-42"


@pytest.fixture
def vcard_path(client):
    from contact.models import PressContact
    from news.models import PressRoomPage

    room = PressRoomPage.objects.live().get(locale__language_code="en")
    contact = PressContact.objects.filter(locale=room.locale).first()
    if contact is None:
        pytest.skip("no press contact in the seed content")
    return f"{room.url}contacts/{contact.pk}.vcf"


@pytest.fixture
def contact_page(seeded):
    from contact.models import ContactPage

    return ContactPage.objects.live().get(locale__language_code="en")


def allow(response):
    return {method.strip() for method in response.get("Allow", "").split(",") if method.strip()}


@pytest.mark.parametrize("path", READ_ONLY_PATHS + ["/admin/", "/admin/login/", "/static/css/site.css"])
def test_trace_is_refused_without_echoing_the_request(client, path):
    response = client.generic("TRACE", path, HTTP_COOKIE=f"sessionid={SECRET}", HTTP_X_SECRET=SECRET)

    assert response.status_code in (405, 501)
    assert SECRET.encode() not in response.content
    assert b"TRACE" not in response.content


def test_trace_on_a_vcard_is_refused(client, vcard_path):
    response = client.generic("TRACE", vcard_path, HTTP_X_SECRET=SECRET)

    assert response.status_code in (405, 501)
    assert SECRET.encode() not in response.content


@pytest.mark.parametrize("path", READ_ONLY_PATHS)
def test_options_names_only_get_and_head_where_there_is_no_form(client, path):
    response = client.options(path)

    assert response.status_code == 200
    assert allow(response) == {"GET", "HEAD"}
    assert response.content == b""


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "PROPFIND"])
@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/en/search/", "/sitemap.xml", "/api/v2/pages/"])
def test_other_methods_are_refused_with_allow_get_head(client, path, method):
    response = client.generic(method, path, "x=1")

    assert response.status_code == 405
    assert allow(response) == {"GET", "HEAD"}


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/en/search/", "/sitemap.xml"])
def test_post_where_there_is_no_form_is_refused(path):
    from django.test import Client

    response = Client(enforce_csrf_checks=False).post(path, {"q": "x"})

    assert response.status_code == 405
    assert allow(response) == {"GET", "HEAD"}


def test_the_contact_page_accepts_post_and_says_so(client, contact_page):
    response = client.options(contact_page.url)

    assert response.status_code == 200
    assert allow(response) == {"GET", "HEAD", "POST"}
    assert client.options(contact_page.url + "thank-you/")["Allow"]


def test_the_password_form_of_private_pages_accepts_post(client, release_en):
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=release_en, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    path = f"/en/_util/authenticate_with_password/{restriction.pk}/{release_en.pk}/"

    assert allow(client.options(path)) == {"GET", "HEAD", "POST"}
    assert client.generic("TRACE", path).status_code == 405


def test_get_and_head_still_work(client):
    assert client.get("/en/").status_code == 200
    assert client.head("/en/").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
