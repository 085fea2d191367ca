"""The admin: lockout after failed sign-ins, optional two-factor sign-in, and an audit trail."""

import io

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from helpers import soup
from test_admin import press_release_form
from wagtail.models import ModelLogEntry, PageLogEntry

from news.models import Topic

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-1"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(username="staff", password=PASSWORD, email="s@example.org")


def sign_in(client, password, username="staff", address="10.0.0.1"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, HTTP_USER_AGENT="test"
    )


def lock_out(client, username="staff", address="10.0.0.1"):
    for attempt in range(5):
        sign_in(client, f"wrong-{attempt}", username, address)


def test_five_wrong_passwords_lock_the_account_on_that_address_with_a_429_page(client, staff):
    lock_out(client)

    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert soup(response).h1.get_text(strip=True) == "Too many failed sign-ins"
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_account_and_address(client, staff, django_user_model):
    django_user_model.objects.create_user(username="other", password=PASSWORD, is_staff=True)
    lock_out(client)

    assert sign_in(Client(), PASSWORD, address="10.0.0.2").status_code == 302  # same account, other address
    assert sign_in(Client(), PASSWORD, username="other").status_code == 302  # other account, same address


def test_four_wrong_passwords_do_not_lock_out(client, staff):
    for attempt in range(4):
        sign_in(client, f"wrong-{attempt}")

    assert sign_in(client, PASSWORD).status_code == 302


def test_axes_reset_username_unlocks_an_account(client, staff):
    lock_out(client)

    call_command("axes_reset_username", "staff", stdout=io.StringIO())

    assert sign_in(client, PASSWORD).status_code == 302


def confirmed_device(user):
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_staff_without_a_device_sign_in_with_a_password_alone(client, staff):
    sign_in(client, PASSWORD)

    assert client.get("/admin/").status_code == 200


def test_staff_with_a_device_must_enter_a_code_before_using_the_admin(client, staff):
    device = confirmed_device(staff)
    sign_in(client, PASSWORD)

    blocked = client.get("/admin/pages/")
    right = client.post(blocked["Location"], {"code": current_code(device)})

    assert blocked.status_code == 302
    assert blocked["Location"].startswith("/admin/two-factor/verify/")
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_keeps_the_admin_closed(client, staff):
    device = confirmed_device(staff)
    sign_in(client, PASSWORD)

    wrong = client.post(
        "/admin/two-factor/verify/", {"code": "000000" if current_code(device) != "000000" else "111111"}
    )

    assert wrong.status_code == 200
    assert "That code is not valid" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302


def test_verification_does_not_redirect_to_another_site(client, staff):
    device = confirmed_device(staff)
    sign_in(client, PASSWORD)

    response = client.post("/admin/two-factor/verify/?next=https://evil.example/", {"code": current_code(device)})

    assert response["Location"] == "/admin/"


def test_staff_turns_on_two_factor_sign_in_with_a_code_from_the_app(client, staff):
    sign_in(client, PASSWORD)
    page = client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=staff)

    response = client.post("/admin/two-factor/setup/", {"code": current_code(device)})

    assert page.status_code == 200
    assert "otpauth://totp/" in page.content.decode()
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200  # this session is verified already


def test_editing_a_page_and_a_snippet_is_in_the_site_history(admin_client, release_en):
    topic = Topic.objects.filter(locale__language_code="en").first()
    page_data = press_release_form(release_en, title="Audited title")
    page_data["action-publish"] = "action-publish"

    admin_client.post(f"/admin/pages/{release_en.pk}/edit/", page_data)
    admin_client.post(f"/admin/snippets/news/topic/edit/{topic.pk}/", {"name": "Audited topic", "slug": topic.slug})
    history = admin_client.get("/admin/reports/site-history/").content.decode()

    assert PageLogEntry.objects.filter(page=release_en, action="wagtail.publish").exists()
    assert ModelLogEntry.objects.filter(object_id=str(topic.pk), action="wagtail.edit").exists()
    assert "Audited title" in history
    assert "Audited topic" in history


@pytest.mark.parametrize("path", ["/django-admin/", "/en/django-admin/", "/django-admin/login/"])
def test_there_is_no_second_admin_besides_wagtails(client, staff, path):
    """Django's own admin is not installed: staff sign in to Wagtail's, with its two-factor step."""
    client.force_login(staff)

    assert client.get(path, follow=True).status_code == 404
