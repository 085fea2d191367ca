"""What every page shows and only a publish changes (where an address leads, the menu, the header's
texts, a release's neighbours, the newsroom's counts and filters) is remembered between requests until
the content generation moves on. With the whole-page cache off, as here, these tests see only that
memory: after each change the very next page a reader gets must show it."""

import datetime

import pytest
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
    page = StandardPage(title="Annual reports", slug="annual-reports", show_in_menus=True)
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
