"""E-mailing staff about contact messages. Messages are already saved when this runs; a failure
only marks them unsent. Logs carry the message's id and the error's type, never its content."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

logger = logging.getLogger(__name__)


class NoRecipientsConfigured(Exception):
    """CONTACT_RECIPIENTS is empty: the message waits until someone configures it."""


def one_line(text):
    """A one-line field as one line, whatever was stored (the form refuses line breaks)."""
    return " ".join(text.split())


def body_context(message):
    """What the reader wrote cannot pass for a line of the e-mail's own: one-line fields stay on one
    line and every line of the message is quoted ("> "), so no line of theirs starts like "Bcc:"."""
    return {
        "message": message,
        "name": one_line(message.name),
        "email": one_line(message.email),
        "quoted_message": "\n".join(f"> {line}" for line in message.message.splitlines() or [""]),
    }


def send_notification(message):
    """Tries once to e-mail the message to CONTACT_RECIPIENTS; returns True if it was sent."""
    message.send_attempts += 1
    try:
        if not settings.CONTACT_RECIPIENTS:
            raise NoRecipientsConfigured()
        with translation.override(message.language):
            subject = render_to_string("contact/email/notification_subject.txt", {"message": message})
            body = render_to_string("contact/email/notification_body.txt", body_context(message))
        EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            to=settings.CONTACT_RECIPIENTS,
            reply_to=[message.email],
        ).send()
    except Exception as error:  # noqa: BLE001 - any failure leaves the message stored and unsent
        message.last_error = type(error).__name__[:200]
        message.save(update_fields=["send_attempts", "last_error"])
        logger.warning("Contact message %s not e-mailed (%s); it is kept for retry.", message.pk, message.last_error)
        return False
    message.sent = True
    message.sent_at = timezone.now()
    message.last_error = ""
    message.save(update_fields=["sent", "sent_at", "send_attempts", "last_error"])
    return True
