"""RSS 2.0 and Atom feeds per language and per topic."""

import xml.etree.ElementTree as ET

import pytest
from newsroom_helpers import make_release, make_topic

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def test_rss_feed_in_english(client):
    make_release("sr-latn", title="Srpska vest")
    channel, items = rss_items(client, "/en/news/feed/rss/")
    assert channel.findtext("language") == "en"
    titles = [item.findtext("title") for item in items]
    assert "First Reintegration Centre for Trafficking Victims Opens" in titles
    assert "Srpska vest" not in titles
    for item in items:
        assert item.findtext("link").startswith("http")
        assert "/en/" in item.findtext("link")
        assert item.find("guid").get("isPermaLink") == "false"
        assert item.findtext("pubDate")


def test_rss_feed_in_serbian(client):
    channel, items = rss_items(client, "/sr-latn/vesti/kanal/rss/")
    assert channel.findtext("language") == "sr-Latn"
    seed = [item for item in items if item.findtext("title").startswith("Otvoren prvi centar")][0]
    assert seed.findtext("pubDate").endswith("2006 00:00:00 +0100")
    assert [category.text for category in seed.findall("category")] == ["Borba protiv trgovine ljudima"]


def test_guids_are_stable_and_distinct_per_language(client):
    _channel, en = rss_items(client, "/en/news/feed/rss/")
    _channel, sr = rss_items(client, "/sr-latn/vesti/kanal/rss/")
    _channel, en_again = rss_items(client, "/en/news/feed/rss/")
    assert [i.findtext("guid") for i in en] == [i.findtext("guid") for i in en_again]
    assert not {i.findtext("guid") for i in en} & {i.findtext("guid") for i in sr}


def test_guid_survives_a_slug_change(client):
    release = make_release(title="Renamed later")
    guid = release.guid
    release.slug = "renamed"
    release.save_revision().publish()
    _channel, items = rss_items(client, "/en/news/feed/rss/")
    item = [i for i in items if i.findtext("title") == "Renamed later"][0]
    assert item.findtext("guid") == guid
    assert item.findtext("link").endswith("/en/news/renamed/")


def test_atom_feed(client):
    response = client.get("/sr-latn/vesti/kanal/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "sr-Latn"
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
        assert "/sr-latn/" in entry.find(f"{ATOM}link").get("href")
        assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")
        assert entry.findtext(f"{ATOM}updated")
        assert entry.findtext(f"{ATOM}published")


def test_topic_feed_holds_only_that_topic(client):
    topic = make_topic(slug="feed-topic")
    make_release(title="In the topic", topics=[topic])
    make_release(title="Outside the topic")
    _channel, items = rss_items(client, "/en/news/feed/rss/feed-topic/")
    assert [item.findtext("title") for item in items] == ["In the topic"]
    feed = ET.fromstring(client.get("/en/news/feed/atom/feed-topic/").content)
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == ["In the topic"]


def test_unknown_or_other_language_topic_feed_is_a_404(client):
    assert client.get("/en/news/feed/rss/no-such-topic/").status_code == 404
    assert client.get("/en/news/feed/rss/borba-protiv-trgovine-ljudima/").status_code == 404


def test_feed_escapes_markup_in_titles(client):
    make_release(title="<b>Bold</b> & co")
    _channel, items = rss_items(client, "/en/news/feed/rss/")
    assert "<b>Bold</b> & co" in [item.findtext("title") for item in items]


@pytest.mark.parametrize("url", ["/en/news/feed/rss/", "/en/news/feed/atom/"])
def test_a_feed_is_sent_in_one_piece(client, url):
    """The server sends each piece of a response separately: a feed written element by element took
    five times as long to arrive as a page of the same size."""
    response = client.get(url)

    assert response.status_code == 200
    assert len(list(response)) == 1


@pytest.mark.parametrize("url", ["/en/news/feed/rss/", "/en/news/feed/atom/"])
def test_a_feed_has_no_last_modified_date(client, url):
    """Withdrawing a release leaves the newest release's date as it was: a proxy answering 304 to
    If-Modified-Since would keep the withdrawn release in readers' copies."""
    response = client.get(url)

    assert response.status_code == 200
    assert not response.has_header("Last-Modified")
