"""Embargo: a release approved ahead of time goes live at its exact time in English and Serbian
together, is invisible before, and is marked in the admin."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from newsroom_helpers import locale, make_release, news_index

pytestmark = pytest.mark.django_db

BELGRADE = ZoneInfo("Europe/Belgrade")
EMBARGO = datetime.datetime(2041, 3, 4, 10, 0, tzinfo=BELGRADE)
ONE_SECOND = datetime.timedelta(seconds=1)


def draft_release_with_draft_translation():
    release = make_release(publish=False, live=False, title="Embargoed release", slug="embargoed-release")
    translation = release.copy_for_translation(locale("sr-latn"))
    translation.title = "Saopštenje pod embargom"
    translation.save_revision()
    return release, translation


def approve_for(page, go_live_at):
    """What a moderator's approval does to a page with a go-live time: publishing schedules it."""
    page.go_live_at = go_live_at
    page.save_revision().publish()
    page.refresh_from_db()


def publish_scheduled_at(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def visible_to_readers(client, page, language):
    page.refresh_from_db()
    index = news_index(language)
    with translation.override(language):  # sub-page addresses are in the language being served
        feed = client.get(index.url + index.reverse_subpage("feed_rss")).content.decode()
    listing = client.get(index.url).content.decode()
    shown = [page.title in listing, page.title in feed, client.get(page.url).status_code == 200]
    assert len(set(shown)) == 1, f"listing, feed and page disagree: {shown}"
    return shown[0]


def test_embargoed_release_appears_at_its_time_in_both_languages(client):
    release, translation = draft_release_with_draft_translation()
    approve_for(release, EMBARGO)

    publish_scheduled_at(EMBARGO - ONE_SECOND)
    assert not visible_to_readers(client, release, "en")
    assert not visible_to_readers(client, translation, "sr-latn")

    # publish_scheduled publishes what is due strictly before "now": cron starts it a moment after.
    publish_scheduled_at(EMBARGO + ONE_SECOND)
    assert visible_to_readers(client, release, "en")
    assert visible_to_readers(client, translation, "sr-latn")


def test_translation_is_scheduled_with_its_source(client):
    release, translation = draft_release_with_draft_translation()
    approve_for(release, EMBARGO)
    assert translation.scheduled_revision.approved_go_live_at == EMBARGO
    assert translation.scheduled_revision.as_object().title == "Saopštenje pod embargom"


def test_serbian_translation_cannot_go_live_before_its_source_embargo_ends(client):
    release = make_release(publish=False, live=False, title="Embargoed release", slug="embargoed-release")
    approve_for(release, EMBARGO)
    translation = release.copy_for_translation(locale("sr-latn"))
    translation.go_live_at = None

    translation.save_revision().publish()

    translation.refresh_from_db()
    assert not translation.live
    assert translation.scheduled_revision.approved_go_live_at == EMBARGO
    assert client.get(translation.url).status_code == 404


def test_admin_marks_embargoed_releases_with_their_time(admin_client):
    release, translation = draft_release_with_draft_translation()
    approve_for(release, EMBARGO)
    for language in ("en", "sr-latn"):
        explorer = admin_client.get(reverse("wagtailadmin_explore", args=[news_index(language).pk]))
        assert "Embargoed until March 4, 2041, 10 a.m. (Belgrade time)" in explorer.content.decode()


def test_rescheduling_the_release_moves_its_translation_through_wagtails_scheduling(client):
    release, translation = draft_release_with_draft_translation()
    approve_for(release, EMBARGO)
    later = EMBARGO + datetime.timedelta(days=1)
    approve_for(release, later)

    translation.refresh_from_db()
    scheduled = translation.scheduled_revision
    assert scheduled.approved_go_live_at == later
    assert scheduled.as_object().go_live_at == later  # the revision's page says the same time
    publish_scheduled_at(EMBARGO + ONE_SECOND)
    assert not visible_to_readers(client, release, "en")
    assert not visible_to_readers(client, translation, "sr-latn")
    publish_scheduled_at(later + ONE_SECOND)
    assert visible_to_readers(client, release, "en")
    assert visible_to_readers(client, translation, "sr-latn")
