from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from contact.wagtail_hooks import OfficeViewSet, PressContactViewSet
from news.wagtail_hooks import TopicViewSet
from partners.wagtail_hooks import PartnerViewSet

from .models import SiteTexts


class SiteTextsViewSet(SnippetViewSet):
    model = SiteTexts
    icon = "doc-full"
    menu_label = _("Site texts")
    list_display = ["__str__", "organisation_name"]


class SiteContentGroup(SnippetViewSetGroup):
    """The snippets public pages show, edited with drafts and moderation like the pages: one menu."""

    menu_label = _("Site content")
    menu_icon = "folder-open-inverse"
    menu_order = 240
    items = (SiteTextsViewSet, OfficeViewSet, PressContactViewSet, TopicViewSet, PartnerViewSet)


register_snippet(SiteContentGroup)
