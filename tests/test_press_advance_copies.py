"""Embargoed advance copies: press officers send a release under embargo to journalists of the media
list; each gets the text, marked "EMBARGOED UNTIL …" in their language, and a personal link that shows
the approved release only to them, only until the embargo lifts, and then leads to the public page."""

import datetime
import re
from unittest import mock
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from editorial_helpers import staff_member
from newsroom_helpers import locale, make_release
from smtp_helpers import smtp_server_fixture  # noqa: F401 - the smtp_server fixture

from press_alerts.models import AdvanceCopy, AdvanceCopyOpening, Journalist, Subscriber
from press_alerts.roles import PRESS_OFFICERS, SUBSCRIBER_LIST_MANAGERS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_language_left_active():
    """Requests under /sr/ leave Cyrillic active in this thread; later tests must not inherit it."""
    yield
    translation.deactivate()


SITE = "https://portal.example.org"
BELGRADE = ZoneInfo("Europe/Belgrade")
EMBARGO = datetime.datetime(2041, 3, 4, 10, 0, tzinfo=BELGRADE)
SEND_URL = "/admin/press/send-advance-copies/"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.PRESS_ALERTS_PER_MINUTE = 60_000


@pytest.fixture
def embargoed():
    """An English release with its Serbian translation, approved for EMBARGO."""
    release = make_release(publish=False, live=False, title="Centre opens", slug="centre-opens")
    translation = release.copy_for_translation(locale("sr-latn"))
    translation.title = "Centar se otvara"
    translation.save_revision()
    release.go_live_at = EMBARGO
    release.save_revision().publish()
    release.refresh_from_db()
    translation.refresh_from_db()
    return release, translation


@pytest.fixture
def journalists():
    return (
        Journalist.objects.create(name="John Reporter", email="john@example.org", language="en"),
        Journalist.objects.create(name="Јелена Новинар", email="jelena@example.org", language="sr"),
    )


def preview_link(message):
    found = re.search(rf"{re.escape(SITE)}(/[\w-]+/advance-copy/[\w-]+/)", message.get_content())
    assert found, message.get_content()
    return found.group(1)


def send(client, release, journalists):
    client.force_login(staff_member(PRESS_OFFICERS))
    form = client.get(f"{SEND_URL}?release={release.pk}")
    assert form.status_code == 200 and "Centre opens" in form.content.decode()
    return client.post(SEND_URL, {"release": release.pk, "journalists": [j.pk for j in journalists]})


def test_advance_copy_works_for_its_journalist_only_until_the_embargo_then_leads_to_the_public_page(
    client, smtp_server, embargoed, journalists
):
    release, translation = embargoed
    john, jelena = journalists
    assert send(client, release, journalists).status_code == 302
    client.logout()

    english = smtp_server.mailbox.to("john@example.org")[0]
    assert english["Subject"].strip() == "EMBARGOED UNTIL March 4, 2041, 10 a.m. (Belgrade): Centre opens"
    assert "Body text." in english.get_content()
    cyrillic = smtp_server.mailbox.to("jelena@example.org")[0]
    assert cyrillic["Subject"].strip().startswith("ЕМБАРГО ДО 4. марта 2041.")  # the genitive, as Serbian writes dates
    assert "Центар се отвара" in cyrillic["Subject"]

    john_link, jelena_link = preview_link(english), preview_link(cyrillic)
    assert john_link.startswith("/en/") and jelena_link.startswith("/sr/")
    assert not AdvanceCopy.objects.filter(token_hash__contains=john_link.split("/")[-2]).exists()  # kept hashed

    # A later draft, not approved, is not what journalists see.
    release.title = "Unapproved draft title"
    release.save_revision()

    page = client.get(john_link)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Centre opens" in text and "Unapproved draft title" not in text
    assert "EMBARGOED UNTIL March 4, 2041, 10 a.m. (Belgrade)" in text
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert "noindex" in page["X-Robots-Tag"] and '<meta name="robots" content="noindex' in text
    serbian = client.get(jelena_link)
    assert serbian.status_code == 200 and "Центар се отвара" in serbian.content.decode()

    # Nobody else: a made-up token, or the public address before the embargo.
    assert client.get("/en/advance-copy/" + "x" * 43 + "/").status_code == 404
    assert client.get(release.url).status_code == 404

    copy = AdvanceCopy.objects.get(journalist=john)
    assert list(copy.openings.values_list("outcome", flat=True)) == [AdvanceCopyOpening.Outcome.SHOWN]

    with mock.patch("django.utils.timezone.now", return_value=EMBARGO + datetime.timedelta(seconds=1)):
        call_command("publish_scheduled")
    after = client.get(john_link)
    assert after.status_code == 302 and after["Location"] == f"{SITE}{release.url}"
    assert client.get(urlsplit(after["Location"]).path).status_code == 200
    assert client.get(jelena_link)["Location"] == f"{SITE}/sr/vesti/{translation.slug}/"
    assert copy.openings.count() == 2


def test_revoking_a_journalist_revokes_their_links(client, smtp_server, embargoed, journalists):
    release, _translation = embargoed
    john, jelena = journalists
    send(client, release, journalists)
    client.logout()
    john_link = preview_link(smtp_server.mailbox.to("john@example.org")[0])
    jelena_link = preview_link(smtp_server.mailbox.to("jelena@example.org")[0])
    john.active = False
    john.save()
    assert client.get(john_link).status_code == 404
    assert client.get(jelena_link).status_code == 200
    assert AdvanceCopy.objects.get(journalist=john).openings.get().outcome == AdvanceCopyOpening.Outcome.REFUSED


def test_only_press_officers_send_and_only_subscriber_list_managers_see_addresses(client, embargoed, journalists):
    Subscriber.objects.create(email="secret-reader@example.org")
    subscribers = reverse("alert_subscribers:index")
    client.force_login(staff_member("Moderators"))
    assert client.get(SEND_URL).status_code in (302, 403)
    assert client.get(subscribers).status_code in (302, 403)
    assert client.get(reverse("media_list:index")).status_code in (302, 403)

    client.force_login(staff_member(PRESS_OFFICERS))
    assert client.get(subscribers).status_code in (302, 403)
    assert client.get(reverse("media_list:index")).status_code == 200

    client.force_login(staff_member(SUBSCRIBER_LIST_MANAGERS))
    listing = client.get(subscribers)
    assert listing.status_code == 200 and "secret-reader@example.org" in listing.content.decode()
    assert client.get(SEND_URL).status_code in (302, 403)
