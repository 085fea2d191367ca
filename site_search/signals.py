"""The search index follows publishing: published pages are (re)indexed, unpublished ones leave it.
Deleted pages leave it through the foreign key's cascade."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .indexer import index_page, remove_page


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    remove_page(instance)
