from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from page_cache.view_restrictions import no_restrictions_anywhere

from .permissions import EditorialPagePermissionTester


class BasePage(Page):
    """Fields and behaviour every public page shares: an introduction used as the page's lead,
    in listings and as the fallback meta description."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences that open the page and describe it in listings and search results."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return EditorialPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """Wagtail checks the page and its ancestors (two queries) before serving it; a site with no
        private pages at all needs no check."""
        if no_restrictions_anywhere():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def meta_description(self):
        return self.search_description or self.introduction
