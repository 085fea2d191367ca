from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from building_blocks.snippets import PublishedSnippet


class PartnerRole(models.TextChoices):
    """What a partner does for a programme; stored on the link between the two, not on the partner."""

    RUNS = "runs", _("Runs the programme")
    SUPPORTS = "supports", _("Supports the programme")
    FUNDS = "funds", _("Funds the programme")


class Partner(index.Indexed, PublishedSnippet):
    """An organisation that runs, supports or funds programmes (and, later, is named on releases).

    The logo's alternative text lives here, where wagtail-localize translates it, not on the image.
    """

    name = models.CharField(
        pgettext_lazy("organisation", "name"),
        max_length=255,
        help_text=_("The organisation's name as readers know it."),
    )
    logo = models.ForeignKey(
        "image_library.CreditedImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional logo, served from this site."),
    )
    logo_alt = models.CharField(
        _("logo alternative text"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “Atina logo”. Required when a logo is chosen."),
    )
    link = models.URLField(_("link"), blank=True, help_text=_("The organisation's website."))
    description = models.TextField(_("description"), blank=True, help_text=_("One or two sentences about them."))

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("logo_alt"),
        FieldPanel("link"),
        FieldPanel("description"),
        PublishingPanel(),
    ]
    preview_template = "partners/previews/partner.html"

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("logo_alt"),
        TranslatableField("description"),
        SynchronizedField("logo"),
        SynchronizedField("link"),
    ]

    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.logo_id and not self.logo_alt:
            raise ValidationError({"logo_alt": _("Describe the logo for people who cannot see it.")})
