"""wagtail-localize's "Synchronise content from another locale" copies every English page into the
Serbian locale and publishes the copies (its issues 871 and 743): English under Serbian addresses.
Translations here are made page by page, so the option is taken out of the locale editor and its
save signal disconnected."""

from django.db.models.signals import post_save
from wagtail_localize.locales.components import LOCALE_COMPONENTS
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save


def disable_locale_synchronisation():
    LOCALE_COMPONENTS[:] = [
        component for component in LOCALE_COMPONENTS if component["model"] is not LocaleSynchronization
    ]
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
