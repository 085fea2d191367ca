from django.apps import AppConfig


class BuildingBlocksConfig(AppConfig):
    """Pieces every content app shares: the base page, StreamField blocks, language links, menus."""

    name = "building_blocks"
    verbose_name = "Shared page building blocks"
