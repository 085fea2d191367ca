from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
        path("two-factor/setup/", two_factor.setup, name="two_factor_setup"),
    ]


@hooks.register("register_settings_menu_item")
def two_factor_menu_item():
    return MenuItem(_("Two-factor sign-in"), reverse("two_factor_setup"), icon_name="key", order=900)
