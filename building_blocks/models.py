from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from page_cache.versions import no_view_restrictions_anywhere

from .permissions import EditorialPagePermissionTester
from .routing import cached_route


class BasePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail reads every view restriction each time ``public()`` is called; while the request's
        content version counted none on the whole site, no page is private."""
        if no_view_restrictions_anywhere():
            return Q(pk__in=[])
        return super().private_q()


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
        return EditorialPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """Wagtail checks the page and its ancestors (two queries) before serving it; while the
        request's content version counted no view restriction on the whole site, none can apply."""
        if no_view_restrictions_anywhere():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def meta_description(self):
        return self.search_description or self.introduction
