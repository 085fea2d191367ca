from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Whole-page caching for anonymous readers, invalidated by a site-wide content generation."""

    name = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from . import signals, view_restrictions

        signals.connect()
        view_restrictions.install()
