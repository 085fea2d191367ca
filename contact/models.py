from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.compat import HTTPMethod
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from building_blocks.blocks import BaseStreamBlock
from building_blocks.constants import EMAIL_MAX_LENGTH, LANGUAGE_CODE_MAX_LENGTH
from building_blocks.models import BasePage
from building_blocks.snippets import PublishedSnippet
from building_blocks.subpages import TranslatedSubpagesMixin

from .choices import MessageSubject
from .constants import MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH
from .forms import ContactForm
from .notifications import send_notification
from .rate_limit import over_rate_limit


class PressContact(PublishedSnippet):
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
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("languages"),
        PublishingPanel(),
    ]
    preview_template = "contact/previews/press_contact.html"

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


class Office(PublishedSnippet):
    """An office readers can visit, call or write to. Only the name is required: details the
    organisations have not published stay blank rather than being guessed."""

    name = models.CharField(pgettext_lazy("office", "name"), max_length=255, help_text=_("e.g. IOM Belgrade"))
    address = models.TextField(_("address"), blank=True, help_text=_("Public offices only; never a shelter."))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("In international format, e.g. +381 11 …")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(
        _("opening hours"), max_length=255, blank=True, help_text=_("e.g. Monday to Friday, 9:00–17:00")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
        PublishingPanel(),
    ]
    preview_template = "contact/previews/office.html"

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("opening_hours"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["name"]

    def __str__(self):
        return self.name


# Contact messages show their times in one zone and one format everywhere: the admin's list and
# detail (whatever an editor's own time zone), the CSV and XLSX exports and the staff e-mail.
CONTACT_TIME_ZONE = ZoneInfo("Europe/Belgrade")
CONTACT_TIME_FORMAT = "%Y-%m-%d %H:%M"


def contact_time(value):
    """A contact message's time as staff read it: Belgrade time, "2026-12-01 23:51"."""
    if value is None:
        return ""
    return timezone.localtime(value, CONTACT_TIME_ZONE).strftime(CONTACT_TIME_FORMAT)


class ContactMessage(models.Model):
    """A message sent with the contact form. It is saved before any e-mail is attempted, so a mail
    server that is down loses nothing; ``retry_contact_emails`` sends the unsent ones later and
    ``delete_old_contact_messages`` removes them after CONTACT_RETENTION_DAYS."""

    created_at = models.DateTimeField(_("received (Belgrade time)"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=LANGUAGE_CODE_MAX_LENGTH, choices=settings.LANGUAGES)
    name = models.CharField(pgettext_lazy("person", "name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("e-mail"), max_length=EMAIL_MAX_LENGTH)
    topic = models.CharField(_("topic"), max_length=20, choices=MessageSubject.choices)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    consent = models.BooleanField(_("consent to processing"), default=False)
    sent = models.BooleanField(_("e-mailed to staff"), default=False, db_index=True)
    sent_at = models.DateTimeField(_("e-mailed at (Belgrade time)"), null=True, blank=True)
    send_attempts = models.PositiveIntegerField(_("sending attempts"), default=0)
    last_error = models.CharField(
        _("last sending error"), max_length=200, blank=True, help_text=_("The error's type only, never its text.")
    )

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]
        # Who may download the messages as CSV or XLSX ("Contact message readers" may).
        permissions = [("export_contactmessage", _("Can export contact messages"))]

    def __str__(self):
        return f"{self.get_topic_display()} – {self.get_created_at_display()}"

    # Read by the admin's detail view (InspectView), the list's column, the exports and the e-mail.
    def get_created_at_display(self):
        return contact_time(self.created_at)

    def get_sent_at_display(self):
        return contact_time(self.sent_at)


class ContactPage(TranslatedSubpagesMixin, BasePage):
    """How to reach the organisations: offices, press contacts and a contact form.

    The form posts to the page itself and redirects to ``thank-you/`` (post/redirect/get). Each valid
    message is saved before the staff are e-mailed; see ``contact.messages``.
    """

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "contact/contact_page.html"
    allowed_http_methods = BasePage.allowed_http_methods + [HTTPMethod.POST]  # the contact form

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["press_contacts"] = PressContact.objects.live().filter(locale=self.locale)
        context["offices"] = Office.objects.live().filter(locale=self.locale)
        return context

    @path("")
    def contact_form(self, request):
        """Rate limit, validation, save, then e-mail, then redirect. CSRF is checked by the middleware;
        only this page renders a token, so only it sets the cookie."""
        if request.method == "POST":
            if over_rate_limit(request):
                response = self.render(request, context_overrides={"form": None, "rate_limited": True})
                response.status_code = 429
                return response
            form = ContactForm(request.POST)
            if form.is_valid():
                message = ContactMessage.objects.create(language=translation.get_language(), **form.message_fields())
                send_notification(message)
                return redirect(self.get_url(request) + self.reverse_subpage("thank_you"))
            form.fresh_token()
        else:
            form = ContactForm()
        return self.render(request, context_overrides={"form": form})

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        return self.render(request, template="contact/contact_thank_you.html")
