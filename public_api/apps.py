from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicApiConfig(AppConfig):
    name = "public_api"
    verbose_name = _("Read-only API")
