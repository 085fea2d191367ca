from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from building_blocks.blocks import BaseStreamBlock
from building_blocks.models import BasePage


class ProgrammeIndexPage(BasePage):
    """The list of programmes the organisations run, in one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage"]
    max_count_per_parent = 1
    template = "programmes/programme_index_page.html"

    class Meta:
        verbose_name = _("programme index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = ProgrammePage.objects.child_of(self).live().public().order_by("path")
        return context


class ProgrammePage(BasePage):
    """One programme, such as the reintegration centre: what it offers, to whom, and who runs it."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    template = "programmes/programme_page.html"

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
