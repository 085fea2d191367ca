from django.apps import AppConfig


class InitialContentConfig(AppConfig):
    """The real content the site starts with, from the seed document, in English and Serbian."""

    name = "initial_content"
    verbose_name = "Initial content"
