"""The newsroom's RSS 2.0 and Atom 1.0 feeds, on Django's syndication framework; NewsIndexPage serves
them at its feed/rss/ and feed/atom/ sub-pages (kanal/… in Serbian), for all releases or one topic."""

import uuid

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from building_blocks.languages import bcp47
from building_blocks.site_address import absolute_url, page_full_url
from page_cache.cached_values import cached_value
from serbian_script.transliteration import in_active_script

FEED_LENGTH = 20


class ReleaseFeed(Feed):
    """The newest releases of one newsroom (of one topic if given). Text is written in the reader's
    script here, as the HTML middleware leaves XML alone; addresses and identifiers never are."""

    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def __init__(self, index, topic=None):
        self.index = index
        self.topic = topic

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        # A withdrawn release leaves the newest date as it was: a 304 would keep it in readers' copies.
        del response["Last-Modified"]
        # Django writes the feed element by element; sent as many pieces, it took five times as long.
        response.content = response.content
        return response

    @property
    def language(self):
        return bcp47(translation.get_language())

    def items(self):
        # Cached per content version, as the newsroom's page of releases is.
        topic = self.topic.pk if self.topic else ""
        return cached_value(f"news:feed-items:{self.index.pk}:{topic}", self._read_items)

    def _read_items(self):
        releases = self.index.releases()
        if self.topic is not None:
            releases = releases.filter(topic_links__topic=self.topic)
        return list(releases[:FEED_LENGTH])

    def title(self):
        return in_active_script(f"{self.index.title}: {self.topic.name}" if self.topic else self.index.title)

    def description(self):
        return in_active_script(self.index.introduction) or self.title()

    def link(self):
        return page_full_url(self.index, self.request)

    def feed_url(self):
        return absolute_url(self.request.path)

    def feed_guid(self):
        topic = self.topic.slug if self.topic else ""
        return f"urn:uuid:{uuid.uuid5(self.index.translation_key, 'feed/' + topic)}"

    def author_name(self):
        # RFC 4287 wants an author for the feed or every entry: the organisation, in the reader's language.
        return _("IOM in Serbia")

    def item_title(self, release):
        return in_active_script(release.title)

    def item_description(self, release):
        return in_active_script(release.introduction)

    def item_link(self, release):
        return page_full_url(release, self.request)

    def item_guid(self, release):
        return release.guid

    def item_pubdate(self, release):
        return release.published_datetime

    def item_updateddate(self, release):
        return release.last_published_at or release.published_datetime

    def item_categories(self, release):
        return [in_active_script(link.topic.name) for link in release.topic_links.all()]

    def item_author_name(self, release):
        return self.author_name()


class AtomReleaseFeed(ReleaseFeed):
    feed_type = Atom1Feed
