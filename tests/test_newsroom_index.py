"""The news index: newest first, paginated, filtered by year, topic and programme; hostile input safe."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from newsroom_helpers import make_release, make_releases, make_topic, news_index, seed_topic

from home.models import HomePage
from news.models import NewsIndexPage, PressReleasePage, PressRoomPage
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db


def count_text(response):
    match = re.search(r'news-results__count">([^<]*)<', response.content.decode())
    return match.group(1) if match else None


class TestPageRules:
    def test_newsroom_page_tree_rules(self):
        assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
        assert PressReleasePage.allowed_parent_page_models() == [NewsIndexPage]
        assert PressRoomPage.allowed_parent_page_models() == [HomePage]
        assert PressRoomPage.allowed_subpage_models() == []
        assert PressReleasePage.allowed_subpage_models() == []
        assert PressRoomPage in HomePage.allowed_subpage_models()

    def test_one_press_room_per_language(self):
        home = HomePage.objects.get(locale__language_code="en")
        assert not PressRoomPage.can_create_at(home)


def test_index_lists_newest_first_with_a_count(client):
    old = make_release(title="Older news", date=datetime.date(2030, 1, 1))
    new = make_release(title="Newer news", date=datetime.date(2030, 6, 1))
    response = client.get(news_index().url)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.index(new.title) < body.index(old.title)
    assert count_text(response) == "3 press releases"


def test_index_shows_only_its_language(client):
    make_release("sr-latn", title="Samo na srpskom")
    response = client.get(news_index().url)
    assert "Samo na srpskom" not in response.content.decode()
    response = client.get(news_index("sr-latn").url)
    assert "Samo na srpskom" in response.content.decode()


def test_filter_form_controls_have_labels(client):
    body = client.get(news_index().url).content.decode()
    for name in ("year", "topic", "programme"):
        assert f'<label for="id_{name}">' in body
        assert f'id="id_{name}"' in body


def test_year_filter(client):
    make_release(title="From 2031", date=datetime.date(2031, 3, 1))
    response = client.get(news_index().url, {"year": "2006"})
    assert "First Reintegration Centre" in response.content.decode()
    assert "From 2031" not in response.content.decode()
    assert count_text(response) == "1 press release"


def test_year_list_is_cached_until_a_release_of_a_new_year_is_published(client):
    def years_offered():
        html = client.get(news_index().url).content.decode()
        return re.findall(r'<option value="(\d{4})"', html)

    assert years_offered() == ["2006"]
    with CaptureQueriesContext(connection) as queries:
        assert years_offered() == ["2006"]
    assert not any("date_trunc" in query["sql"].lower() for query in queries.captured_queries)

    make_release(title="From 2031", date=datetime.date(2031, 3, 1))

    assert years_offered() == ["2031", "2006"]


def test_topic_and_year_filters_combine(client):
    topic = make_topic(name="Health", slug="health")
    make_release(title="Health 2031", topics=[topic], date=datetime.date(2031, 3, 1))
    make_release(title="Health 2032", topics=[topic], date=datetime.date(2032, 3, 1))
    make_release(title="Other 2031", date=datetime.date(2031, 4, 1))
    response = client.get(news_index().url, {"topic": "health", "year": "2031"})
    body = response.content.decode()
    assert "Health 2031" in body
    assert "Health 2032" not in body and "Other 2031" not in body
    assert count_text(response) == "1 press release"


def test_seed_release_is_found_by_its_topic_and_programme_in_both_languages(client):
    response = client.get(news_index().url, {"topic": "counter-trafficking", "programme": "transition-house"})
    assert "First Reintegration Centre" in response.content.decode()
    response = client.get(
        news_index("sr-latn").url, {"topic": "borba-protiv-trgovine-ljudima", "programme": "tranzitna-kuca"}
    )
    assert "Otvoren prvi centar" in response.content.decode()
    assert count_text(response) == "1 saopštenje"


def test_filters_that_match_nothing_show_the_empty_state(client):
    response = client.get(news_index().url, {"year": "2006", "topic": make_topic(slug="empty").slug})
    assert "No press releases match these filters." in response.content.decode()


def test_pagination_links_keep_the_filters(client):
    topic = make_topic(slug="many")
    make_releases(12, topics=[topic])
    response = client.get(news_index().url, {"topic": "many"})
    body = response.content.decode()
    assert count_text(response) == "12 press releases"
    assert 'href="?topic=many&amp;page=2"' in body


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "no-such-topic"},
        {"year": "abc"},
        {"year": "1999"},
        {"programme": "../../etc"},
        {"topic": "<script>alert(1)</script>"},
        {"topic": "counter\x00trafficking"},
        {"year": "2006\x00"},
        {"topic": "x" * 5000},
    ],
)
def test_hostile_filters_give_an_empty_result_with_a_message(client, query):
    response = client.get(news_index().url, query)
    body = response.content.decode()
    assert response.status_code == 200
    assert "These filters were not recognised" in body
    assert "<script>alert" not in body
    assert "First Reintegration Centre" not in body


@pytest.mark.parametrize("query", [{"year": "1900"}, {"topic": "nope"}])
def test_an_unrecognised_filter_never_changes_the_newsroom_for_the_next_reader(client, query):
    """The bad request's empty list was once cached under the unfiltered first page's key, in either order."""
    client.get(news_index().url, query)
    assert "First Reintegration Centre" in client.get(news_index().url).content.decode()
    client.get(news_index().url)
    assert "First Reintegration Centre" not in client.get(news_index().url, query).content.decode()


def test_hostile_filter_message_is_translated(client):
    body = client.get(news_index("sr-latn").url, {"topic": "nope"}).content.decode()
    assert "Ovi filteri nisu prepoznati" in body


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999", "9" * 50, "<b>", "1\x00"])
def test_hostile_page_numbers_never_fail(client, page):
    response = client.get(news_index().url, {"page": page})
    assert response.status_code == 200
    assert "First Reintegration Centre" in response.content.decode()
    assert "<b>" not in response.content.decode().split("<main", 1)[1]


def test_repeated_parameters_use_the_last_value(client):
    response = client.get(news_index().url + "?year=abc&year=2006&page=x&page=1")
    assert response.status_code == 200
    assert count_text(response) == "1 press release"


def test_page_beyond_the_end_shows_the_last_page(client):
    make_releases(11)
    response = client.get(news_index().url, {"page": "999999"})
    body = response.content.decode()
    assert '<span aria-current="page">2</span>' in body
    assert "First Reintegration Centre" in body  # the oldest release is on the last page


def test_bad_page_number_shows_first_page(client):
    make_releases(11)
    body = client.get(news_index().url, {"page": "abc"}).content.decode()
    assert '<span aria-current="page">1</span>' in body
    assert "First Reintegration Centre" not in body


def test_index_announces_its_feeds(client):
    body = client.get(news_index().url).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in body
    assert re.search(r'href="http://[^"/]+/en/news/feed/rss/"', body)
    assert '<link rel="alternate" type="application/atom+xml"' in body


def test_topic_filter_announces_the_topic_feed(client):
    body = client.get(news_index().url, {"topic": "counter-trafficking"}).content.decode()
    assert re.search(r'href="http://[^"/]+/en/news/feed/rss/counter-trafficking/"', body)


def index_queries(client):
    client.get(news_index().url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(news_index().url)
    assert response.status_code == 200
    return len(queries)


def test_index_query_count_does_not_grow_with_the_number_of_releases(client):
    topic = make_topic(slug="load")
    programme = ProgrammePage.objects.filter(locale__language_code="en").first()
    releases = make_releases(10, topics=[topic, seed_topic()])
    for release in releases:
        release.related_programmes.add(programme)
    with_ten = index_queries(client)
    call_command("generate_fictitious_archive", count=190, stdout=io.StringIO())
    assert PressReleasePage.objects.live().filter(locale__language_code="en").count() == 201
    with_two_hundred = index_queries(client)
    assert with_ten == with_two_hundred
