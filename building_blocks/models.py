from functools import cache

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.compat import HTTPMethod
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from image_library.consent import check_images_may_be_published
from page_cache.versions import no_view_restrictions_anywhere

from .forms import BasePageForm
from .routing import cached_route


class BasePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail reads every view restriction each time ``public()`` is called; while the request's
        content version counted none on the whole site, no page is private."""
        if no_view_restrictions_anywhere():
            return Q(pk__in=[])
        return super().private_q()


@cache
def page_permission_tester():
    """The tester class of settings.PAGE_PERMISSION_TESTER: the editorial roles sit above this app,
    so they supply their rules by setting, not by an import."""
    return import_string(settings.PAGE_PERMISSION_TESTER)


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

    objects = PageManager.from_queryset(BasePageQuerySet)()

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    # Readers' pages are only read; a page with a form adds POST (ContactPage). OPTIONS is answered,
    # but ``Allow`` names only the methods that do something here (site_security.http_methods).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail's routing, from the cached walk through the tree when there is one (routing.py)."""
        if path_components:
            result = cached_route(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)

    def permissions_for_user(self, user):
        return page_permission_tester()(user, self)

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
        """Wagtail checks the page and its ancestors (two queries) before serving it; while the
        request's content version counted no view restriction on the whole site, none can apply."""
        if no_view_restrictions_anywhere():
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
