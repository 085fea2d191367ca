from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


# Registered in the "Site content" menu group (site_settings/wagtail_hooks.py).
class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "link"]
    search_fields = ["name"]
