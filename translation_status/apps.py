from django.apps import AppConfig


class TranslationStatusConfig(AppConfig):
    """The Serbian translation's state for every page and snippet (admin report and command), and the
    guard that keeps untranslated English from being published under Serbian addresses."""

    name = "translation_status"
    verbose_name = "Translation status"

    def ready(self):
        from . import integrity

        integrity.connect_signals()
