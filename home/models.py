from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from building_blocks.blocks import BaseStreamBlock
from building_blocks.models import BasePage
from news.models import PressReleasePage
from page_cache.cached_values import cached_value_for_page
from programmes.models import ProgrammePage

LATEST_NEWS_ON_HOME = 3


class HomePage(BasePage):
    """The front page of one language: what the organisations do, the latest news, the sections."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.StandardPage",
        "news.NewsIndexPage",
        "news.PressRoomPage",
        "programmes.ProgrammeIndexPage",
        "contact.ContactPage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Cached per content version (a publish or a new view restriction moves it): three queries fewer a visit.
        context["latest_releases"] = cached_value_for_page(request, self, "home:latest-releases", self._latest_releases)
        context["programmes"] = cached_value_for_page(request, self, "home:programmes", self._programmes)
        return context

    def _latest_releases(self):
        return list(PressReleasePage.objects.for_listing(self.locale_id)[:LATEST_NEWS_ON_HOME])

    def _programmes(self):
        return list(ProgrammePage.objects.live().public().filter(locale_id=self.locale_id).order_by("path"))


class SectionPage(BasePage):
    """A section of the site such as “Who we are” or “Our work”: an introduction and its pages."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]
    template = "home/section_page.html"

    class Meta:
        verbose_name = _("section page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_pages"] = self.get_children().live().public().specific().order_by("path")
        return context


class StandardPage(BasePage):
    """A page of text, such as “About” or a privacy notice."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    template = "home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
