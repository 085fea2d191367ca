"""The fictitious archive command and the newsroom's seed content."""

import io

import pytest
from django.core.management import call_command
from newsroom_helpers import news_index, seed_topic
from wagtail.models import Page

from news.models import PressReleasePage, PressReleaseTopic

pytestmark = pytest.mark.django_db


def test_archive_command_creates_releases_in_both_languages(client):
    before = PressReleasePage.objects.count()
    out = io.StringIO()
    call_command("generate_fictitious_archive", count=30, stdout=out)
    assert "30/30" in out.getvalue()
    created = PressReleasePage.objects.exclude(title__startswith="First").exclude(title__startswith="Otvoren")
    english = created.filter(locale__language_code="en")
    serbian = created.filter(locale__language_code="sr-latn")
    assert PressReleasePage.objects.count() == before + 60
    assert english.count() == 30 and serbian.count() == 30
    assert all(title.startswith("[Fictitious]") for title in english.values_list("title", flat=True))
    assert all(title.startswith("[Fiktivno]") for title in serbian.values_list("title", flat=True))
    assert set(english.values_list("translation_key", flat=True)) == set(
        serbian.values_list("translation_key", flat=True)
    )
    assert all(page.get_parent().pk == news_index("sr-latn").pk for page in serbian[:5])
    # Each Serbian release is filed under a Serbian topic.
    assert (
        not PressReleaseTopic.objects.filter(page__in=serbian).exclude(topic__locale__language_code="sr-latn").exists()
    )
    # The tree stays valid, and the pages are served.
    assert Page.find_problems() == ([], [], [], [], [])
    page = serbian.first()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "[Fiktivno]" in response.content.decode()


def test_archive_command_can_run_twice():
    call_command("generate_fictitious_archive", count=3, stdout=io.StringIO())
    call_command("generate_fictitious_archive", count=3, stdout=io.StringIO())
    assert PressReleasePage.objects.filter(title__startswith="[Fictitious]").count() == 6


def test_seed_topic_is_a_translated_snippet_linked_from_both_releases():
    english, serbian = seed_topic("en"), seed_topic("sr-latn")
    assert english.name == "Counter-trafficking"
    assert serbian.name == "Borba protiv trgovine ljudima"
    assert english.translation_key == serbian.translation_key
    for topic in (english, serbian):
        titles = PressReleasePage.objects.filter(topic_links__topic=topic).values_list("title", flat=True)
        assert len(titles) == 1


def test_loading_the_seed_again_changes_nothing():
    from news.models import Topic

    topics, pages = Topic.objects.count(), Page.objects.count()
    call_command("load_initial_content", stdout=io.StringIO())
    assert (Topic.objects.count(), Page.objects.count()) == (topics, pages)
