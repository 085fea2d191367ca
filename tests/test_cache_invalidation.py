"""A reader never sees a stale page: whatever a page shows (the page, a press contact snippet, the
site settings, an image, a translation) moves the content version on when it changes, and the
next visit renders afresh."""

import pytest
from cache_helpers import cache_status, page_cache  # noqa: F401 (fixture)
from helpers import publish, soup
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from contact.models import PressContact
from page_cache.models import ContentVersion
from site_settings.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def visit_twice(client, url):
    """Renders the page, then checks the second visit came from the cache."""
    client.get(url)
    response = client.get(url)
    assert cache_status(response) == "hit"
    return response


def test_publishing_a_page_shows_the_new_version_at_once(client, release_en):
    visit_twice(client, release_en.url)

    release_en.title = "A corrected headline"
    publish(release_en)
    response = client.get(release_en.url)

    assert cache_status(response) == "miss"
    assert soup(response).h1.get_text() == "A corrected headline"


def test_a_change_to_one_page_refreshes_the_pages_that_list_it(client, seeded, release_en):
    news_url = seeded("news").url
    visit_twice(client, news_url)

    release_en.title = "A corrected headline"
    publish(release_en)

    assert "A corrected headline" in client.get(news_url).content.decode()


def test_unpublishing_a_page_removes_it_at_once(client, release_en):
    visit_twice(client, release_en.url)

    release_en.unpublish()

    assert client.get(release_en.url).status_code == 404


def test_making_a_page_private_removes_it_from_the_cache(client, release_en):
    visit_twice(client, release_en.url)

    PageViewRestriction.objects.create(page=release_en, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(release_en.url).status_code == 302  # to the login page, not the cached copy


def test_editing_a_press_contact_snippet_refreshes_the_release_naming_them(client, release_en):
    contact = PressContact.objects.get(pk=release_en.press_contacts.first().contact_id)
    visit_twice(client, release_en.url)

    contact.name = "Mira Renamed"
    contact.save()

    assert "Mira Renamed" in client.get(release_en.url).content.decode()


def test_changing_the_help_line_in_site_settings_refreshes_every_page(client, home_en, release_en):
    for url in (home_en.url, release_en.url):
        visit_twice(client, url)

    site_settings = SiteSettings.for_site(home_en.get_site())
    site_settings.helpline_number = "0800 000 000"
    site_settings.save()

    for url in (home_en.url, release_en.url):
        assert soup(client.get(url)).select_one(".site-header__helpline a").get_text() == "0800 000 000"


def test_editing_an_image_refreshes_the_page_showing_its_credit(client, release_en):
    image = ImageFactory(credit="Photo: first credit")
    release_en.hero_image, release_en.hero_image_alt = image, "A picture"
    publish(release_en)
    assert "Photo: first credit" in visit_twice(client, release_en.url).content.decode()

    image.credit = "Photo: corrected credit"
    image.save()

    assert "Photo: corrected credit" in client.get(release_en.url).content.decode()


def test_publishing_a_translation_refreshes_it_in_latin_and_cyrillic(client, release_sr):
    latin, cyrillic = release_sr.url, release_sr.url.replace("/sr-latn/", "/sr/", 1)
    for url in (latin, cyrillic):
        visit_twice(client, url)

    release_sr.title = "Ispravljen naslov"
    publish(release_sr)

    assert soup(client.get(latin)).h1.get_text() == "Ispravljen naslov"
    assert soup(client.get(cyrillic)).h1.get_text() == "Исправљен наслов"


def test_a_deleted_content_version_never_brings_back_old_pages(client, home_en):
    visit_twice(client, home_en.url)

    ContentVersion.objects.all().delete()

    assert cache_status(client.get(home_en.url)) == "miss"


def test_a_restriction_written_without_signals_still_makes_the_page_private(client, release_en):
    """A bulk insert, raw SQL or a restored backup sends no signal: the restriction alone is enough."""
    visit_twice(client, release_en.url)

    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=release_en, restriction_type=PageViewRestriction.LOGIN)]
    )

    assert client.get(release_en.url).status_code == 302


def test_saving_a_draft_keeps_the_cached_pages(client, release_en):
    visit_twice(client, release_en.url)

    release_en.title = "Not published yet"
    release_en.save_revision()

    response = client.get(release_en.url)
    assert cache_status(response) == "hit"
    assert soup(response).h1.get_text() != "Not published yet"
