from django.conf import settings
from django.db import models
from django.http import HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.compat import HTTPMethod
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from page_cache.view_restrictions import no_restrictions_anywhere


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

    # Readers' pages are only read; a page with a form adds POST (ContactPage). OPTIONS is answered,
    # but ``Allow`` names only the methods that do something here (site_security.http_methods).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        abstract = True

    @classmethod
    def methods_allowed(cls):
        return [name for name in cls.allowed_http_method_names() if name != HTTPMethod.OPTIONS.value]

    def check_request_method(self, request, *args, **kwargs):
        if request.method in self.allowed_http_method_names():
            return None
        response = HttpResponseNotAllowed(self.methods_allowed())
        response["Cache-Control"] = "no-store"
        return response

    def handle_options_request(self, request, *args, **kwargs):
        return HttpResponse(headers={"Allow": ", ".join(self.methods_allowed()), "Content-Length": "0"})

    def get_view_restrictions(self):
        """Wagtail checks the page and its ancestors (two queries) before serving it; a site with no
        private pages at all needs no check."""
        if no_restrictions_anywhere():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve_password_required_response(self, request, form, action_url):
        """The password screen of a private page, without the page: its title, description, picture
        and translations are what the password protects."""
        context = {"form": form, "action_url": action_url}
        return TemplateResponse(request, settings.WAGTAIL_PASSWORD_REQUIRED_TEMPLATE, context)

    @property
    def meta_description(self):
        return self.search_description or self.introduction
