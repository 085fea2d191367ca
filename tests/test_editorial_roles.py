"""Editorial roles as staff meet them in the admin: who may create, edit, submit and publish what."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from editorial_helpers import messages_of, programme_form, release_form, staff_member

from editorial_roles import roles
from news.models import NewsIndexPage, PressReleasePage
from partners.models import Partner, PartnerRole
from programmes.factories import ProgrammePageFactory
from programmes.models import ProgrammeIndexPage, ProgrammePartner

pytestmark = pytest.mark.django_db


def programme_run_by(partner_name):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    programme = ProgrammePageFactory(parent=index, locale=index.locale, slug=f"run-by-{partner_name.lower()[:8]}")
    partner = Partner.objects.get(locale=index.locale, name__startswith=partner_name)
    ProgrammePartner.objects.create(page=programme, partner=partner, role=PartnerRole.RUNS, locale=index.locale)
    programme.save_revision().publish()
    return programme


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_every_installation_has_the_four_editorial_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.IOM_EDITORS, roles.ATINA_EDITORS, roles.MODERATORS, roles.TRANSLATORS} <= names


def test_iom_editor_creates_a_release_and_submits_it_to_moderation(client):
    client.force_login(staff_member(roles.IOM_EDITORS))
    index = NewsIndexPage.objects.get(locale__language_code="en")
    form = reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])
    assert 'name="action-publish"' not in client.get(form).content.decode()

    response = client.post(form, release_form("Submitted by IOM", "submitted-by-iom", "action-submit"))

    assert response.status_code == 302, response.content.decode()[:2000]
    release = PressReleasePage.objects.get(slug="submitted-by-iom")
    assert not release.live
    state = release.current_workflow_state
    assert state.status == "in_progress"
    assert state.current_task_state.task.name == roles.MODERATION_TASK


def test_atina_editor_edits_an_atina_programme_and_submits_it_but_cannot_publish(client):
    programme = programme_run_by("Atina")
    client.force_login(staff_member(roles.ATINA_EDITORS))
    edit_form = client.get(edit_url(programme))
    assert edit_form.status_code == 200
    assert 'name="action-publish"' not in edit_form.content.decode()

    client.post(edit_url(programme), programme_form(programme, "Tried to publish", "action-publish"))
    programme.refresh_from_db()
    assert programme.title != "Tried to publish"

    response = client.post(edit_url(programme), programme_form(programme, "Submitted by Atina", "action-submit"))
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.current_workflow_state.status == "in_progress"
    assert programme.get_latest_revision_as_object().title == "Submitted by Atina"
    assert programme.title != "Submitted by Atina"


def test_atina_editor_edits_the_serbian_translation_of_a_programme_atina_runs(client, seeded):
    client.force_login(staff_member(roles.ATINA_EDITORS))
    assert client.get(edit_url(seeded("programme:reintegration-centre", "sr-latn"))).status_code == 200


def test_atina_editor_is_turned_away_from_a_programme_atina_does_not_run(client):
    programme = programme_run_by("International")
    client.force_login(staff_member(roles.ATINA_EDITORS))

    response = client.get(edit_url(programme), follow=True)

    assert response.redirect_chain
    assert "You may edit only the programmes that your organisation runs." in messages_of(response)
    response = client.post(edit_url(programme), programme_form(programme, "Changed by Atina", "action-submit"))
    assert response.status_code == 302
    assert programme.get_latest_revision_as_object().title != "Changed by Atina"


def test_atina_editor_cannot_touch_iom_press_releases(client, release_en):
    client.force_login(staff_member(roles.ATINA_EDITORS))
    response = client.get(edit_url(release_en), follow=True)
    assert response.redirect_chain
    assert "Sorry, you do not have permission to access this area." in messages_of(response)
    index = NewsIndexPage.objects.get(locale__language_code="en")
    add = reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])
    assert client.get(add).status_code == 302


def test_translator_edits_the_serbian_page_but_cannot_add_or_edit_english_pages(client, release_en, release_sr):
    client.force_login(staff_member(roles.TRANSLATORS))
    assert client.get(edit_url(release_sr)).status_code == 200

    index = NewsIndexPage.objects.get(locale__language_code="en")
    add = reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])
    assert client.get(add).status_code == 302
    assert client.get(edit_url(release_en)).status_code == 302
