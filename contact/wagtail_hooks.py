from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactMessage, Office, PressContact, contact_time


# Registered in the "Site content" menu group (site_settings/wagtail_hooks.py).
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


# A cell a spreadsheet would read as a formula (or a formula's start, after a tab or carriage return)
# is written as text: CSV gets a leading apostrophe, XLSX a text cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class ContactMessageIndexView(IndexView):
    """The list and its exports. Exporting needs the "export" permission; every cell a reader wrote
    is neutralised so that it cannot become a formula, and times are the messages' one format."""

    custom_field_preprocess = {
        field: {IndexView.FORMAT_CSV: contact_time, IndexView.FORMAT_XLSX: contact_time}
        for field in ("created_at", "sent_at")
    }

    def get(self, request, *args, **kwargs):
        if self.is_export and not self.may_export:
            raise PermissionDenied
        return super().get(request, *args, **kwargs)

    @cached_property
    def may_export(self):
        return self.permission_policy.user_has_permission(self.request.user, "export")

    @cached_property
    def show_export_buttons(self):
        return super().show_export_buttons and self.may_export

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_text(value)
        return value  # XLSX: Wagtail writes strings that look like formulas as text cells


class ContactMessageViewSet(ModelViewSet):
    """Staff read, filter and export messages; they are not edited here (only deleted)."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ContactMessageIndexView
    list_display = [
        Column(
            "created_at", label=_("Received (Belgrade time)"), accessor="get_created_at_display", sort_key="created_at"
        ),
        "topic",
        "name",
        "email",
        "language",
        "sent",
        "send_attempts",
    ]
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


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")
