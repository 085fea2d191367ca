"""The search index follows the live pages. A full save of a page (publishing, creating it live,
moving it) indexes what is live; a draft is saved with update_fields and never reaches the index,
and a page scheduled to go live later is saved not live, so embargoed text stays out. Unpublished
pages leave it; deleted ones leave it through the foreign key's cascade."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_unpublished

from .indexer import index_page, remove_page


@receiver(post_save)
def index_saved_page(sender, instance, raw=False, update_fields=None, **kwargs):
    if isinstance(instance, Page) and not raw and update_fields is None:
        index_page(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    remove_page(instance)
