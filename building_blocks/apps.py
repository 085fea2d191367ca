from django.apps import AppConfig
from django.db.models.signals import post_migrate


class BuildingBlocksConfig(AppConfig):
    """Pieces every content app shares: the base page, StreamField blocks, language links, menus."""

    name = "building_blocks"
    verbose_name = "Shared page building blocks"

    def ready(self):
        from . import site_address

        post_migrate.connect(site_address.sync_default_site, sender=self)
