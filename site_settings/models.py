"""Settings editors change in the admin.

Two models, because wagtail-localize translates snippets but not site settings:

* ``SiteSettings`` (a ``BaseSiteSetting``, one per site) holds what is the same in every language:
  the help line's number, the social links and the privacy notice page (linked in the page's language);
* ``SiteTexts`` (a translatable snippet, one per language) holds the words: the organisation's name,
  the text next to the help line, the footer text. It is translated like any other snippet.

Everything is empty by default: the site shows nothing it was not told (no invented help line),
except the quick exit's destination, which must always lead somewhere neutral.
Both are read once per request (see ``site_settings.templatetags.site_settings_tags``).
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin

from building_blocks.snippets import PublishedSnippet

# A search engine's home page: neutral, always up, and it looks like ordinary browsing.
DEFAULT_QUICK_EXIT_URL = "https://www.google.com/"


@register_setting(icon="cogs")
class SiteSettings(BaseSiteSetting):
    helpline_number = models.CharField(
        _("help line number"),
        max_length=40,
        blank=True,
        help_text=_("Shown in the header of every page when set, e.g. +381 …. Leave empty if there is none."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer and the contact form, in the reader's language."),
    )
    default_share_image = models.ForeignKey(
        "image_library.CreditedImage",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page without its own picture is shared on social media (cropped to 1200×630)."),
    )
    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default=DEFAULT_QUICK_EXIT_URL,
        validators=[URLValidator(schemes=["https"], message=_("Enter an https:// address."))],
        help_text=_(
            "The neutral site the “Leave this site” button opens in place of this one, e.g. a search "
            "engine or a weather site. It must be an https:// address."
        ),
    )
    cover_tracks_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("advice on covering your tracks"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked next to the “Leave this site” button, in the reader's language."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        FieldPanel("helpline_number"),
        FieldPanel("privacy_page"),
        FieldPanel("default_share_image"),
        FieldPanel("quick_exit_url"),
        FieldPanel("cover_tracks_page"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        candidates = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in candidates if url]


class SiteTexts(PublishedSnippet):
    """The site's words that editors set, one set per language."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=255,
        blank=True,
        help_text=_("Shown as the site's name in the header; the default name is used when empty."),
    )
    helpline_text = models.CharField(
        _("help line text"),
        max_length=255,
        blank=True,
        help_text=_("Shown before the help line number, e.g. “Need help? Call”."),
    )
    footer_text = models.TextField(_("footer text"), blank=True, help_text=_("Shown at the bottom of every page."))

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("helpline_text"),
        FieldPanel("footer_text"),
        PublishingPanel(),
    ]
    preview_template = "site_settings/previews/site_texts.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site texts")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return str(_("Site texts (%(language)s)") % {"language": self.locale.get_display_name()})

    def get_preview_context(self, request, mode_name):
        # The header and footer show these texts in place of the published ones (site_chrome).
        return {**super().get_preview_context(request, mode_name), "previewed_site_texts": self}

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        if SiteTexts.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk).exists():
            raise ValidationError(_("This language already has its site texts: edit those instead."))
