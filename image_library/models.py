from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .metadata import strip_metadata


class CreditedImage(AbstractImage):
    """An image with the photographer's or owner's credit, shown wherever the image is published.

    Alt text is not stored here: it lives on the page or block that uses the image, where
    wagtail-localize can translate it.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who took or owns the picture, e.g. “© IOM 2006”."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

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
