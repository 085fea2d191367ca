"""Listings cost the same number of database queries whatever the number of press releases."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from helpers import soup

from news.factories import PressReleasePageFactory, TopicFactory
from news.models import RELEASES_PER_PAGE

pytestmark = pytest.mark.django_db


def queries_to_render(client, url):
    client.get(url)  # a first visit fills caches (site root paths, …); measure the next one
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_releases(news_index, how_many):
    """Releases filed under a topic, like real ones, so every listed card has topics to prefetch."""
    return PressReleasePageFactory.create_batch(how_many, parent=news_index, topics=[TopicFactory()])


@pytest.mark.parametrize("url", ["/en/news/", "/en/"], ids=["news index", "home page"])
def test_query_count_does_not_grow_with_the_number_of_press_releases(client, seeded, url):
    news = seeded("news")

    add_releases(news, 3)
    with_few = queries_to_render(client, url)
    add_releases(news, 27)
    with_many = queries_to_render(client, url)

    assert with_many == with_few


def test_news_index_lists_every_release_newest_first_page_by_page(client, seeded):
    news = seeded("news")
    add_releases(news, 30)

    dates = []
    for number in range(1, 5):
        cards = soup(client.get(f"/en/news/?page={number}")).select(".card")
        assert len(cards) == (RELEASES_PER_PAGE if number < 4 else 1)
        dates += [card.time["datetime"] for card in cards]

    assert len(dates) == len(set(dates)) == 31
    assert dates == sorted(dates, reverse=True)
    assert dates[-1] == "2006-11-01"  # the seeded release, the oldest


def test_home_page_shows_only_the_three_latest_releases(client, seeded):
    releases = add_releases(seeded("news"), 5)
    newest = [page.title for page in sorted(releases, key=lambda page: page.date, reverse=True)[:3]]

    section = soup(client.get("/en/")).find("section", attrs={"aria-labelledby": "latest-news"})

    assert [link.get_text() for link in section.select(".card__title a")] == newest
