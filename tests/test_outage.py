"""Outages readers may meet: the database or the mail server away. The site answers with its own
503 page (database) or keeps the message (mail), never a 500."""

import socket

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client
from helpers import html_lang, soup
from test_contact_form import valid_data
from wagtail.models import Site

from contact.models import ContactMessage
from site_settings.models import SiteTexts

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_away(monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    monkeypatch.setattr(Site, "find_for_request", unreachable)


def test_database_outage_answers_503_with_retry_after_and_the_sites_page(database_away):
    response = Client(raise_request_exception=False).get("/en/news/")

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert soup(response).h1.get_text(strip=True) == "Temporarily unavailable"
    assert html_lang(response) == "en"
    assert "Traceback" not in response.content.decode()


@pytest.mark.parametrize(("prefix", "lang"), [("sr-latn", "sr-Latn"), ("sr", "sr-Cyrl")])
def test_database_outage_page_speaks_the_language_of_the_address(database_away, prefix, lang):
    response = Client(raise_request_exception=False).get(f"/{prefix}/vesti/")

    assert response.status_code == 503
    assert html_lang(response) == lang
    assert soup(response).find("a", href=f"/{prefix}/") is not None


def test_database_error_outside_a_view_is_a_503_too(monkeypatch):
    def unreachable(self, request):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("wagtail.contrib.redirects.middleware.RedirectMiddleware.__call__", unreachable)

    response = Client(raise_request_exception=False).get("/en/")

    assert response.status_code == 503
    assert response["Retry-After"] == "120"


def closed_port():
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_mail_server_down_loses_no_contact_message(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2
    settings.CONTACT_RECIPIENTS = ["staff@example.org"]
    cache.clear()

    response = client.post("/en/contact/", valid_data())

    assert response.status_code == 302
    assert response["Location"] == "/en/contact/thank-you/"
    message = ContactMessage.objects.get()
    assert not message.sent
    assert message.send_attempts == 1
    assert message.last_error == "ConnectionRefusedError"


def use_redis_on_a_closed_port(settings):
    """The cache as production configures it (django-redis ignoring errors), pointed at a closed port."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        },
    }


def test_site_serves_uncached_while_redis_is_down(client, settings, seeded):
    settings.PAGE_CACHE_SECONDS = 600
    use_redis_on_a_closed_port(settings)
    release = seeded("release:first-reintegration-centre")

    first, second = client.get(release.url), client.get(release.url)

    assert first.status_code == second.status_code == 200
    assert "First Reintegration Centre" in second.content.decode()
    assert second.get("X-Page-Cache") != "hit"


def test_a_change_is_seen_at_once_while_redis_is_down(client, settings, seeded):
    """The content version lives in the database, not in Redis: with Redis away a change still
    reaches the next reader."""
    use_redis_on_a_closed_port(settings)
    home = seeded("home")
    texts = SiteTexts.objects.create(locale=home.locale, organisation_name="IOM in Serbia")
    assert client.get(home.url).status_code == 200

    texts.organisation_name = "Renamed while Redis was down"
    texts.save()

    assert "Renamed while Redis was down" in client.get(home.url).content.decode()
