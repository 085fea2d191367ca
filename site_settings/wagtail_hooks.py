from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteTexts


class SiteTextsViewSet(SnippetViewSet):
    model = SiteTexts
    icon = "doc-full"
    menu_label = _("Site texts")
    list_display = ["__str__", "organisation_name"]


register_snippet(SiteTextsViewSet)
