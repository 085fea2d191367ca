"""One index for pages: the site's own is Wagtail's search backend too, so the admin's page search and
the API find what the search page finds; pages are never written to Wagtail's index, images and
documents still are, and `manage.py update_index` rebuilds both."""

import io

import pytest
from django.core.management import call_command
from helpers import soup
from wagtail.models import Page
from wagtail.search.models import IndexEntry
from wagtail_factories import ImageFactory

from news.factories import PressReleasePageFactory
from site_search.models import SearchEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("searcher", "searcher@example.org", "pw-1"))
    return client


def result_titles(response):
    return [link.get_text() for link in soup(response).select(".search-result h3 a")]


def page_entries_in_wagtails_index():
    return IndexEntry.objects.filter(content_type_id__in=Page.objects.values("content_type_id")).count()


@pytest.mark.parametrize("query", ["žrtava", "zrtve", "жртве", "centra", "Београду"])
def test_admin_page_search_finds_serbian_pages_in_either_script_and_inflection(admin_client, release_sr, query):
    response = admin_client.get("/admin/pages/search/", {"q": query})

    assert response.status_code == 200
    assert release_sr.title in response.content.decode()


def test_admin_page_search_finds_a_draft_by_its_title_never_by_its_text(admin_client, seeded):
    PressReleasePageFactory(
        parent=seeded("news"), title="Ksilofonski nacrt", introduction="Tajnovitorečje embarga.", live=False
    )

    assert "Ksilofonski nacrt" in admin_client.get("/admin/pages/search/", {"q": "ksilofonski"}).content.decode()
    assert "Ksilofonski nacrt" not in admin_client.get("/admin/pages/search/", {"q": "tajnovitorecje"}).content.decode()


def test_page_chooser_search_uses_the_site_index(admin_client, release_sr):
    response = admin_client.get("/admin/choose-page/search/", {"q": "жртава"})

    assert response.status_code == 200
    assert release_sr.title in response.content.decode()


def test_pages_are_never_written_to_wagtails_index_images_are(admin_client, seeded):
    release = PressReleasePageFactory(parent=seeded("news"), title="Kolibrijumska vest")
    ImageFactory(title="Kolibrijumska fotografija")

    assert page_entries_in_wagtails_index() == 0
    assert SearchEntry.objects.filter(page_id=release.pk).exists()
    images = admin_client.get("/admin/images/", {"q": "kolibrijumska"})
    assert images.status_code == 200 and "Kolibrijumska fotografija" in images.content.decode()


def test_update_index_is_the_one_rebuild_command(client, release_sr):
    SearchEntry.objects.filter(page_id=release_sr.pk).delete()
    image = ImageFactory(title="Kolibrijumska fotografija")
    IndexEntry.objects.filter(object_id=str(image.pk)).delete()
    assert release_sr.title not in result_titles(client.get("/sr-latn/search/", {"q": "zrtava"}))

    call_command("update_index", stdout=io.StringIO())

    assert release_sr.title in result_titles(client.get("/sr-latn/search/", {"q": "zrtava"}))
    assert IndexEntry.objects.filter(object_id=str(image.pk)).exists()
    live = Page.objects.live().filter(depth__gt=1).count()
    assert SearchEntry.objects.count() == live and page_entries_in_wagtails_index() == 0
