"""A confidential programme (the transition house) never stores anything that says where it is: not in
a draft, a block, rich text, a translation or a revision saved by code; and a command reports what
older revisions hold."""

from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation
from programme_helpers import programme_edit_form
from wagtail.models import Locale, Revision
from wagtail.test.utils.form_data import rich_text, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from programmes.locations import find_location
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "…it is at Njegoševa 15, 11000 Beograd.",
        "Njegoseva 15",
        "Његошева 15",
        "u Njegoševoj 15.",
        "Kralja Petra 4a",
        "Nemanjina 4/2",
        "Njegoševa br. 15",
        "ул. Краља Петра",
        "Ulica Mira bb",
        "Булевар краља Александра",
        "21 000 Novi Sad",
        "Beograd 11000",
        "11000 Београд",
        "15 Main Street",
        "221B Baker St",
        "45°16′N 19°50′E",
        "45° 16' 12\" N",
        "44.81° N",
        "45°16′С 19°50′И",
        "N 44.8125, E 20.4612",
        "44,81234; 20,46125",
        "geo:44.8125,20.4612",
        "https://maps.google.com/?q=44.8,20.4",
        "https://www.google.rs/maps/place/Beograd",
        "https://maps.app.goo.gl/abc123",
        "https://maps.apple.com/?ll=44.8,20.4",
        "https://www.openstreetmap.org/#map=17/44.8/20.4",
        "https://www.bing.com/maps?cp=44.8~20.4",
        "https://yandex.rs/maps/-/abc",
        "https://waze.com/ul?ll=44.8,20.4",
        "https://wego.here.com/?map=44.8,20.4,15",
    ],
)
def test_addresses_postcodes_coordinates_and_map_links_are_recognised(text):
    assert find_location(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "15 women were helped in 2024.",
        "On 15 March 2024 the centre opened.",
        "March 15, 2024",
        "Dana 15. marta 2024. godine",
        "U Beogradu 15. marta",
        "Over 15 women",
        "Beograd 15 žena",
        "Београд 15 жена",
        "Call 0800 200 201",
        "SOS linija 0800 100 007",
        "Pozovite +381 11 123 4567",
        "tel. 011/123-456",
        "Article 15 of the Law",
        "Član 15 Zakona",
        "children living on the street",
        "deca na ulici",
        "the road to recovery",
        "In 2024, 12000 women",
        "1,500, 2,000 and 3,000 dinars",
        "348 people assisted between 2001 and October 2006",
        "It was 30°C",
        "The centre has 12 beds.",
        "Centar ima 12 kreveta.",
        "Mon–Fri 9–17 h",
        "Programme 2",
    ],
)
def test_dates_figures_and_phone_numbers_are_not_taken_for_locations(text):
    assert find_location(text) is None


def _house(language="en"):
    return ProgrammePage.objects.get(confidential_location=True, locale__language_code=language)


def _save_draft(admin_client, page, headers=None, **overrides):
    return admin_client.post(f"/admin/pages/{page.pk}/edit/", programme_edit_form(page, **overrides), headers=headers)


def _stored_anywhere(page, text):
    row = ProgrammePage.objects.filter(pk=page.pk).values().get()
    row = {name: list(value.raw_data) if hasattr(value, "raw_data") else value for name, value in row.items()}
    rows = [str(row)] + [str(revision.content) for revision in Revision.objects.filter(object_id=str(page.pk))]
    return any(text in row for row in rows)


LOCATIONS_IN_FIELDS = [
    ("introduction", "…it is at Njegoševa 15, 11000 Beograd.", "Njegoševa 15"),
    ("introduction", "Кућа је у Његошевој 15.", "Његошевој 15"),
    ("title", "Transition house, 15 Main Street", "Main Street"),
    ("who_it_is_for", "Women who come to ul. Kralja Petra", "Kralja Petra"),
    ("where_it_works", "45°16′N 19°50′E", "45°16′N"),
    ("how_to_get_help", "Find us: https://maps.app.goo.gl/abc123", "maps.app.goo.gl"),
    ("search_description", "geo:44.8125,20.4612", "geo:44.8125"),
    ("seo_title", "Булевар краља Александра", "Булевар"),
    ("body", streamfield([("paragraph", rich_text("<p>Kuća je u Његошевој 15.</p>"))]), "Његошевој"),
    (
        "body",
        streamfield(
            [("paragraph", rich_text('<p>See <a href="https://www.openstreetmap.org/#map=17/44.8/20.4">here</a>.</p>'))]
        ),
        "openstreetmap",
    ),
    ("body", streamfield([("heading", {"text": "Ulica Mira bb", "level": "h2"})]), "Ulica Mira"),
    ("body", streamfield([("quote", {"quote": "We live at 44.8125, 20.4612", "attribution": ""})]), "44.8125"),
    ("services", streamfield([("service", {"name": "Shelter", "description": "In 11000 Beograd"})]), "11000 Beograd"),
    ("key_figures", streamfield([("figure", {"figure": "1", "label": "house at 44°48′N"})]), "44°48′N"),
]


@pytest.mark.parametrize(("field", "value", "needle"), LOCATIONS_IN_FIELDS)
def test_save_draft_refuses_a_location_in_any_field_or_block(admin_client, field, value, needle):
    house = _house()
    revisions = house.revisions.count()

    response = _save_draft(admin_client, house, **{field: value})

    assert response.status_code == 200
    html = response.content.decode()
    assert "looks like" in html and "confidential location cannot say where it is" in html
    assert house.revisions.count() == revisions
    assert not _stored_anywhere(house, needle)


def test_autosave_refuses_a_location_too(admin_client):
    house = _house()
    revisions = house.revisions.count()

    response = _save_draft(admin_client, house, headers={"Accept": "application/json"}, introduction="Njegoševa 15")

    assert response.status_code == 400
    assert response.json()["success"] is False
    assert house.revisions.count() == revisions
    assert not _stored_anywhere(house, "Njegoševa 15")


def test_a_copy_cannot_carry_a_location():
    house = _house()

    with pytest.raises(ValidationError):
        house.copy(update_attrs={"slug": "transition-house-copy", "introduction": "Ulica Mira bb"})

    assert not ProgrammePage.objects.filter(slug="transition-house-copy").exists()


def test_save_draft_accepts_ordinary_text_with_dates_figures_and_phones(admin_client):
    house = _house()
    text = "Since 15 March 2006, 348 women found safety here; call 0800 200 201 (Mon–Fri 9–17 h), Article 15."

    response = _save_draft(
        admin_client,
        house,
        introduction=text,
        where_it_works="Belgrade and rural areas",
        body=streamfield([("paragraph", rich_text("<p>U 2024. godini pomoć je dobilo 15 žena.</p>"))]),
    )

    assert response.status_code == 302
    house.refresh_from_db()
    assert house.get_latest_revision().as_object().introduction == text


def test_the_editor_reads_why_in_serbian_latin_and_cyrillic():
    house = _house("sr-latn")
    house.introduction = "Njegoševa 15"
    for language, words in (("sr-latn", "poverljivom lokacijom"), ("sr", "поверљивом локацијом")):
        with translation.override(language), pytest.raises(ValidationError) as error:
            house.full_clean()
        assert words in str(error.value.message_dict["introduction"])


def test_code_cannot_store_a_location_in_a_revision_or_the_page_row():
    house = _house()
    revisions = house.revisions.count()
    house.introduction = "Njegoševa 15"

    with pytest.raises(ValidationError):
        house.save_revision(clean=False)
    with pytest.raises(ValidationError):
        house.save(clean=False)

    assert house.revisions.count() == revisions
    assert not _stored_anywhere(house, "Njegoševa 15")


def test_a_translation_with_an_address_is_refused_and_nothing_is_stored():
    house, serbian_house = _house(), _house("sr-latn")
    revisions = serbian_house.revisions.count()
    source = TranslationSource.objects.get_for_instance(house)
    serbian_translation = Translation.objects.get(
        source=source, target_locale=Locale.objects.get(language_code="sr-latn")
    )
    segment = StringSegment.objects.get(source=source, context__path="introduction")
    StringTranslation.objects.filter(translation_of=segment.string, context=segment.context).update(
        data="Tranzitna kuća je u Његошевој 15, 11000 Београд."
    )

    with pytest.raises(ValidationError) as error:
        serbian_translation.save_target(publish=False)

    assert "introduction" in error.value.message_dict
    assert serbian_house.revisions.count() == revisions
    assert not _stored_anywhere(serbian_house, "Његошевој")


def test_the_translation_editor_publish_is_refused_with_a_message(admin_client):
    house, serbian_house = _house(), _house("sr-latn")
    source = TranslationSource.objects.get_for_instance(house)
    segment = StringSegment.objects.get(source=source, context__path="introduction")
    StringTranslation.objects.filter(translation_of=segment.string, context=segment.context).update(
        data="Kuća: https://maps.google.com/?q=44.81,20.46"
    )

    response = admin_client.post(f"/admin/pages/{serbian_house.pk}/edit/", {"action": "publish"}, follow=True)

    assert "validation errors" in response.content.decode()
    assert not _stored_anywhere(serbian_house, "maps.google.com")


def test_the_command_reports_revisions_that_hold_a_location_and_changes_nothing():
    house = _house()
    revision = house.save_revision()
    content = dict(revision.content, introduction="Stari tekst: Njegoševa 15.")
    Revision.objects.filter(pk=revision.pk).update(content=content)  # as stored before the guard existed
    output = StringIO()

    with pytest.raises(CommandError):
        call_command("find_confidential_locations", stdout=output)

    report = output.getvalue()
    assert f"revision {revision.pk}" in report
    assert house.title in report and "introduction" in report and "Njegoševa 15" in report
    assert Revision.objects.get(pk=revision.pk).content["introduction"] == content["introduction"]


def test_the_command_says_so_when_nothing_holds_a_location():
    output = StringIO()

    call_command("find_confidential_locations", stdout=output)

    assert "no location found" in output.getvalue().lower()


def test_the_command_reports_a_location_a_translator_typed():
    source = TranslationSource.objects.get_for_instance(_house())
    segment = StringSegment.objects.get(source=source, context__path="introduction")
    StringTranslation.objects.filter(translation_of=segment.string, context=segment.context).update(
        data="Кућа је у Његошевој 15."
    )
    output = StringIO()

    with pytest.raises(CommandError):
        call_command("find_confidential_locations", stdout=output)

    assert "“introduction”" in output.getvalue() and "Његошевој 15" in output.getvalue()
