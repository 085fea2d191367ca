"""Editors reach the admin; the local admin account is created once, with a password nobody guessed."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from helpers import soup
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from building_blocks.constants import RICH_TEXT_FEATURES

pytestmark = pytest.mark.django_db

PASSWORD_LINE = re.compile(r"user: (?P<user>\S+)\s+password: (?P<password>\S+)")


def ensure_local_admin():
    out = io.StringIO()
    call_command("ensure_local_admin", stdout=out)
    return out.getvalue()


@pytest.fixture
def no_admin_env(monkeypatch):
    for name in ("ADMIN_PASSWORD", "ADMIN_USERNAME", "BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def staff_member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password=f"{username}-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(django_user_model):
    """A member of the "IOM editors" group (Wagtail's default "Editors" group is removed): edits and
    submits pages, cannot publish."""
    return staff_member(django_user_model, "editor", "IOM editors")


@pytest.fixture
def moderator(django_user_model):
    """A member of Wagtail's "Moderators" group: can publish."""
    return staff_member(django_user_model, "moderator", "Moderators")


def test_admin_login_page_answers(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert b'name="username"' in response.content
    assert b'name="password"' in response.content


def test_admin_asks_visitors_to_log_in(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_superuser_logs_in_with_the_form_and_sees_the_dashboard(client, django_user_model):
    django_user_model.objects.create_superuser(username="boss", email="", password="a-long-password-42")

    response = client.post("/admin/login/", {"username": "boss", "password": "a-long-password-42"}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/"
    assert response.wsgi_request.user.username == "boss"
    assert "wagtailadmin/home.html" in [template.name for template in response.templates]


def test_wrong_password_keeps_the_visitor_on_the_login_page(client, django_user_model):
    django_user_model.objects.create_superuser(username="boss", email="", password="a-long-password-42")

    response = client.post("/admin/login/", {"username": "boss", "password": "guess"})

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_editor_opens_the_press_release_in_the_page_editor(client, editor, release_en):
    client.force_login(editor)

    response = client.get(f"/admin/pages/{release_en.pk}/edit/")

    assert response.status_code == 200
    assert release_en.title in response.content.decode()


def test_editor_opens_the_serbian_release_in_the_translation_editor(client, editor, release_sr):
    client.force_login(editor)

    response = client.get(f"/admin/pages/{release_sr.pk}/edit/")

    assert response.status_code == 200
    assert "Otvoren prvi centar" in response.content.decode()


def test_editor_sees_the_page_explorer_of_the_news(client, editor, seeded):
    client.force_login(editor)

    response = client.get(f"/admin/pages/{seeded('news').pk}/")

    assert response.status_code == 200
    assert "First Reintegration Centre for Trafficking Victims Opens" in response.content.decode()


def test_ensure_local_admin_creates_a_superuser_with_a_generated_password_shown_once(client, no_admin_env):
    output = ensure_local_admin()

    match = PASSWORD_LINE.search(output)
    assert match, output
    username, password = match["user"], match["password"]
    assert username == "admin"
    assert len(password) >= 12
    user = get_user_model().objects.get(username=username)
    assert user.is_superuser and user.is_staff
    assert user.check_password(password)

    response = client.post("/admin/login/", {"username": username, "password": password}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert response.wsgi_request.user.is_superuser

    second = ensure_local_admin()
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    assert password not in second
    assert not PASSWORD_LINE.search(second)
    assert "admin" in second  # it says which account to use


def test_ensure_local_admin_generates_a_different_password_each_time(no_admin_env):
    first = PASSWORD_LINE.search(ensure_local_admin())["password"]
    get_user_model().objects.all().delete()
    second = PASSWORD_LINE.search(ensure_local_admin())["password"]

    assert first != second


def test_ensure_local_admin_uses_admin_password_from_the_environment_without_printing_it(monkeypatch, no_admin_env):
    monkeypatch.setenv("ADMIN_PASSWORD", "chosen-by-the-developer-7")
    monkeypatch.setenv("ADMIN_USERNAME", "dev")

    output = ensure_local_admin()

    user = get_user_model().objects.get(is_superuser=True)
    assert user.username == "dev"
    assert user.check_password("chosen-by-the-developer-7")
    assert "chosen-by-the-developer-7" not in output


def test_ensure_local_admin_leaves_an_existing_superuser_alone(django_user_model, no_admin_env):
    boss = django_user_model.objects.create_superuser(username="boss", email="", password="a-long-password-42")

    output = ensure_local_admin()

    assert list(django_user_model.objects.filter(is_superuser=True)) == [boss]
    assert "boss" in output
    assert not PASSWORD_LINE.search(output)


def test_logged_in_editor_sees_the_wagtail_user_bar_on_the_site(client, editor, release_en):
    client.force_login(editor)

    response = client.get(release_en.url)

    assert response.status_code == 200
    assert b"wagtail-userbar" in response.content
    assert b"wagtail-userbar" not in Client().get(release_en.url).content


def press_release_form(release, **changes):
    """The page editor's POST data for a press release, body reduced to one paragraph."""
    link = release.press_contacts.get()
    topic_link = release.topic_links.get()
    data = nested_form_data(
        {
            "title": release.title,
            "slug": release.slug,
            "introduction": release.introduction,
            "date": release.date.isoformat(),
            "dateline": release.dateline,
            "hero_image": "",
            "hero_image_alt": "",
            "hero_image_caption": "",
            "body": streamfield(
                [("paragraph", rich_text("<p>The centre has opened.</p>", features=RICH_TEXT_FEATURES))]
            ),
            "press_contacts": inline_formset([{"id": link.pk, "contact": link.contact_id}], initial=1),
            "topic_links": inline_formset([{"id": topic_link.pk, "topic": topic_link.topic_id}], initial=1),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    data["related_programmes"] = [programme.pk for programme in release.related_programmes.all()]
    data.update(changes)
    return data


def test_moderator_publishes_a_changed_press_release_from_the_page_editor(client, moderator, release_en):
    client.force_login(moderator)
    data = press_release_form(release_en, title="First reintegration centre opens in Belgrade")
    data["action-publish"] = "action-publish"

    response = client.post(f"/admin/pages/{release_en.pk}/edit/", data)

    assert response.status_code == 302
    assert soup(client.get(release_en.url)).h1.get_text() == "First reintegration centre opens in Belgrade"


def test_editors_saved_draft_leaves_the_live_release_unchanged(client, editor, release_en):
    client.force_login(editor)

    response = client.post(f"/admin/pages/{release_en.pk}/edit/", press_release_form(release_en, title="Draft title"))

    assert response.status_code == 302
    release_en.refresh_from_db()
    assert release_en.draft_title == "Draft title"
    assert release_en.has_unpublished_changes
    assert soup(client.get(release_en.url)).h1.get_text() == "First Reintegration Centre for Trafficking Victims Opens"


def test_page_editor_refuses_a_press_release_image_without_alternative_text(client, editor, release_en):
    image = ImageFactory()
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/{release_en.pk}/edit/", press_release_form(release_en, hero_image=image.pk, hero_image_alt="")
    )

    assert response.status_code == 200  # the form again, with the error
    assert "hero_image_alt" in response.context["form"].errors
    release_en.refresh_from_db()
    assert release_en.hero_image is None


def test_editor_previews_the_press_release(client, editor, release_en):
    client.force_login(editor)
    preview_url = f"/admin/pages/{release_en.pk}/edit/preview/"

    posted = client.post(preview_url, press_release_form(release_en, title="A previewed title"))
    shown = client.get(preview_url)

    assert posted.status_code == 200
    assert posted.json()["is_valid"]
    assert shown.status_code == 200
    assert "A previewed title" in shown.content.decode()
    assert release_en.title == type(release_en).objects.get(pk=release_en.pk).title  # nothing published
