from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactMessage, Office, PressContact


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    menu_label = _("Press contacts")
    list_display = ["name", "organisation", "email", "phone"]
    search_fields = ["name", "organisation", "email"]


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices")
    list_display = ["name", "phone", "email"]
    search_fields = ["name"]


class ReadAndDeleteOnlyPolicy(ModelPermissionPolicy):
    """Messages are what readers sent: staff may read, export and delete them, never write them."""

    READ_ONLY_ACTIONS = ("add", "change")

    def user_has_permission(self, user, action):
        if action in self.READ_ONLY_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in self.READ_ONLY_ACTIONS]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


class ContactMessageViewSet(ModelViewSet):
    """Staff read, filter and export messages; they are not edited here (only deleted)."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["created_at", "topic", "name", "email", "language", "sent", "send_attempts"]
    list_filter = {"topic": ["exact"], "sent": ["exact"], "created_at": ["gte", "lte"]}
    list_export = [
        "created_at",
        "language",
        "topic",
        "name",
        "email",
        "message",
        "consent",
        "sent",
        "sent_at",
        "send_attempts",
        "last_error",
    ]
    export_filename = "contact-messages"
    search_fields = ["name", "email", "message"]
    form_fields = ["topic"]  # required by ModelViewSet; the add and edit views are refused by the policy
    inspect_view_enabled = True
    copy_view_enabled = False


register_permission_policy(ContactMessage, ReadAndDeleteOnlyPolicy(ContactMessage))
register_snippet(PressContactViewSet)
register_snippet(OfficeViewSet)


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")
