"""What this project relies on in Wagtail and wagtail-localize, pinned to the versions it was checked
against. After an upgrade, re-read the hook points named here in the new versions, then change the
version test: the other tests fail if a hook point moved."""

from importlib.metadata import version
from pathlib import Path

import django
import pytest
import wagtail_localize
from django.contrib.auth import get_user_model
from django.urls import reverse
from editorial_helpers import staff_member
from helpers import publish
from wagtail import hooks
from wagtail.models import Page, PagePermissionTester, get_page_models
from wagtail_localize.models import TranslationSource

from editorial_roles import roles
from editorial_roles.page_permissions import RULES, EditorialPagePermissionTester
from editorial_roles.permissions import partner_editors_edit_their_programmes, translators_read_the_default_language
from translation_status.publishing import hide_convert_to_alias

pytestmark = pytest.mark.django_db


def test_the_integration_was_checked_against_these_versions():
    assert version("wagtail") == "8.0.1"
    assert version("wagtail-localize") == "1.14.5"
    assert django.VERSION[:2] == (5, 2)


def test_every_page_type_answers_permissions_with_the_editorial_tester():
    user = get_user_model().objects.create_superuser("checker", "checker@example.org", "x")
    for model in get_page_models():
        if model is not Page:
            assert isinstance(model().permissions_for_user(user), EditorialPagePermissionTester), model


def test_wagtails_tester_holds_the_actions_the_editorial_rules_take_away(release_en):
    """The rules subtract from PagePermissionTester.permissions, a set of actions ("add", "change", ...)."""
    assert {"add", "change"} <= PagePermissionTester(staff_member(roles.IOM_EDITORS), release_en).permissions
    assert translators_read_the_default_language in RULES
    assert partner_editors_edit_their_programmes in RULES
    translator = staff_member(roles.TRANSLATORS)
    assert "change" in PagePermissionTester(translator, release_en).permissions
    assert not release_en.permissions_for_user(translator).can_edit()


def test_wagtail_localize_offers_convert_to_alias_as_the_menu_item_the_project_hides():
    items = [register() for register in hooks.get_hooks("register_page_action_menu_item")]
    assert "localize-convert-to-alias" in [item.name for item in items]

    hide_convert_to_alias(items, None, {})

    assert "localize-convert-to-alias" not in [item.name for item in items]


def test_wagtail_localizes_sync_form_has_the_block_the_project_overrides():
    upstream = Path(wagtail_localize.__file__).parent / "templates/wagtail_localize/admin/update_translations.html"
    text = upstream.read_text()
    assert "{% block visible_fields %}" in text and "publish_translations" in text


def test_wagtail_localizes_sync_form_publishes_only_through_the_projects_sync(admin_client, release_en):
    source = TranslationSource.objects.get_for_instance(release_en)
    ours = reverse("update_finished_translations", args=[source.pk])

    upstream = admin_client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert upstream.status_code == 200
    assert 'name="publish_translations"' not in upstream.content.decode()
    assert ours in upstream.content.decode()
    assert 'name="publish_translations"' in admin_client.get(ours).content.decode()


def test_publishing_through_wagtail_localizes_own_sync_is_refused_by_the_model(
    admin_client, client, release_en, release_sr, django_capture_on_commit_callbacks
):
    """Posting "Publish immediately" to wagtail-localize's own sync address (its form no longer
    offers it) publishes the translation with English fallbacks: the integrity rule refuses it."""
    release_en.introduction = "A new lead paragraph."
    publish(release_en)
    source = TranslationSource.objects.get_for_instance(release_en)

    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"publish_translations": "on"}, follow=True)

    # The refusal (a PermissionDenied) undoes the whole sync; Wagtail's admin says so.
    assert "you do not have permission" in response.content.decode()
    assert "A new lead paragraph." not in client.get(release_sr.url).content.decode()
