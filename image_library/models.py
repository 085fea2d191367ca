import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from .metadata import strip_metadata

# Editors are warned this long before a consent ends (on their dashboard and by e-mail).
CONSENT_WARNING_DAYS = 14


class Licence(models.TextChoices):
    """Under which terms journalists may use a picture. The names and terms are interface strings, so
    readers get them in their own language whatever the image."""

    ASK_FIRST = "ask-first", _("All rights reserved")
    EDITORIAL = "editorial", _("Free for editorial use with credit")
    CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_NC = "cc-by-nc-4.0", _("Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)")


LICENCE_TERMS = {
    Licence.ASK_FIRST: _("Ask the press contacts before publishing this picture."),
    Licence.EDITORIAL: _(
        "You may publish this picture free of charge in news reporting about the subject it was released "
        "with, with the credit line as given. No advertising, no changes beyond cropping and resizing, no resale."
    ),
    Licence.CC_BY: _(
        "You may share and adapt this picture for any purpose, with the credit line and a link to the licence."
    ),
    Licence.CC_BY_NC: _(
        "You may share and adapt this picture for non-commercial purposes, with the credit line and a link "
        "to the licence."
    ),
}

LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
}


class CreditedImage(AbstractImage):
    """An image with the photographer's or owner's credit and its licence, shown wherever the image is
    published, and the consent record of the people it shows.

    A picture of an identifiable person needs a consent record (who gave it, when, until when). The
    picture is shown and downloadable only while consent lasts (``consent_is_valid``, checked where it
    is rendered); ``manage.py withdraw_expired_images`` records the withdrawal, which moves the content
    version on so that no cached page keeps it, and warns editors two weeks ahead.

    Alt text is not stored here: it lives on the page or block that uses the image, where
    wagtail-localize can translate it.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who took or owns the picture, e.g. “© IOM 2006”."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=Licence.choices,
        default=Licence.ASK_FIRST,
        blank=True,  # uploads that do not say (several at once, the API) get the default on save
        help_text=_("Under which terms journalists may publish the picture."),
    )
    shows_identifiable_person = models.BooleanField(
        _("shows an identifiable person"),
        default=False,
        help_text=_("Tick if anyone could be recognised. Such a picture needs a consent record before it is shown."),
    )
    consent_given_by = models.CharField(
        _("consent given by"),
        max_length=255,
        blank=True,
        help_text=_("The person shown, or their guardian. For editors only; never shown to readers."),
    )
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_until = models.DateField(
        _("consent valid until"),
        null=True,
        blank=True,
        help_text=_(
            "The last day the picture may be shown. The next day it disappears from the site and its "
            "downloads. Leave empty if the consent has no end."
        ),
    )
    consent_withdrawn_at = models.DateTimeField(
        _("withdrawn from the site at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the picture was withdrawn because its consent ended."),
    )
    consent_warning_sent_for = models.DateField(
        _("expiry warning sent for"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The end of consent editors were last warned about by e-mail."),
    )

    admin_form_fields = Image.admin_form_fields + (
        "credit",
        "licence",
        "shows_identifiable_person",
        "consent_given_by",
        "consent_given_on",
        "consent_until",
    )

    # The public API searches only the images that may be shown (image_library.consent.may_be_shown).
    search_fields = AbstractImage.search_fields + [
        index.FilterField("shows_identifiable_person"),
        index.FilterField("consent_given_by"),
        index.FilterField("consent_given_on"),
        index.FilterField("consent_until"),
    ]

    def clean(self):
        super().clean()
        errors = {}
        if self.shows_identifiable_person:
            if not self.consent_given_by.strip():
                errors["consent_given_by"] = _("A picture of an identifiable person needs to say who gave consent.")
            if self.consent_given_on is None:
                errors["consent_given_on"] = _("A picture of an identifiable person needs the date of the consent.")
        if self.consent_given_on and self.consent_until and self.consent_until < self.consent_given_on:
            errors["consent_until"] = _("Consent cannot end before it was given.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.licence:
            self.licence = Licence.ASK_FIRST
        if self.consent_withdrawn_at is not None and self.consent_is_valid():
            self.consent_withdrawn_at = None  # consent renewed: the picture may be shown again
        super().save(*args, **kwargs)

    def has_consent_record(self):
        return bool(self.consent_given_by.strip() and self.consent_given_on)

    def consent_is_valid(self, today=None):
        """Whether the picture may be shown and downloaded today (in the site's time zone): it shows
        nobody identifiable, or it has a consent record that has not ended."""
        if not self.shows_identifiable_person:
            return True
        if not self.has_consent_record():
            return False
        today = today or timezone.localdate()
        return self.consent_until is None or self.consent_until >= today

    @property
    def is_public(self):
        """For templates: the picture may be shown to readers today."""
        return self.consent_is_valid()

    def consent_ends_soon(self, today=None):
        today = today or timezone.localdate()
        return (
            self.shows_identifiable_person
            and self.consent_until is not None
            and today <= self.consent_until < today + datetime.timedelta(days=CONSENT_WARNING_DAYS)
        )

    @property
    def licence_terms(self):
        return LICENCE_TERMS.get(self.licence, "")

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def file_format(self):
        """The original's format as readers know it: JPEG, PNG, WEBP…"""
        extension = self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""
        return "JPEG" if extension == "JPG" else extension

    def generate_rendition_file(self, filter, *, source=None):
        """Wagtail copies the original's EXIF into renditions: every rendition loses its metadata too
        (see metadata.py), whatever the original still holds."""
        generated = super().generate_rendition_file(filter, source=source)
        generated.seek(0)
        cleaned = strip_metadata(generated.read())
        generated.seek(0)
        return ContentFile(cleaned.data, name=generated.name) if cleaned.changed else generated


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
