from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialRolesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial_roles"
    verbose_name = _("Editorial roles")

    def ready(self):
        from . import embargo

        embargo.connect_signals()
