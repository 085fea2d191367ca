"""The e-mails: what each says, and sending what is queued at the rate the mail server accepts.

Plain text only: no pictures, no tracking pixels, and every address is the site's own, unchanged.
Subscribers who read Cyrillic get Cyrillic (the interface strings come from the Cyrillic catalogue,
the release's text is transliterated; addresses never are).
"""

import datetime
import logging
import secrets
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import strip_tags
from wagtail.rich_text import RichText

from serbian_script.transliteration import CYRILLIC_LANGUAGE, latin_to_cyrillic

from .models import AdvanceCopy, Alert, ConfirmationMail, MailStatus, hash_token

logger = logging.getLogger(__name__)

BELGRADE = ZoneInfo("Europe/Belgrade")
CONFIRM_SALT = "press_alerts.confirm"
UNSUBSCRIBE_SALT = "press_alerts.unsubscribe"
# Errors that mean the mail server is refusing or unreachable: stop this run, try again in the next.
SERVER_ERRORS = (smtplib.SMTPException, OSError)


class NotNeeded(Exception):
    """The mail should no longer be sent (the release was withdrawn, the subscriber left)."""


# --- Tokens in links --------------------------------------------------------------------------------
def confirm_token(subscriber):
    return signing.dumps(str(subscriber.key), salt=CONFIRM_SALT)


def unsubscribe_token(subscriber):
    return signing.dumps(str(subscriber.key), salt=UNSUBSCRIBE_SALT)


def subscriber_key(token, salt, max_age=None):
    """The subscriber key a link carries, or None when the link is forged, mangled or too old."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


def absolute(url):
    """The site's address for a path (BASE_URL: https in production, as List-Unsubscribe requires)."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def url_in(language, viewname, *args):
    with translation.override(language):
        return absolute(reverse(viewname, args=args))


def page_url_in(language, page):
    """The page's public address under the language's prefix (/sr/ for Cyrillic readers)."""
    with translation.override(language):
        return absolute(page.get_url())


# --- Text of a release --------------------------------------------------------------------------
def plain_text(value):
    """The words of a StreamField value (rich text without its markup), one paragraph per block."""
    if value is None:
        return ""
    if isinstance(value, RichText):
        return strip_tags(value.source.replace("</p>", "</p>\n\n")).strip()
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):  # StructValue
        return "\n\n".join(filter(None, (plain_text(child) for child in value.values())))
    if hasattr(value, "raw_data") or isinstance(value, list | tuple):  # StreamValue, ListValue
        children = [getattr(child, "value", child) for child in value]
        return "\n\n".join(filter(None, (plain_text(child) for child in children)))
    return ""


def in_script(language, text):
    return latin_to_cyrillic(text) if language == CYRILLIC_LANGUAGE else text


def one_line(text):
    return " ".join(text.split())


def embargo_label(moment, language):
    with translation.override(language):
        local = timezone.localtime(moment, BELGRADE)
        return formats.date_format(local, "DATETIME_FORMAT")


def release_context(release, language):
    return {
        "release": release,
        "date": formats.date_format(release.date, "DATE_FORMAT"),
        "body": plain_text(release.body),
    }


# --- The messages -----------------------------------------------------------------------------
def _message(template, language, context, to, headers=None):
    with translation.override(language):
        subject = render_to_string(f"press_alerts/email/{template}_subject.txt", context)
        body = render_to_string(f"press_alerts/email/{template}_body.txt", context)
    return EmailMessage(
        subject=in_script(language, one_line(subject)),
        body=in_script(language, body),
        to=[to],
        headers=headers or {},
    )


def unsubscribe_headers(unsubscribe_url):
    """RFC 2369 and RFC 8058: mail programs show an "Unsubscribe" button that POSTs to the address."""
    return {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def confirmation_message(mail):
    subscriber = mail.subscriber
    language = mail.language
    unsubscribe_url = url_in(language, "press_alerts:unsubscribe", unsubscribe_token(subscriber))
    context = {
        "confirm_url": url_in(language, "press_alerts:confirm", confirm_token(subscriber)),
        "unsubscribe_url": unsubscribe_url,
        "days": settings.PRESS_ALERTS_UNCONFIRMED_DAYS,
    }
    template = "confirm" if mail.kind == ConfirmationMail.Kind.CONFIRM else "already_subscribed"
    if mail.kind == ConfirmationMail.Kind.CONFIRM and subscriber.confirmed_at:
        raise NotNeeded
    return _message(template, language, context, subscriber.email)


def alert_message(alert):
    subscriber = alert.subscriber
    release = alert.release.specific
    if subscriber.confirmed_at is None or alert.language not in subscriber.language_codes:
        raise NotNeeded
    if not type(release).objects.filter(pk=release.pk).live().public().exists():
        raise NotNeeded  # withdrawn before its alert went out
    unsubscribe_url = url_in(alert.language, "press_alerts:unsubscribe", unsubscribe_token(subscriber))
    with translation.override(alert.language):
        context = release_context(release, alert.language) | {
            "release_url": page_url_in(alert.language, release),
            "unsubscribe_url": unsubscribe_url,
        }
    return _message("alert", alert.language, context, subscriber.email, unsubscribe_headers(unsubscribe_url))


def scheduled_release(page):
    """The revision of a page approved to go live later (its embargo), as a page, or None."""
    revision = page.scheduled_revision
    if revision is None or revision.approved_go_live_at <= timezone.now():
        return None, None
    return revision.as_object(), revision.approved_go_live_at


def advance_copy_message(copy):
    journalist = copy.journalist
    page = copy.release.specific
    release, until = scheduled_release(page)
    if release is None or page.live or not journalist.active:
        raise NotNeeded  # the embargo lifted or was withdrawn, or the journalist was revoked
    token = secrets.token_urlsafe(32)
    copy.token_hash = hash_token(token)
    copy.save(update_fields=["token_hash"])
    language = journalist.language
    with translation.override(language):
        context = release_context(release, language) | {
            "journalist": journalist,
            "embargo": embargo_label(until, language),
            "preview_url": url_in(language, "press_alerts:advance_copy", token),
        }
    return _message("advance_copy", language, context, journalist.email)


# --- Sending ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Queue:
    model: type
    build: Callable
    related: tuple


QUEUES = [
    Queue(ConfirmationMail, confirmation_message, ("subscriber",)),
    Queue(AdvanceCopy, advance_copy_message, ("journalist", "release")),
    Queue(Alert, alert_message, ("subscriber", "release")),
]
QUEUE_OF = {queue.model: queue for queue in QUEUES}


class Pace:
    """At most PRESS_ALERTS_PER_MINUTE messages a minute, evenly spaced."""

    def __init__(self):
        self.interval = 60 / max(1, settings.PRESS_ALERTS_PER_MINUTE)
        self.next_at = time.monotonic()

    def wait(self):
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at = max(self.next_at, time.monotonic()) + self.interval


def claim(model, pk):
    """Takes one waiting mail for this process (another sender running at the same time cannot)."""
    return model.objects.filter(pk=pk, status=MailStatus.PENDING).update(
        status=MailStatus.SENDING, attempts=F("attempts") + 1
    )


def send_one(model, pk, connection):
    """Sends one claimed mail; returns True if sent, False if not (no longer needed, or it could not be
    built). A mail that failed waits for the next run (given up after PRESS_ALERTS_MAX_ATTEMPTS); the
    mail server's errors propagate, so that the run stops."""
    queue = QUEUE_OF[model]
    mail = model.objects.select_related(*queue.related).get(pk=pk)
    try:
        message = queue.build(mail)
        message.connection = connection
        connection.open()  # once per run; later messages reuse the connection
        message.send()
    except NotNeeded:
        model.objects.filter(pk=pk).update(status=MailStatus.CANCELLED)
        return False
    except Exception as error:  # noqa: BLE001 - whatever happened, the mail is not lost
        gave_up = mail.attempts >= settings.PRESS_ALERTS_MAX_ATTEMPTS
        model.objects.filter(pk=pk).update(
            status=MailStatus.FAILED if gave_up else MailStatus.PENDING, last_error=type(error).__name__[:200]
        )
        logger.warning("%s %s not sent (%s); attempt %s.", model.__name__, pk, type(error).__name__, mail.attempts)
        if isinstance(error, SERVER_ERRORS):
            raise
        return False
    model.objects.filter(pk=pk).update(status=MailStatus.SENT, sent_at=timezone.now(), last_error="")
    return True


def send_queued(limit=None, pace=None):
    """Sends what waits, oldest first, confirmations before advance copies before alerts. Stops at the
    first server error (the rest waits for the next run). Returns (sent, waiting)."""
    limit = settings.PRESS_ALERTS_PER_MINUTE if limit is None else limit
    pace = pace or Pace()
    sent = 0
    connection = get_connection()
    try:
        for queue in QUEUES:
            waiting_mail = queue.model.objects.filter(status=MailStatus.PENDING).order_by("created_at", "pk")
            for pk in waiting_mail.values_list("pk", flat=True):
                if sent >= limit:
                    return sent
                if not claim(queue.model, pk):
                    continue  # another sender took it
                pace.wait()
                if send_one(queue.model, pk, connection):
                    sent += 1
    except SERVER_ERRORS:
        return sent
    finally:
        close_quietly(connection)
    return sent


def close_quietly(connection):
    try:
        connection.close()
    except SERVER_ERRORS:
        pass


def send_now(model, pk):
    """Tries one mail at once (after a form or an admin action); if the server refuses, it waits in
    the queue for send_press_alerts."""
    if not claim(model, pk):
        return False
    connection = get_connection()
    try:
        return send_one(model, pk, connection)
    except SERVER_ERRORS:
        return False
    finally:
        close_quietly(connection)


def waiting():
    return sum(queue.model.objects.filter(status=MailStatus.PENDING).count() for queue in QUEUES)


def unconfirmed_cutoff():
    return timezone.now() - datetime.timedelta(days=settings.PRESS_ALERTS_UNCONFIRMED_DAYS)
