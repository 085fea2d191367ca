from django.apps import AppConfig


class SerbianScriptConfig(AppConfig):
    """Serbian in both scripts from one translation: Latin text is turned into Cyrillic on the way out."""

    name = "serbian_script"
    verbose_name = "Serbian scripts"

    def ready(self):
        from . import signals

        signals.connect()
