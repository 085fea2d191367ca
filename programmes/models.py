from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from building_blocks.blocks import BaseStreamBlock
from building_blocks.models import BasePage
from image_library.downloads import PressImagesMixin
from partners.models import PartnerRole

from .blocks import KeyFiguresListBlock, ServicesBlock
from .locations import location_findings, looks_like_street_address  # noqa: F401 (tests and callers)


class ProgrammeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Running")
    ENDED = "ended", _("Ended")


class ProgrammeIndexPage(BasePage):
    """The list of programmes the organisations run, in one language, grouped by status."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage"]
    max_count_per_parent = 1
    template = "programmes/programme_index_page.html"

    class Meta:
        verbose_name = _("programme index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programmes = list(ProgrammePage.objects.child_of(self).live().public().specific().order_by("path"))
        context["programmes"] = programmes
        context["programme_groups"] = [
            {"status": status, "label": label, "programmes": [p for p in programmes if p.status == status]}
            for status, label in ProgrammeStatus.choices
            if any(p.status == status for p in programmes)
        ]
        return context


class ProgrammePage(PressImagesMixin, BasePage):
    """One programme, such as the reintegration centre: what it offers, to whom, where, who runs it.

    Shelter safety, by design. A programme whose location is confidential (a transition house or any
    shelter) is marked ``confidential_location``. Then:

    * the page has no coordinates or map fields at all (no programme has; the site shows no maps);
    * ``clean()`` rejects a public address, and rejects any text field, block or rich text that
      holds a street address, house number, postcode, coordinates or a map link (``locations.py``),
      so neither an editor's slip nor a translation can store it, even as a draft; the guards in
      ``signals.py`` refuse the same on every other path (a page or revision saved without
      ``clean()``: copies, imports, wagtail-localize, code);
    * the template never renders the address of a confidential programme, even if one were stored
      by code bypassing validation; readers are pointed to the hotline or the field team instead.

    Only "how to get help" (a hotline, the field team) tells readers how to reach such a programme.
    """

    confidential_location = models.BooleanField(
        _("the location is confidential"),
        default=False,
        help_text=_(
            "Tick for a shelter or transition house. The page then cannot show an address, and "
            "“where it works” may only name a city or region."
        ),
    )
    who_it_is_for = models.TextField(
        _("who it is for"), blank=True, help_text=_("The people the programme helps, in plain words.")
    )
    services = StreamField(
        ServicesBlock(), blank=True, verbose_name=_("services"), help_text=_("The services offered, one per item.")
    )
    where_it_works = models.CharField(
        _("where it works"),
        max_length=255,
        blank=True,
        help_text=_("Cities or regions only, e.g. “Belgrade and rural areas”. Never a shelter's address."),
    )
    public_address = models.TextField(
        _("public address"),
        blank=True,
        help_text=_("Only for offices open to the public. Not allowed when the location is confidential."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProgrammeStatus.choices, default=ProgrammeStatus.ACTIVE
    )
    start_date = models.DateField(_("start date"), null=True, blank=True, help_text=_("When it started, if known."))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("When it ended or will end."))
    key_figures = StreamField(
        KeyFiguresListBlock(), blank=True, verbose_name=_("key figures"), help_text=_("Numbers that matter.")
    )
    how_to_get_help = models.TextField(
        _("how to get help"),
        blank=True,
        help_text=_("How a person reaches the programme: a hotline or the field team, never an address."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("confidential_location"),
        FieldPanel("who_it_is_for"),
        FieldPanel("services"),
        MultiFieldPanel([FieldPanel("where_it_works"), FieldPanel("public_address")], heading=_("Where")),
        MultiFieldPanel(
            [FieldPanel("status"), FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])],
            heading=_("Status and dates"),
        ),
        InlinePanel("partner_roles", label=_("Partners"), heading=_("Who runs and supports it")),
        FieldPanel("key_figures"),
        FieldPanel("how_to_get_help"),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("who_it_is_for"),
        index.SearchField("services"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]

    api_fields = [
        APIField("introduction"),
        APIField("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("who_it_is_for"),
        APIField("services"),
        APIField("body"),
    ]

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    template = "programmes/programme_page.html"

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        for field_name, message in self.location_errors().items():
            errors.setdefault(field_name, message)
        if errors:
            raise ValidationError(errors)

    def location_errors(self, only=None):
        """{field name: message} for whatever would say where a confidential programme is (nothing for
        other programmes); ``only`` limits the check to the named fields."""
        if not self.confidential_location:
            return {}
        errors = {}
        if self.public_address.strip() and (only is None or "public_address" in only):
            errors["public_address"] = _(
                "A programme with a confidential location cannot have a public address. "
                "Remove it: readers reach the programme through the hotline or the field team."
            )
        for field_name, message in location_findings(self, only=only).items():
            errors.setdefault(field_name, message)
        return errors

    @property
    def shown_address(self):
        """The address the page may show: never one of a confidential programme."""
        return "" if self.confidential_location else self.public_address

    def partner_links(self):
        return (
            self.partner_roles.filter(partner__live=True)
            .select_related("partner", "partner__logo")
            .prefetch_related("partner__logo__renditions")
        )

    def related_releases(self):
        """Live releases in this page's language that name this programme in any language.

        wagtail-localize copies the release→programme link as it is, so a Serbian release points to
        the English programme: match on the programme's translation key, not its id. The release model
        is read from news's relation to programmes (related_name "press_releases"): news sits above.
        """
        releases = self._meta.get_field("press_releases").related_model
        return (
            releases.objects.live()
            .public()
            .filter(locale_id=self.locale_id, related_programmes__translation_key=self.translation_key)
            .distinct()
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_links"] = list(self.partner_links())
        context["related_releases"] = list(self.related_releases())
        return context


class ProgrammePartner(TranslatableMixin, Orderable):
    """A partner's role in one programme (runs, supports, funds). Translatable, so the Serbian
    programme names the Serbian version of the partner."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="partner_roles")
    partner = models.ForeignKey(
        "partners.Partner", verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.SUPPORTS)

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partner role")
        verbose_name_plural = _("partner roles")
