from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from image_library.consent import check_images_may_be_published
from page_cache.view_restrictions import no_restrictions_anywhere

from .forms import BasePageForm

# Wagtail's publish_scheduled passes this: the go-live of a revision approved (and checked) earlier.
SCHEDULED_PUBLISHING = "wagtail.publish.scheduled"


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

    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def publish(self, revision, *args, log_action=True, **kwargs):
        """Refuses to publish a revision that shows a picture without valid consent: workflow approval,
        bulk publishing, translations and code all come here (the editor's own Publish is answered
        earlier, with a message, by the form and the before_publish_page hook). A scheduled go-live
        was checked when it was approved; if consent has ended since, the page goes live on time and
        the picture is left out when it is rendered."""
        if log_action != SCHEDULED_PUBLISHING:
            check_images_may_be_published(revision.as_object())
        return super().publish(revision, *args, log_action=log_action, **kwargs)

    def get_view_restrictions(self):
        """Wagtail checks the page and its ancestors (two queries) before serving it; a site with no
        private pages at all needs no check."""
        if no_restrictions_anywhere():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def meta_description(self):
        return self.search_description or self.introduction
