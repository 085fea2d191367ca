"""Editorial roles as staff meet them in the admin: who may create, edit, submit and publish what."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from editorial_helpers import messages_of, programme_form, release_form, staff_member
from translation_helpers import start_translation
from wagtail.models import GroupPagePermission, Page

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
    response = client.get(edit_url(seeded("programme:reintegration-centre", "sr-latn")))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in response.templates]


def test_atina_editor_is_turned_away_from_a_programme_atina_does_not_run(client):
    programme = programme_run_by("International")
    client.force_login(staff_member(roles.ATINA_EDITORS))

    response = client.get(edit_url(programme), follow=True)

    assert response.redirect_chain
    # The page permission tester refuses the edit (editorial_roles.permissions), as Wagtail says it.
    assert "Sorry, you do not have permission to access this area." in messages_of(response)
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


def test_atina_editor_sees_edit_links_only_on_atina_programmes_in_the_explorer(client):
    atina, other = programme_run_by("Atina"), programme_run_by("International")
    client.force_login(staff_member(roles.ATINA_EDITORS))

    response = client.get(reverse("wagtailadmin_explore", args=[atina.get_parent().pk]))

    assert response.status_code == 200
    listing = response.content.decode()
    assert edit_url(atina) in listing
    assert other.title in listing and edit_url(other) not in listing


def test_atina_editor_cannot_open_the_translation_editor_of_a_programme_atina_does_not_run(client, serbian):
    other = programme_run_by("International")
    start_translation(other, serbian)
    other_sr = other.get_translation(serbian)
    client.force_login(staff_member(roles.ATINA_EDITORS))

    response = client.get(edit_url(other_sr), follow=True)
    assert "Sorry, you do not have permission to access this area." in messages_of(response)
    assert "wagtail_localize/admin/edit_translation.html" not in [template.name for template in response.templates]
    submit = reverse("submit_translation_for_moderation", args=[other_sr.pk])
    assert client.post(submit).status_code in (302, 403)
    assert Page.objects.get(pk=other_sr.pk).current_workflow_state is None


def test_bulk_actions_of_a_partner_group_reach_only_its_partners_programmes(client):
    """Were Atina editors allowed to publish, Wagtail's bulk publish would still skip the programmes
    Atina does not run: the rule lives in the page permission tester that bulk actions ask."""
    atina, other = programme_run_by("Atina"), programme_run_by("International")
    group = Group.objects.get(name=roles.ATINA_EDITORS)
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=group, page=atina.get_parent(), permission=publish)
    for programme in (atina, other):
        programme.title = "Changed in bulk"
        programme.save_revision()
    client.force_login(staff_member(roles.ATINA_EDITORS))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])

    client.post(f"{url}?id={atina.pk}&id={other.pk}", {})

    assert Page.objects.get(pk=atina.pk).title == "Changed in bulk"
    assert Page.objects.get(pk=other.pk).title != "Changed in bulk"
