"""E-mail alerts of new press releases, and embargoed advance copies for vetted journalists.

Every e-mail is a row before it is sent (``OutgoingMail``): ``send_press_alerts`` claims a row, sends
it and marks it sent, so a mail server that refuses loses nothing and a row is never sent twice.
"""

import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from building_blocks.constants import EMAIL_MAX_LENGTH, LANGUAGE_CODE_MAX_LENGTH


class MailStatus(models.TextChoices):
    PENDING = "pending", _("waiting to be sent")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    CANCELLED = "cancelled", _("not sent (no longer needed)")
    FAILED = "failed", _("given up")


class OutgoingMail(models.Model):
    """An e-mail recorded before it is sent: its state, attempts and the last error's type."""

    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    status = models.CharField(_("status"), max_length=10, choices=MailStatus.choices, default=MailStatus.PENDING)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("sending attempts"), default=0)
    last_error = models.CharField(
        _("last sending error"), max_length=200, blank=True, help_text=_("The error's type only, never its text.")
    )

    class Meta:
        abstract = True


class Subscriber(models.Model):
    """Someone who asked for new press releases by e-mail. Unconfirmed until they follow the link in
    the confirmation mail (deleted after PRESS_ALERTS_UNCONFIRMED_DAYS); unsubscribing deletes them."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail"), max_length=EMAIL_MAX_LENGTH, unique=True)
    topics = models.ManyToManyField(
        "news.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("None: every release."),
    )
    created_at = models.DateTimeField(_("subscribed"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("alert subscriber")
        verbose_name_plural = _("alert subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def language_codes(self):
        return [language.language for language in self.languages.all()]


class SubscriberLanguage(models.Model):
    """A language (and script) in which a subscriber receives releases."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=LANGUAGE_CODE_MAX_LENGTH, choices=settings.LANGUAGES)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "language"], name="press_alerts_one_row_per_language")
        ]

    def __str__(self):
        return self.language


class ConfirmationMail(OutgoingMail):
    """The mail that asks a new subscriber to confirm (or tells a subscribed one how to leave)."""

    class Kind(models.TextChoices):
        CONFIRM = "confirm", _("confirm the subscription")
        ALREADY_SUBSCRIBED = "already", _("already subscribed")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="confirmation_mails")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CONFIRM)
    language = models.CharField(_("language"), max_length=LANGUAGE_CODE_MAX_LENGTH, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("confirmation mail")
        indexes = [models.Index(fields=["status", "created_at"], name="press_alerts_confirm_queue")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class Alert(OutgoingMail):
    """One release in one language for one subscriber: recorded once (unique), when it went live."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    release = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=LANGUAGE_CODE_MAX_LENGTH, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "release", "language"], name="press_alerts_one_alert_per_release_language"
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="press_alerts_alert_queue")]

    def __str__(self):
        return f"{self.release_id} / {self.language} ({self.get_status_display()})"


class Journalist(models.Model):
    """A vetted journalist on the media list, who may receive releases under embargo."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=EMAIL_MAX_LENGTH)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True, help_text=_("e.g. the newspaper"))
    language = models.CharField(
        _("language"),
        max_length=LANGUAGE_CODE_MAX_LENGTH,
        choices=settings.LANGUAGES,
        help_text=_("The release is sent in this language and script."),
    )
    active = models.BooleanField(
        _("on the media list"),
        default=True,
        help_text=_("Untick to revoke: every advance copy link sent to this journalist stops working at once."),
    )

    class Meta:
        verbose_name = _("journalist")
        verbose_name_plural = _("media list")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} <{self.email}>"


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class AdvanceCopy(OutgoingMail):
    """A release under embargo sent ahead to one journalist, with a personal preview link. Only the
    link's hash is kept; a new token is made each time the mail is (re)tried."""

    journalist = models.ForeignKey(Journalist, on_delete=models.CASCADE, related_name="advance_copies")
    release = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("advance copy")
        verbose_name_plural = _("advance copies")
        ordering = ["-created_at"]
        permissions = [("send_advancecopy", _("Can send releases under embargo to the media list"))]
        indexes = [models.Index(fields=["status", "created_at"], name="press_alerts_copy_queue")]

    def __str__(self):
        return f"{self.release} → {self.journalist}"


class AdvanceCopyOpening(models.Model):
    """Each time an advance copy link is opened, and what the reader got."""

    class Outcome(models.TextChoices):
        SHOWN = "shown", _("release shown under embargo")
        REDIRECTED = "redirected", _("sent to the public release")
        REFUSED = "refused", _("refused (revoked or withdrawn)")

    copy = models.ForeignKey(AdvanceCopy, on_delete=models.CASCADE, related_name="openings")
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)

    class Meta:
        verbose_name = _("advance copy opening")
        ordering = ["-opened_at"]

    def __str__(self):
        return f"{self.opened_at:%Y-%m-%d %H:%M} {self.get_outcome_display()}"
