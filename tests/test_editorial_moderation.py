"""Moderation: a submitted release reaches the public only after a moderator approves it; every
change is a revision that can be compared and reverted."""

import pytest
from django.core import mail
from django.urls import reverse
from editorial_helpers import release_form, staff_member

from editorial_roles import roles
from news.models import NewsIndexPage, PressReleasePage

pytestmark = pytest.mark.django_db


def add_release_url(language="en"):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    return reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])


def submitted_release(client, slug="awaiting-approval"):
    client.force_login(staff_member(roles.IOM_EDITORS))
    response = client.post(add_release_url(), release_form("Awaiting approval", slug, "action-submit"))
    assert response.status_code == 302, response.content.decode()[:2000]
    return PressReleasePage.objects.get(slug=slug)


def test_moderators_are_told_of_a_submission_by_email(client):
    moderator = staff_member(roles.MODERATORS)
    submitted_release(client)
    assert any(moderator.email in message.to for message in mail.outbox)


def test_submitted_release_is_not_public_until_a_moderator_approves_it(client):
    release = submitted_release(client)
    client.logout()
    assert client.get(f"/en/news/{release.slug}/").status_code == 404

    client.force_login(staff_member(roles.MODERATORS))
    task_state = release.current_workflow_state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[release.pk, "approve", task_state.pk])
    response = client.post(approve, {"comment": "Approved for publication."})

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.live
    client.logout()
    assert client.get(release.url).status_code == 200


def test_release_editor_offers_comments(client, release_en):
    client.force_login(staff_member(roles.IOM_EDITORS))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[release_en.pk]))
    html = response.content.decode()
    assert 'id="comments-data"' in html
    assert 'name="comment_notifications"' in html


def test_revisions_can_be_compared_and_an_earlier_one_restored(admin_client):
    admin_client.post(add_release_url(), release_form("First wording", "revised-release", "action-publish"))
    release = PressReleasePage.objects.get(slug="revised-release")
    first = release.latest_revision
    edit = reverse("wagtailadmin_pages:edit", args=[release.pk])
    admin_client.post(edit, release_form("Second wording", "revised-release", "action-publish"))
    release.refresh_from_db()
    assert release.title == "Second wording"

    compare = reverse("wagtailadmin_pages:revisions_compare", args=[release.pk, first.pk, "latest"])
    comparison = admin_client.get(compare)
    assert comparison.status_code == 200
    assert "First wording" in comparison.content.decode()

    revert = reverse("wagtailadmin_pages:revisions_revert", args=[release.pk, first.pk])
    assert 'value="First wording"' in admin_client.get(revert).content.decode()
    response = admin_client.post(revert, release_form("First wording", "revised-release", "action-publish"))
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title == "First wording"
    assert release.revisions.count() == 3
