from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PressContact


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    menu_label = "Press contacts"
    list_display = ["name", "organisation", "email", "phone"]
    search_fields = ["name", "organisation", "email"]


register_snippet(PressContactViewSet)
