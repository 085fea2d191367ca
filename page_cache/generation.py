"""Old names kept only for building_blocks/languages.py, which another change in progress edits: it
should import cached_value and cached_value_for_page from page_cache.cached_values; then delete this."""

from .cached_values import cached_value as remembered
from .cached_values import cached_value_for_page as remembered_for_page

__all__ = ["remembered", "remembered_for_page"]
