from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressAlertsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "press_alerts"
    verbose_name = _("Press alerts and advance copies")

    def ready(self):
        from . import signals

        signals.connect()
