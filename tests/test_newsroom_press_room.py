"""The press room: contacts with mailto/tel links and vCards, and documents."""

import datetime

import pytest
from django.core.files.base import ContentFile
from newsroom_helpers import locale, press_room, seed_contact
from wagtail.documents.models import Document

from contact.factories import PressContactFactory
from news.vcard import escape, fold, vcard_for

pytestmark = pytest.mark.django_db


def unfold(text):
    return text.replace("\r\n ", "")


def vcard_fields(text):
    fields = {}
    for line in unfold(text).split("\r\n"):
        if line:
            name, _colon, value = line.partition(":")
            fields.setdefault(name.split(";")[0], value)
    return fields


def test_seed_press_room_exists_in_both_languages_and_in_the_menu(client):
    assert press_room("en").url == "/en/press-room/"
    assert press_room("sr-latn").url == "/sr-latn/za-medije/"
    assert press_room("sr-latn").title == "Za medije"
    home = client.get("/en/").content.decode()
    assert 'href="/en/press-room/"' in home
    assert 'href="/sr-latn/za-medije/"' in client.get("/sr-latn/").content.decode()


def test_press_room_lists_contacts_of_its_language_with_links(client):
    PressContactFactory(name="Ana Phone", email="ana@example.org", phone="+381 11 222 333")
    response = client.get("/en/press-room/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Jovana Skrnjug" in body and "IOM Belgrade" in body
    assert 'href="mailto:jskrnjug@iom.int"' in body
    assert 'href="tel:+38111222333"' in body
    assert "/en/press-room/contacts/" in body and ".vcf" in body
    serbian = client.get("/sr-latn/za-medije/").content.decode()
    assert "IOM Beograd" in serbian and "Ana Phone" not in serbian


def test_vcard_download(client):
    contact = seed_contact("en")
    response = client.get(f"/en/press-room/contacts/{contact.pk}.vcf")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    fields = vcard_fields(text)
    assert fields["FN"] == "Jovana Skrnjug"
    assert fields["N"] == "Skrnjug;Jovana;;;"
    assert fields["ORG"] == "IOM Belgrade"
    assert fields["EMAIL"] == "jskrnjug@iom.int"
    assert "TEL" not in fields  # the seed gives no phone number


def test_vcard_in_serbian_names_the_serbian_organisation(client):
    contact = seed_contact("sr-latn")
    text = client.get(f"/sr-latn/za-medije/kontakti/{contact.pk}.vcf").content.decode()
    assert vcard_fields(text)["ORG"] == "IOM Beograd"


def test_vcard_with_phone_title_and_special_characters(client):
    contact = PressContactFactory(
        name="Đorđe Petrović", role="Officer; press, media", organisation="IOM\\Belgrade", phone="+381 11 222 333"
    )
    fields = vcard_fields(client.get(f"/en/press-room/contacts/{contact.pk}.vcf").content.decode())
    assert fields["FN"] == "Đorđe Petrović"
    assert fields["TITLE"] == "Officer\\; press\\, media"
    assert fields["ORG"] == "IOM\\\\Belgrade"
    assert fields["TEL"] == "tel:+38111222333"


@pytest.mark.parametrize("path", ["/en/press-room/contacts/999999.vcf", "/en/press-room/contacts/abc.vcf"])
def test_unknown_vcard_is_a_404(client, path):
    assert client.get(path).status_code == 404


def test_vcard_of_another_language_is_a_404(client):
    serbian = seed_contact("sr-latn")
    assert client.get(f"/en/press-room/contacts/{serbian.pk}.vcf").status_code == 404


def test_long_lines_are_folded_at_75_octets_without_splitting_characters():
    line = "NOTE:" + "ž" * 100
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert unfold(folded) == line


def test_escaping():
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_vcard_for_a_long_organisation_is_folded():
    contact = PressContactFactory.build(organisation="International Organization for Migration " * 4)
    text = vcard_for(contact)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert vcard_fields(text)["ORG"].startswith("International Organization for Migration International")


def test_press_room_lists_documents(client):
    document = Document.objects.create(title="Press kit 2006", file=ContentFile(b"%PDF-1.4", name="kit.pdf"))
    page = press_room("en")
    page.documents = [("document", {"document": document, "title": "", "description": "Logos and facts"})]
    page.save_revision().publish()
    body = client.get(page.url).content.decode()
    assert "Press kit 2006" in body
    assert document.url in body
    assert "Logos and facts" in body


def test_vcard_read_by_a_vcard_library_has_tel_title_uid_and_rev(client):
    import vobject

    contact = PressContactFactory(name="Ana Phone", role="Press officer", phone="+381 11 222 333")
    card = vobject.readOne(client.get(f"/en/press-room/contacts/{contact.pk}.vcf").content.decode())
    assert card.fn.value == "Ana Phone"
    assert card.title.value == "Press officer"
    assert card.tel.value == "tel:+38111222333"
    assert card.uid.value == f"urn:uuid:{contact.translation_key}"
    assert card.rev.value.startswith(contact.updated_at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M"))

    serbian = contact.copy_for_translation(locale("sr-latn"))
    serbian.save()
    room = press_room("sr-latn").url
    serbian_card = vobject.readOne(client.get(f"{room}kontakti/{serbian.pk}.vcf").content.decode())
    assert serbian_card.uid.value == card.uid.value  # the same person in both languages


def test_vcard_without_phone_or_role_has_neither_tel_nor_title(client):
    import vobject

    contact = seed_contact("en")
    card = vobject.readOne(client.get(f"/en/press-room/contacts/{contact.pk}.vcf").content.decode())
    assert "tel" not in card.contents and "title" not in card.contents
    assert card.uid.value.startswith("urn:uuid:")


def test_press_room_names_the_out_of_hours_contact_in_each_language(client):
    english = PressContactFactory(name="Duty Person", role="Duty press officer", phone="+381 11 222 444")
    serbian = english.copy_for_translation(locale("sr-latn"))
    serbian.role = "Dežurni za medije"
    serbian.save()
    for code in ("en", "sr-latn"):
        room = press_room(code)
        room.duty_contact = english  # a translation may still point at the English contact
        room.duty_hours = "Evenings and weekends" if code == "en" else "Večeri i vikendi"
        room.save_revision().publish()
    body = client.get("/en/press-room/").content.decode()
    duty = body.split('id="press-room-duty-title"', 1)[1].split("</section>", 1)[0]
    assert "Evenings and weekends" in duty and "Duty Person" in duty
    assert 'href="tel:+38111222444"' in duty
    assert f"/en/press-room/contacts/{english.pk}.vcf" in duty
    serbian_body = client.get("/sr-latn/za-medije/").content.decode()
    duty = serbian_body.split('id="press-room-duty-title"', 1)[1].split("</section>", 1)[0]
    assert "Dežurni za medije" in duty and "Večeri i vikendi" in duty
    assert f"/sr-latn/za-medije/kontakti/{serbian.pk}.vcf" in duty
    assert client.get(f"/sr-latn/za-medije/kontakti/{serbian.pk}.vcf").status_code == 200


def test_press_room_without_an_out_of_hours_contact_shows_no_such_section(client):
    assert "press-room-duty-title" not in client.get("/en/press-room/").content.decode()


def test_press_room_lists_media_kits_per_release_newest_first_with_formats_and_sizes(client, monkeypatch):
    from django.utils import timezone
    from helpers import soup
    from newsroom_helpers import make_release
    from wagtail.images.tests.utils import get_test_image_file

    from image_library.models import CreditedImage

    document = Document.objects.create(
        title="Fact sheet", file=ContentFile(b"%PDF-1.4 facts", name="facts.pdf"), file_size=14
    )
    picture = CreditedImage.objects.create(title="Opening day", file=get_test_image_file(), credit="© IOM/Ana Test")
    ended = CreditedImage.objects.create(
        title="Consent ended",
        file=get_test_image_file(),
        shows_identifiable_person=True,
        consent_given_by="The person shown",
        consent_given_on=datetime.date(2020, 1, 1),
        consent_until=timezone.localdate() + datetime.timedelta(days=1),
    )
    older = make_release(
        title="Older with a document",
        date=datetime.date(2041, 1, 1),
        body=[("document", {"document": document, "title": "", "description": ""})],
    )
    newer = make_release(
        title="Newer with pictures",
        date=datetime.date(2041, 2, 1),
        hero_image=picture,
        hero_image_alt="The opening",
        body=[("image", {"image": ended, "alt_text": "A person", "caption": ""})],
    )
    make_release(title="No media at all", date=datetime.date(2041, 3, 1))

    kits = soup(client.get("/en/press-room/")).select(".media-kit")
    titles = [kit.select_one(".media-kit__title").get_text(strip=True) for kit in kits]
    assert titles.index("Newer with pictures") < titles.index("Older with a document")
    assert "No media at all" not in titles
    newer_kit = kits[titles.index("Newer with pictures")].get_text()
    assert "Opening day" in newer_kit and "Consent ended" in newer_kit
    assert f"(PNG, {picture.width} × {picture.height} pixels)" in newer_kit and "© IOM/Ana Test" in newer_kit
    older_kit = kits[titles.index("Older with a document")]
    assert "(PDF, 14\xa0bytes)" in older_kit.get_text()
    assert older_kit.select_one("a[download]")["href"] == document.url
    assert kits[titles.index("Newer with pictures")].select_one("a[download]")["href"] == (
        f"{newer.url}media/{picture.pk}/"
    )
    assert older.url in str(older_kit)

    # Two days later, with nothing saved in between: the consent ended yesterday.
    two_days_later = timezone.localdate() + datetime.timedelta(days=2)
    monkeypatch.setattr(timezone, "localdate", lambda *args: two_days_later)
    kits = soup(client.get("/en/press-room/")).select(".media-kit")
    assert "Consent ended" not in " ".join(kit.get_text() for kit in kits)
