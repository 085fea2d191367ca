"""Translators work in wagtail-localize's editor; a translation stays a draft until they publish it."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from helpers import publish
from translation_helpers import start_translation, translate_segments
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, TranslationSource

from news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_release(seeded):
    return PressReleasePageFactory(parent=seeded("news"), title="Shelter opens", slug="shelter-opens")


def test_translate_this_page_creates_a_draft_serbian_page(new_release, serbian, client):
    start_translation(new_release, serbian)

    page = new_release.get_translation(serbian)
    assert not page.live
    assert client.get(f"/sr-latn/vesti/{page.slug}/").status_code == 404


def test_translator_publishes_from_the_editor(new_release, serbian, admin_client, django_capture_on_commit_callbacks):
    translation = start_translation(new_release, serbian)
    translate_segments(translation)
    page = new_release.get_translation(serbian)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})

    assert response.status_code == 302
    assert new_release.get_translation(serbian).live


def test_superuser_opens_the_edit_translation_view_of_the_serbian_release(release_sr, admin_client):
    """wagtail-localize answers the page's edit address with its translation editor."""
    response = admin_client.get(f"/admin/pages/{release_sr.pk}/edit/")

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in response.templates]
    assert b"js-translation-editor" in response.content


def test_locales_cannot_be_synchronised_from_english(admin_client, serbian):
    """Synchronising a locale copies and publishes English pages under Serbian addresses: the locale
    editor (Wagtail's, not wagtail_localize.locales) does not offer it."""
    response = admin_client.get(f"/admin/locales/edit/{serbian.pk}/")
    assert response.status_code == 200
    assert b"Synchronise content from another locale" not in response.content


def test_a_locale_synchronisation_made_anyway_puts_no_english_under_serbian_addresses(new_release, serbian, client):
    """From the shell, wagtail-localize's sync still runs: the model refuses its English aliases."""
    english = Locale.objects.get(language_code="en")
    with transaction.atomic(), pytest.raises(PermissionDenied):
        LocaleSynchronization.objects.create(locale=serbian, sync_from=english)

    assert not Page.objects.filter(locale=serbian, alias_of__isnull=False).exists()
    assert new_release.get_translation_or_none(serbian) is None
    assert client.get("/sr-latn/vesti/shelter-opens/").status_code == 404


def test_serbian_slug_is_readable_ascii(new_release, serbian):
    translation = start_translation(new_release, serbian)
    translate_segments(translation, lambda text: "Međunarodna žrtva" if text == "shelter-opens" else f"SR {text}")
    translation.save_target(publish=False)

    assert new_release.get_translation(serbian).slug == "medjunarodna-zrtva"


def test_cyrillic_slug_is_transliterated(new_release, serbian):
    translation = start_translation(new_release, serbian)
    page = Page.objects.get(pk=new_release.get_translation(serbian).pk)
    page.slug = "Београд"
    page.save()

    assert translation.get_target_instance().slug == "beograd"


def test_translation_with_untranslated_texts_is_not_published(new_release, serbian, admin_client):
    translation = start_translation(new_release, serbian)
    translate_segments(translation, only={"title", "slug"})
    page = new_release.get_translation(serbian)

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"}, follow=True)

    assert response.status_code == 200
    assert "have no translation yet" in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    assert admin_client.get(f"/sr-latn/vesti/{page.slug}/").status_code == 404


def test_sync_with_publish_keeps_the_serbian_until_new_texts_are_translated(
    release_en, release_sr, serbian, admin_client, django_capture_on_commit_callbacks
):
    release_en.introduction = "A new lead paragraph."
    publish(release_en)
    source = TranslationSource.objects.get_for_instance(release_en)
    url = reverse("update_finished_translations", args=[source.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"publish_translations": "on"}, follow=True)

    assert response.status_code == 200
    assert "texts have no translation yet" in response.content.decode()
    assert "A new lead paragraph." not in admin_client.get(release_sr.url).content.decode()

    translation = source.translations.get(target_locale=serbian)
    translate_segments(translation, lambda _text: "Novi uvodni pasus.", only={"introduction"})
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"publish_translations": "on"})
    assert "Novi uvodni pasus." in admin_client.get(release_sr.url).content.decode()
