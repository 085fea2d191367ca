"""Queues alerts when a press release goes live in a language for the first time.

Wagtail sends ``page_published`` for every way a page goes live: the admin's Publish, a moderator's
approval, ``publish_scheduled`` when an embargo lifts, wagtail-localize's publishing of a translation.
On a page's first publication Wagtail sets ``first_published_at`` and ``last_published_at`` to the same
moment; a later edit or a re-publication after unpublishing leaves ``first_published_at`` earlier, so
readers are alerted to a release once, not to each correction. The rows are written in the publishing
transaction: if the publication rolls back, so do its alerts.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.signals import page_published

from news.models import PressReleasePage

from .models import Alert, SubscriberLanguage

BATCH_SIZE = 500


def reader_languages(content_language):
    """The interface languages that read a content language: Serbian content is read in Latin
    (sr-latn) and in Cyrillic (sr)."""
    return [
        code for code, _name in settings.LANGUAGES if get_supported_content_language_variant(code) == content_language
    ]


def is_first_publication(page):
    return page.live and page.first_published_at is not None and page.first_published_at == page.last_published_at


def queue_alerts(sender, instance, **kwargs):
    page = instance
    if not isinstance(page, PressReleasePage) or not is_first_publication(page):
        return
    if not Page.objects.filter(pk=page.pk).live().public().exists():
        return  # private releases are never e-mailed
    topic_keys = [link.topic.translation_key for link in page.topic_links.select_related("topic")]
    wanted = (
        SubscriberLanguage.objects.filter(
            language__in=reader_languages(page.locale.language_code), subscriber__confirmed_at__isnull=False
        )
        .filter(Q(subscriber__topics__isnull=True) | Q(subscriber__topics__translation_key__in=topic_keys))
        .values_list("subscriber_id", "language")
        .distinct()
    )
    alerts = [
        Alert(subscriber_id=subscriber_id, release_id=page.pk, language=language) for subscriber_id, language in wanted
    ]
    Alert.objects.bulk_create(alerts, batch_size=BATCH_SIZE, ignore_conflicts=True)


def connect():
    page_published.connect(queue_alerts, dispatch_uid="press_alerts_queue_alerts")
