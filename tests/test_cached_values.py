"""What every page shows and only a publish changes (the menu, the header's texts, a release's
neighbours, the newsroom's counts and filters) is cached under the content version. With the
whole-page cache off, as here, these tests see only those cached values: after each change the very
next page a reader gets must show it."""

import datetime

import pytest
from django.core.cache import caches
from helpers import menu_titles, publish, soup
from newsroom_helpers import make_release, make_topic, news_index
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from site_settings.models import SiteTexts

pytestmark = pytest.mark.django_db


def test_a_renamed_page_answers_at_its_new_address_and_not_the_old_one(client, release_en):
    old_url = release_en.url
    assert client.get(old_url).status_code == 200

    release_en.slug = "a-new-address"
    publish(release_en)

    assert client.get(old_url).status_code == 404
    assert client.get(release_en.url).status_code == 200
    assert release_en.url.endswith("/a-new-address/")


def test_an_unpublished_page_is_gone_at_once(client, release_en):
    assert client.get(release_en.url).status_code == 200

    release_en.unpublish()

    assert client.get(release_en.url).status_code == 404


def test_a_page_made_private_asks_for_a_login_at_once(client, release_en):
    assert client.get(release_en.url).status_code == 200

    PageViewRestriction.objects.create(page=release_en, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(release_en.url).status_code == 302


def test_a_moved_page_answers_at_its_new_place(client, seeded):
    about = seeded("about")
    old_url = about.url
    assert client.get(old_url).status_code == 200

    about.move(seeded("home"), pos="last-child")
    about.refresh_from_db()

    response = client.get(old_url)
    assert (response.status_code, response["Location"]) == (301, about.url)  # Wagtail's redirect on move
    assert client.get(about.url).status_code == 200


def test_a_new_menu_page_appears_in_the_menu_of_every_page(client, home_en, release_en):
    client.get(release_en.url)
    page = StandardPage(title="Annual reports", slug="annual-reports", show_in_menus=True, live=False)
    home_en.add_child(instance=page)
    assert "Annual reports" not in menu_titles(client.get(release_en.url))  # a draft is not shown

    publish(page)

    assert "Annual reports" in menu_titles(client.get(release_en.url))


def test_edited_site_texts_show_in_the_header_at_once(client, home_en):
    texts = SiteTexts.objects.create(locale=home_en.locale, organisation_name="IOM in Serbia")
    client.get(home_en.url)
    texts.organisation_name = "IOM Serbia and Atina"
    texts.save()

    header = soup(client.get(home_en.url)).select_one(".site-header__brand")

    assert header.get_text(strip=True) == "IOM Serbia and Atina"


def test_a_newly_published_release_becomes_the_next_one_of_the_newest(client, release_en):
    newest = make_release(title="The newest release", date=datetime.date(2030, 1, 1))
    assert soup(client.get(newest.url)).select_one(".release-nav__next") is None

    newer = make_release(title="An even newer release", date=datetime.date(2030, 2, 1))

    link = soup(client.get(newest.url)).select_one(".release-nav__next a")
    assert link["href"] == newer.url
    assert "An even newer release" in link.get_text()


def test_the_news_index_counts_a_newly_published_release(client):
    index = news_index()
    topic = make_topic(name="Labour migration", slug="labour-migration")
    url = f"{index.url}?topic=labour-migration"
    assert "Labour migration" in client.get(index.url).content.decode()  # the new topic is offered
    for day in range(10):
        make_release(topics=[topic], date=datetime.date(2029, 1, 1 + day))
    assert soup(client.get(url)).select_one(".pagination") is None  # ten releases: one page

    make_release(topics=[topic], date=datetime.date(2029, 2, 1))

    assert soup(client.get(url)).select_one(".pagination") is not None
    assert len(soup(client.get(url + "&page=2")).select(".card")) == 1


def menu_links(response):
    return [link["href"] for link in soup(response).select("nav.main-menu a")]


@pytest.mark.parametrize(("first", "then"), [("/sr-latn/", "/sr/"), ("/sr/", "/sr-latn/")])
def test_each_serbian_script_keeps_its_own_menu_links(client, first, then):
    """Both scripts show the one Serbian translation; each link must stay in the reader's script."""
    client.get(first)

    links = menu_links(client.get(then))

    assert links and all(link.startswith(then) for link in links), links


def test_a_cyrillic_release_links_to_cyrillic_neighbours(client, release_sr):
    make_release("sr-latn", title="Novije saopštenje", date=datetime.date(2031, 1, 1))
    cyrillic = "/sr/" + release_sr.url.removeprefix("/sr-latn/")
    client.get(release_sr.url)

    link = soup(client.get(cyrillic)).select_one(".release-nav__next a")

    assert link["href"].startswith("/sr/"), link["href"]


def test_a_page_made_live_as_an_alias_appears_in_the_menu(client, seeded, home_en):
    client.get(home_en.url)

    seeded("about").create_alias(parent=home_en, update_slug="about-us-again")  # the admin's "Copy" as an alias

    assert "/en/about-us-again/" in menu_links(client.get(home_en.url))


def test_addresses_that_answer_404_cache_nothing_of_their_own(client):
    """A routable page's pattern takes any feed topic: a miss leaves nothing behind per address."""
    client.get("/en/news/feed/rss/no-such-topic/")  # the 404 page's menu and header are cached
    before = len(caches["process"]._cache)

    for number in range(20):
        assert client.get(f"/en/news/feed/rss/no-such-topic-{number}/").status_code == 404

    assert len(caches["process"]._cache) == before
