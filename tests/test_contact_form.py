"""The contact form: validation in both languages, spam protection, and no message ever lost."""

import datetime
import io
import logging
import time

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from building_blocks.bot_check import TOKEN_SALT
from contact.factories import ContactMessageFactory
from contact.models import ContactMessage

pytestmark = pytest.mark.django_db

CONTACT_EN = "/en/contact/"
CONTACT_SR = "/sr-latn/kontakt/"
SECRET_WORDS = "my-private-story-that-must-not-be-logged"


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server is down")


@pytest.fixture(autouse=True)
def fresh_rate_limit_and_recipients(settings):
    cache.clear()
    settings.CONTACT_RECIPIENTS = ["staff@example.org", "press@example.org"]
    yield
    cache.clear()


def token(seconds_ago=10):
    return signing.dumps(time.time() - seconds_ago, salt=TOKEN_SALT)


def valid_data(**overrides):
    data = {
        "name": "Ana Test",
        "email": "ana@example.org",
        "topic": "help",
        "message": f"Hello, {SECRET_WORDS}.",
        "consent": "on",
        "website": "",
        "token": token(),
    }
    data.update(overrides)
    return data


def test_form_page_shows_the_form_with_a_csrf_token_and_a_privacy_link(client):
    response = client.get(CONTACT_EN)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'href="/en/privacy/"' in html
    assert "csrftoken" in response.cookies


def test_other_pages_set_no_csrf_cookie(client):
    response = client.get("/en/programmes/")
    assert "csrftoken" not in response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_empty_form_shows_every_error_next_to_its_field_and_in_a_summary(client):
    response = client.post(CONTACT_EN, {"token": token()})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    assert "<title>Error:" in html
    for field, message in [
        ("name", "Enter your name."),
        ("email", "Enter your e-mail address."),
        ("topic", "Choose a topic."),
        ("message", "Write your message."),
        ("consent", "Tick the box to agree"),
    ]:
        assert f'href="#id_{field}"' in html
        assert f'id="id_{field}_error"' in html
        assert message in html
    assert 'aria-invalid="true" aria-describedby="id_name_error" id="id_name"' in html
    assert ContactMessage.objects.count() == 0


def test_invalid_email_is_refused_and_what_was_typed_is_kept(client):
    response = client.post(CONTACT_EN, valid_data(email="not-an-address", name="Jelena Š"))
    html = response.content.decode()
    assert "Enter an e-mail address in the form name@example.org." in html
    assert 'value="not-an-address"' in html
    assert 'value="Jelena Š"' in html
    assert SECRET_WORDS in html  # the message text is kept in the textarea
    assert '<option value="help" selected>' in html
    assert 'name="consent" required checked' in html or "checked" in html
    assert ContactMessage.objects.count() == 0


def test_too_long_message_is_refused(client):
    response = client.post(CONTACT_EN, valid_data(message="x" * 5001))
    assert "Make it at most 5000 characters long (it has 5001)." in response.content.decode()
    assert ContactMessage.objects.count() == 0


def test_filled_honeypot_is_refused_with_a_friendly_message(client):
    response = client.post(CONTACT_EN, valid_data(website="http://spam.example"))
    assert response.status_code == 200
    assert "leave the last, hidden field empty" in response.content.decode()
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_a_form_sent_within_three_seconds_is_refused(client):
    response = client.post(CONTACT_EN, valid_data(token=token(seconds_ago=1)))
    assert "That was very fast." in response.content.decode()
    assert ContactMessage.objects.count() == 0


def test_a_forged_or_missing_token_is_refused(client):
    for forged in ["", "123:abc:def", signing.dumps(time.time() - 10, salt="another-salt")]:
        response = client.post(CONTACT_EN, valid_data(token=forged))
        assert "Please reload the page and try again." in response.content.decode()
    assert ContactMessage.objects.count() == 0


def test_an_expired_token_is_refused(client):
    response = client.post(CONTACT_EN, valid_data(token=token(seconds_ago=3 * 60 * 60)))
    assert "This form was open for a long time." in response.content.decode()
    assert ContactMessage.objects.count() == 0


def test_a_refused_form_gets_a_fresh_token(client):
    old = token(seconds_ago=1)
    html = client.post(CONTACT_EN, valid_data(token=old)).content.decode()
    assert f'value="{old}"' not in html
    assert 'name="token" value="' in html


def test_too_many_posts_from_one_client_get_429_with_the_site_page(client, settings):
    settings.CONTACT_RATE_LIMIT = 2
    assert client.post(CONTACT_EN, valid_data()).status_code == 302
    assert client.post(CONTACT_EN, valid_data()).status_code == 302
    response = client.post(CONTACT_EN, valid_data())
    html = response.content.decode()
    assert response.status_code == 429
    assert "You have sent many messages in a short time." in html
    assert 'class="site-header"' in html
    assert ContactMessage.objects.count() == 2
    other = client.post(CONTACT_EN, valid_data(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_valid_message_is_stored_mailed_and_thanked(client):
    response = client.post(CONTACT_EN, valid_data())
    assert response.status_code == 302
    assert response["Location"] == "/en/contact/thank-you/"
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.topic) == ("Ana Test", "ana@example.org", "help")
    assert message.language == "en"
    assert message.consent and message.sent and message.send_attempts == 1 and message.sent_at
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["staff@example.org", "press@example.org"]
    assert email.reply_to == ["ana@example.org"]
    assert email.subject == "Contact form: Getting help"
    assert SECRET_WORDS in email.body
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "your message has been received" in thanks.content.decode()


def test_serbian_message_gets_a_serbian_e_mail_and_thank_you_page(client):
    response = client.post(CONTACT_SR, valid_data(topic="press"))
    assert response["Location"] == "/sr-latn/kontakt/hvala/"
    assert ContactMessage.objects.get().language == "sr-latn"
    assert mail.outbox[0].subject == "Kontakt formular: Štampa i mediji"
    assert "Hvala, vaša poruka je primljena" in client.get(response["Location"]).content.decode()


def test_errors_are_in_serbian_on_the_serbian_page(client):
    html = client.post(CONTACT_SR, {"email": "x", "token": token()}).content.decode()
    assert "Postoji problem sa vašom porukom" in html
    assert "Upišite svoje ime." in html
    assert "Upišite imejl adresu u obliku ime@primer.org." in html
    assert "Izaberite temu." in html
    assert "Greška:" in html
    assert 'href="/sr-latn/privatnost/"' in html


def test_mail_server_down_keeps_the_message_unsent_then_the_retry_command_sends_it(client, settings, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    with caplog.at_level(logging.DEBUG):
        response = client.post(CONTACT_EN, valid_data())
    assert response.status_code == 302  # the reader is thanked: the message is safe
    message = ContactMessage.objects.get()
    assert not message.sent
    assert message.send_attempts == 1
    assert message.last_error == "ConnectionRefusedError"
    assert SECRET_WORDS not in caplog.text
    assert "ana@example.org" not in caplog.text

    call_command("retry_contact_emails", stdout=io.StringIO())
    message.refresh_from_db()
    assert not message.sent and message.send_attempts == 2

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_contact_emails", stdout=io.StringIO())
    message.refresh_from_db()
    assert message.sent and message.send_attempts == 3 and message.last_error == ""
    assert len(mail.outbox) == 1
    call_command("retry_contact_emails", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # sent messages are not sent again


def test_without_recipients_the_message_waits_unsent(client, settings):
    settings.CONTACT_RECIPIENTS = []
    client.post(CONTACT_EN, valid_data())
    message = ContactMessage.objects.get()
    assert not message.sent and message.last_error == "NoRecipientsConfigured"
    assert mail.outbox == []


def test_retention_command_deletes_only_old_messages(settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old = ContactMessageFactory(created_at=timezone.now() - datetime.timedelta(days=31))
    recent = ContactMessageFactory(created_at=timezone.now() - datetime.timedelta(days=29))
    call_command("delete_old_contact_messages", stdout=io.StringIO())
    assert not ContactMessage.objects.filter(pk=old.pk).exists()
    assert ContactMessage.objects.filter(pk=recent.pk).exists()


def test_staff_filter_and_export_messages_as_csv(admin_client):
    ContactMessageFactory(name="Press Person", topic="press", message="About the release.")
    ContactMessageFactory(name="Helped Person", topic="help", sent=True)
    index = reverse("contact_messages:index")
    listing = admin_client.get(index, {"topic": "press"})
    assert listing.status_code == 200
    assert "Press Person" in listing.content.decode()
    assert "Helped Person" not in listing.content.decode()
    unsent = admin_client.get(index, {"sent": "false"}).content.decode()
    assert "Press Person" in unsent and "Helped Person" not in unsent

    export = admin_client.get(index, {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert "contact-messages" in export["Content-Disposition"]
    body = b"".join(export.streaming_content if export.streaming else [export.content]).decode()
    assert "Press Person" in body and "About the release." in body and "Helped Person" in body


def test_anonymous_visitors_cannot_read_messages(client):
    response = client.get(reverse("contact_messages:index"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_can_read_a_message_but_not_write_one(admin_client):
    message = ContactMessageFactory(message="Please call me back.")
    inspect = admin_client.get(reverse("contact_messages:inspect", args=[message.pk]))
    assert inspect.status_code == 200
    assert "Please call me back." in inspect.content.decode()
    assert admin_client.get(reverse("contact_messages:add")).status_code in (302, 403)
    assert admin_client.get(reverse("contact_messages:edit", args=[message.pk])).status_code in (302, 403)
    assert admin_client.post(reverse("contact_messages:delete", args=[message.pk])).status_code == 302
    assert not ContactMessage.objects.filter(pk=message.pk).exists()
