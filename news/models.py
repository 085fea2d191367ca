from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from building_blocks.blocks import BaseStreamBlock
from building_blocks.models import BasePage


class PressReleaseQuerySet(PageQuerySet):
    def for_listing(self, locale):
        """Live public releases of one language, newest first, with what a listing card shows."""
        return self.live().public().filter(locale=locale).select_related("hero_image").order_by("-date", "-pk")


class NewsIndexPage(BasePage):
    """The newsroom of one language: every press release, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PressReleasePage"]
    max_count_per_parent = 1
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["releases"] = PressReleasePage.objects.child_of(self).for_listing(self.locale)
        return context


class PressReleasePage(BasePage):
    """A press release: dateline and date, lead, body, and the press contacts at the end."""

    date = models.DateField(_("publication date"), help_text=_("The date printed on the release."))
    dateline = models.CharField(
        _("dateline"), max_length=100, blank=True, help_text=_("Where the news comes from, e.g. Belgrade.")
    )
    hero_image = models.ForeignKey(
        "image_library.CreditedImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional picture shown above the release."),
    )
    hero_image_alt = models.CharField(
        _("image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it. Translated with the page."),
    )
    hero_image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    related_programmes = ParentalManyToManyField(
        "programmes.ProgrammePage",
        verbose_name=_("related programmes"),
        blank=True,
        related_name="press_releases",
        help_text=_("The release is listed on these programmes' pages."),
    )

    objects = PageManager.from_queryset(PressReleaseQuerySet)()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("dateline")], heading=_("Date and place")),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_caption")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldPanel("related_programmes", widget=forms.CheckboxSelectMultiple),
        InlinePanel("press_contacts", label=_("Press contacts"), heading=_("For further information")),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("dateline"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/press_release_page.html"

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image_alt:
            raise ValidationError({"hero_image_alt": _("Describe the image for people who cannot see it.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = [link.contact for link in self.press_contacts.select_related("contact")]
        return context


class PressReleaseContact(TranslatableMixin, Orderable):
    """A press contact named at the end of one release. Translatable, so that the Serbian release
    names the Serbian version of the contact."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="press_contacts")
    contact = models.ForeignKey(
        "contact.PressContact", verbose_name=_("contact"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("contact")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
