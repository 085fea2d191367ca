"""E-mail alerts of new press releases, through a real SMTP server on loopback: double opt-in, one
alert per subscriber and language when a release goes live (embargoes included), one-click
unsubscribe, and a mail server that refuses or is down losing nothing and sending nothing twice."""

import datetime
import io
import re
import time
from unittest import mock
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core import signing
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from newsroom_helpers import locale, make_release, make_topic
from smtp_helpers import smtp_server_fixture  # noqa: F401 - the smtp_server fixture

from building_blocks.bot_check import TOKEN_SALT
from press_alerts.models import Alert, ConfirmationMail, MailStatus, Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_language_left_active():
    """Requests under /sr/ leave Cyrillic active in this thread; later tests must not inherit it."""
    yield
    translation.deactivate()


SITE = "https://portal.example.org"
BELGRADE = ZoneInfo("Europe/Belgrade")
EMBARGO = datetime.datetime(2041, 3, 4, 10, 0, tzinfo=BELGRADE)


@pytest.fixture(autouse=True)
def alert_settings(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.PRESS_ALERTS_PER_MINUTE = 60_000  # no waiting between messages in tests


def time_token(seconds_ago=10):
    return signing.dumps(time.time() - seconds_ago, salt=TOKEN_SALT)


def subscribe(client, email, languages, topics=(), prefix="en", **extra):
    data = {"email": email, "languages": list(languages), "topics": [t.pk for t in topics], "website": ""}
    data["token"] = time_token()
    data.update(extra)
    return client.post(f"/{prefix}/press-alerts/", data)


def link_in(message, kind):
    """The site's link of a kind (confirm, unsubscribe, advance-copy) in a message's text."""
    found = re.search(rf"{re.escape(SITE)}/[\w-]+/[\w/-]*{kind}/[^\s]+/", message.get_content())
    assert found, f"no {kind} link in:\n{message.get_content()}"
    return found.group(0)


def path_of(url):
    return urlsplit(url).path


def send_queued():
    out = io.StringIO()
    call_command("send_press_alerts", stdout=out)
    return out.getvalue()


def subscribed(client, smtp, email, languages, topics=(), prefix="en", capture=None):
    """Subscribes and confirms as a reader would, through the e-mail's link."""
    with capture(execute=True):
        assert subscribe(client, email, languages, topics, prefix).status_code == 302
    confirmation = smtp.mailbox.to(email)[-1]
    page = client.get(path_of(link_in(confirmation, "confirm")))
    assert page.status_code == 200 and Subscriber.objects.get(email=email).confirmed_at is None
    assert client.post(path_of(link_in(confirmation, "confirm"))).status_code == 200
    return Subscriber.objects.get(email=email)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def new_release(code="en", topics=(), **kwargs):
    return make_release(code, topics=topics, publish=False, live=False, **kwargs)


def serbian_translation(release, title):
    translation = release.copy_for_translation(locale("sr-latn"))
    translation.title = title
    translation.save_revision()
    return translation


def test_subscribe_confirm_alert_once_and_unsubscribe_in_one_click(
    client, smtp_server, django_capture_on_commit_callbacks
):
    smtp = smtp_server
    subscribed(client, smtp, "ana@example.org", ["en"], capture=django_capture_on_commit_callbacks)
    confirmation = smtp.mailbox.to("ana@example.org")[0]
    assert "List-Unsubscribe" not in confirmation  # not a list message yet, just the question

    release = publish(new_release(title="Centre opens in Niš", introduction="The lead paragraph."))
    send_queued()
    send_queued()  # a second run sends nothing again

    alerts = [m for m in smtp.mailbox.to("ana@example.org") if m["Subject"] == "Centre opens in Niš"]
    assert len(alerts) == 1
    alert = alerts[0]
    text = alert.get_content()
    assert "The lead paragraph." in text and "Body text." in text
    assert f"{SITE}{release.url}" in text  # the release's own address: no link rewriting
    assert "<img" not in text and alert.get_content_type() == "text/plain"  # nothing to track opening
    unsubscribe_url = alert["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe_url.startswith("https://") and unsubscribe_url in text
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # RFC 8058: the mail program POSTs with no cookie and no CSRF token.
    mail_program = Client(enforce_csrf_checks=True)
    answer = mail_program.post(
        path_of(unsubscribe_url), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert answer.status_code == 200
    assert "private" in answer["Cache-Control"] and "no-store" in answer["Cache-Control"]
    assert not Subscriber.objects.filter(email="ana@example.org").exists()
    assert not Alert.objects.exists()  # the address and everything about it are gone

    publish(new_release(title="A later release"))
    send_queued()
    assert [m["Subject"] for m in smtp.mailbox.to("ana@example.org")].count("A later release") == 0


def test_unsubscribe_link_opened_shows_a_button_and_changes_nothing(
    client, smtp_server, django_capture_on_commit_callbacks
):
    subscribed(client, smtp_server, "ana@example.org", ["en"], capture=django_capture_on_commit_callbacks)
    link = link_in(smtp_server.mailbox.to("ana@example.org")[0], "unsubscribe")
    page = client.get(path_of(link))
    assert page.status_code == 200 and b'method="post"' in page.content
    assert Subscriber.objects.filter(email="ana@example.org").exists()
    assert client.get(path_of(link).replace("/unsubscribe/", "/unsubscribe/x")).status_code == 404


def test_each_language_that_goes_live_is_sent_once_in_its_script_and_topics_filter(
    client, smtp_server, django_capture_on_commit_callbacks
):
    smtp = smtp_server
    capture = django_capture_on_commit_callbacks
    topic = make_topic(name="Migration", slug="migration")
    other = make_topic(name="Health", slug="health")
    subscribed(client, smtp, "all@example.org", ["en", "sr"], capture=capture)
    serbian_topic = topic.copy_for_translation(locale("sr-latn"))
    serbian_topic.name, serbian_topic.slug = "Migracije", "migracije"
    serbian_topic.save()
    subscribed(client, smtp, "latin@example.org", ["sr-latn"], [serbian_topic], prefix="sr-latn", capture=capture)
    subscribed(client, smtp, "health@example.org", ["en"], [other], capture=capture)
    confirmation_sr = smtp.mailbox.to("latin@example.org")[0]
    assert "/sr-latn/press-alerts/confirm/" in confirmation_sr.get_content()

    release = new_release(topics=[topic], title="Embargoed release", slug="embargoed-release")
    translation = serbian_translation(release, "Saopštenje o migraciji")
    release.go_live_at = EMBARGO
    publish(release)  # approved for later: nothing is live, nothing queued
    assert not Alert.objects.exists()

    with mock.patch("django.utils.timezone.now", return_value=EMBARGO + datetime.timedelta(seconds=1)):
        call_command("publish_scheduled")
    translation.refresh_from_db()
    assert translation.live
    send_queued()
    send_queued()

    all_subjects = [m["Subject"] for m in smtp.mailbox.to("all@example.org")]
    assert all_subjects.count("Embargoed release") == 1
    assert all_subjects.count("Саопштење о миграцији") == 1  # Cyrillic for a Cyrillic reader
    cyrillic = next(m for m in smtp.mailbox.to("all@example.org") if m["Subject"] == "Саопштење о миграцији")
    assert f"{SITE}/sr/" in cyrillic.get_content() and "Прочитајте" in cyrillic.get_content()
    latin = [m["Subject"] for m in smtp.mailbox.to("latin@example.org")]
    assert latin.count("Saopštenje o migraciji") == 1 and "Embargoed release" not in latin
    assert [m["Subject"] for m in smtp.mailbox.to("health@example.org")][1:] == []  # other topic: nothing

    publish(release)  # a correction is not a new release
    send_queued()
    assert [m["Subject"] for m in smtp.mailbox.to("all@example.org")].count("Embargoed release") == 1


def test_refusing_or_stopped_mail_server_loses_nothing_and_sends_nothing_twice(
    client, smtp_server, django_capture_on_commit_callbacks
):
    smtp = smtp_server
    for name in ("a", "b", "c"):
        subscribed(client, smtp, f"{name}@example.org", ["en"], capture=django_capture_on_commit_callbacks)
    publish(new_release(title="Release one"))

    smtp.mailbox.refusing = True
    send_queued()
    assert Alert.objects.filter(status=MailStatus.PENDING).count() == 3
    assert Alert.objects.get(subscriber__email="a@example.org").last_error == "SMTPDataError"

    smtp.stop()
    publish(new_release(title="Release two"))
    send_queued()
    assert Alert.objects.filter(status=MailStatus.PENDING).count() == 6

    smtp.mailbox.refusing = False
    smtp.start()
    send_queued()
    send_queued()
    for name in ("a", "b", "c"):
        subjects = [m["Subject"] for m in smtp.mailbox.to(f"{name}@example.org")]
        assert subjects.count("Release one") == 1 and subjects.count("Release two") == 1
    assert Alert.objects.filter(status=MailStatus.SENT).count() == 6


def test_confirmation_mail_waits_while_the_server_is_down(client, smtp_server, django_capture_on_commit_callbacks):
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(client, "ana@example.org", ["en"]).status_code == 302
    assert ConfirmationMail.objects.get().status == MailStatus.PENDING
    smtp_server.start()
    send_queued()
    assert len(smtp_server.mailbox.to("ana@example.org")) == 1


def test_sending_is_paced_by_the_setting(settings, client, smtp_server, django_capture_on_commit_callbacks):
    for name in ("a", "b", "c"):
        subscribed(client, smtp_server, f"{name}@example.org", ["en"], capture=django_capture_on_commit_callbacks)
    publish(new_release(title="Paced"))
    settings.PRESS_ALERTS_PER_MINUTE = 120  # one every half second
    started = time.monotonic()
    send_queued()
    assert time.monotonic() - started >= 0.9  # three messages: two intervals


def test_bots_and_bad_input_are_refused_without_mail(client, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        honeypot = subscribe(client, "bot@example.org", ["en"], website="http://spam.example")
        too_fast = subscribe(client, "bot@example.org", ["en"], token=time_token(0))
        forged = subscribe(client, "bot@example.org", ["en"], token="forged")
        no_language = subscribe(client, "bot@example.org", [])
        bad_language = subscribe(client, "bot@example.org", ["xx"])
    for response in (honeypot, too_fast, forged, no_language, bad_language):
        assert response.status_code == 200 and b"error-summary" in response.content
    assert not Subscriber.objects.exists() and smtp_server.mailbox.messages == []
    assert client.get("/en/press-alerts/confirm/forged/").status_code == 404


def test_unconfirmed_addresses_are_deleted_after_the_set_days(client, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client, "late@example.org", ["en"])
    subscribed(client, smtp_server, "kept@example.org", ["en"], capture=django_capture_on_commit_callbacks)
    Subscriber.objects.update(created_at=timezone.now() - datetime.timedelta(days=4))
    call_command("delete_unconfirmed_subscribers", stdout=io.StringIO())
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["kept@example.org"]


def test_subscribing_again_does_not_reveal_or_change_a_confirmed_subscription(
    client, smtp_server, django_capture_on_commit_callbacks
):
    subscribed(client, smtp_server, "ana@example.org", ["en"], capture=django_capture_on_commit_callbacks)
    ConfirmationMail.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        again = subscribe(client, "ana@example.org", ["sr"])
    assert again.status_code == 302
    assert Subscriber.objects.get().language_codes == ["en"]
    last = smtp_server.mailbox.to("ana@example.org")[-1]
    assert "unsubscribe" in link_in(last, "unsubscribe")


def test_the_form_is_linked_from_the_newsroom_and_works_in_cyrillic(client, seeded):
    from newsroom_helpers import news_index, press_room

    for page in (news_index("en"), press_room("en")):
        assert b'href="/en/press-alerts/"' in client.get(page.url).content
    form = client.get("/sr/press-alerts/")
    assert form.status_code == 200 and "Претплатите се".encode() in form.content
    assert b'class="latin">Srpski (latinica)' in form.content
