from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Whole-page caching for anonymous readers and cached values, under a content version kept in
    the database and moved on by every content change, in whatever process makes it."""

    name = "page_cache"
    verbose_name = "Page cache"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
