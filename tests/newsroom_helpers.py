"""Shared set-up for the newsroom tests (plain functions: fixtures live in the test modules)."""

import datetime

from wagtail.models import Locale

from contact.models import PressContact
from news.factories import PressReleasePageFactory, TopicFactory
from news.models import NewsIndexPage, PressRoomPage, Topic


def locale(code):
    return Locale.objects.get(language_code=code)


def news_index(code="en"):
    return NewsIndexPage.objects.get(locale__language_code=code)


def press_room(code="en"):
    return PressRoomPage.objects.get(locale__language_code=code)


def seed_topic(code="en"):
    return Topic.objects.get(
        locale__language_code=code, slug__in=["counter-trafficking", "borba-protiv-trgovine-ljudima"]
    )


def seed_contact(code="en"):
    return PressContact.objects.get(locale__language_code=code, name="Jovana Skrnjug")


def make_release(code="en", topics=(), date=None, publish=True, **kwargs):
    """A live release (with a published revision unless publish=False, which is faster)."""
    index = news_index(code)
    if date is not None:
        kwargs["date"] = date
    release = PressReleasePageFactory(parent=index, locale=index.locale, topics=list(topics), **kwargs)
    if publish:
        release.save_revision().publish()
    return release


def make_topic(code="en", **kwargs):
    return TopicFactory(locale=locale(code), **kwargs)


def make_releases(count, code="en", start=datetime.date(2015, 1, 1), topics=()):
    return [
        make_release(code, topics=topics, date=start + datetime.timedelta(days=n), publish=False) for n in range(count)
    ]
