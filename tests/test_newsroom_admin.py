"""Editors can open the newsroom's editing forms in the admin."""

import pytest
from newsroom_helpers import news_index, press_room, seed_topic

from news.models import PressReleasePage, Topic

pytestmark = pytest.mark.django_db


def test_press_release_add_form_offers_topics_and_the_new_blocks(admin_client):
    index = news_index()
    response = admin_client.get(f"/admin/pages/add/news/pressreleasepage/{index.pk}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "topic_links" in body
    for block in ("document", "video_link", "call_to_action", "notes_to_editors", "key_figures", "quote"):
        assert block in body


def test_seed_release_and_press_room_edit_forms_open(admin_client):
    release = PressReleasePage.objects.get(locale__language_code="en", topic_links__topic=seed_topic())
    assert admin_client.get(f"/admin/pages/{release.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/{press_room().pk}/edit/").status_code == 200


def test_topics_are_snippets(admin_client):
    response = admin_client.get("/admin/snippets/news/topic/")
    assert response.status_code == 200
    assert "Counter-trafficking" in response.content.decode()
    topic = Topic.objects.get(pk=seed_topic().pk)
    assert admin_client.get(f"/admin/snippets/news/topic/edit/{topic.pk}/").status_code == 200


def test_editor_creates_a_release_filed_under_a_topic(admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    index = news_index()
    topic = seed_topic()
    data = nested_form_data(
        {
            "title": "Created in the admin",
            "slug": "created-in-the-admin",
            "introduction": "Lead.",
            "date": "2041-05-06",
            "dateline": "Belgrade",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "topic_links": inline_formset([{"topic": topic.pk}]),
            "press_contacts": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/news/pressreleasepage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    release = PressReleasePage.objects.get(slug="created-in-the-admin")
    assert release.live
    link = release.topic_links.get()
    assert link.topic == topic
    assert link.locale_id == release.locale_id


def test_preview_of_a_new_release_renders(admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    index = news_index()
    data = nested_form_data(
        {
            "title": "Previewed",
            "slug": "previewed",
            "date": "2041-05-06",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "topic_links": inline_formset([{"topic": seed_topic().pk}]),
            "press_contacts": inline_formset([]),
        }
    )
    url = f"/admin/pages/add/news/pressreleasepage/{index.pk}/preview/"
    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Previewed" in response.content.decode()
