from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from building_blocks.blocks import BaseStreamBlock
from building_blocks.models import BasePage


class PressContact(TranslatableMixin, models.Model):
    """A person journalists can call or write to; chosen on press releases and listed for the press."""

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=255, blank=True, help_text=_("e.g. Communications officer"))
    organisation = models.CharField(_("organisation"), max_length=255, help_text=_("e.g. IOM Belgrade"))
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("In international format, e.g. +381 11 …")
    )
    languages = models.CharField(
        _("languages spoken"), max_length=255, blank=True, help_text=_("e.g. English, Serbian")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("languages"),
    ]

    # A person's name and direct lines are the same in every language; only descriptions are translated.
    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("organisation"),
        TranslatableField("languages"),
        SynchronizedField("name"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"


class ContactPage(BasePage):
    """How to reach the organisations: offices, press contacts and, later, a contact form."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "contact/contact_page.html"

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["press_contacts"] = PressContact.objects.filter(locale=self.locale)
        return context
