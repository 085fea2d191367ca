"""The press room: contacts with mailto/tel links and vCards, and documents."""

import pytest
from django.core.files.base import ContentFile
from newsroom_helpers import press_room, seed_contact
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
