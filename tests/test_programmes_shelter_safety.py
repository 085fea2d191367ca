"""A shelter's address cannot be published: the model refuses it, the admin shows the error, and the
template never renders it."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from programme_helpers import programme_edit_form
from wagtail.models import Locale

from programmes.factories import ProgrammePageFactory
from programmes.models import ProgrammeIndexPage, ProgrammePage, looks_like_street_address

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "Nemanjina 4",
        "Bulevar kralja Aleksandra",
        "Ulica Mira bb",
        "11000 Beograd",
        "Main Street, Belgrade",
        "44.8125, 20.4612",
        "улица Краља Петра",
    ],
)
def test_street_addresses_postcodes_and_coordinates_are_recognised(text):
    assert looks_like_street_address(text)


@pytest.mark.parametrize(
    "text", ["Belgrade and rural areas", "Beograd i ruralna područja", "Serbia", "Vojvodina and central Serbia", ""]
)
def test_cities_and_regions_are_not_taken_for_addresses(text):
    assert not looks_like_street_address(text)


def _shelter(**fields):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    return ProgrammePageFactory.build(confidential_location=True, locale=index.locale, **fields)


def test_a_confidential_programme_cannot_have_a_public_address():
    shelter = _shelter(public_address="Somewhere 12, Belgrade")
    with pytest.raises(ValidationError) as error:
        shelter.clean()
    assert "public_address" in error.value.message_dict


def test_a_confidential_programme_cannot_describe_a_street_in_where_it_works():
    shelter = _shelter(where_it_works="Nemanjina 4, Belgrade")
    with pytest.raises(ValidationError) as error:
        shelter.clean()
    assert "where_it_works" in error.value.message_dict


def test_a_confidential_programme_naming_only_a_city_is_valid():
    _shelter(where_it_works="Belgrade", how_to_get_help="Call the field team.").clean()


def test_a_public_programme_may_have_an_address():
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    ProgrammePageFactory.build(locale=index.locale, public_address="Nemanjina 4").clean()


def test_the_seeded_transition_house_is_confidential_in_both_languages():
    for page in ProgrammePage.objects.filter(slug__in=["transition-house", "tranzitna-kuca"]):
        assert page.confidential_location
    assert ProgrammePage.objects.filter(confidential_location=True).count() == 2


def test_an_address_stored_by_code_is_still_never_rendered(client):
    house = ProgrammePage.objects.get(slug="transition-house", locale__language_code="en")
    ProgrammePage.objects.filter(pk=house.pk).update(public_address="Secret Street 7")
    html = client.get(house.url).content.decode()
    assert "Secret Street" not in html


def test_admin_refuses_to_save_a_shelter_with_an_address(admin_client):
    house = ProgrammePage.objects.get(slug="transition-house", locale__language_code="en")
    response = admin_client.post(
        f"/admin/pages/{house.pk}/edit/", programme_edit_form(house, public_address="Nemanjina 4, 11000 Beograd")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "cannot have a public address" in html
    house.refresh_from_db()
    assert house.public_address == ""
    assert house.get_latest_revision().content.get("public_address", "") == ""


def test_admin_refuses_a_street_in_where_it_works_of_a_shelter(admin_client):
    house = ProgrammePage.objects.get(slug="transition-house", locale__language_code="en")
    response = admin_client.post(
        f"/admin/pages/{house.pk}/edit/", programme_edit_form(house, where_it_works="Ulica Mira bb")
    )
    assert response.status_code == 200
    assert "looks like a street address" in response.content.decode()


def test_admin_saves_a_shelter_that_names_only_its_city(admin_client):
    house = ProgrammePage.objects.get(slug="transition-house", locale__language_code="en")
    response = admin_client.post(f"/admin/pages/{house.pk}/edit/", programme_edit_form(house, where_it_works="Serbia"))
    assert response.status_code == 302
    house.refresh_from_db()
    assert house.get_latest_revision().as_object().where_it_works == "Serbia"


def test_serbian_editor_sees_the_error_in_serbian():
    serbian = Locale.objects.get(language_code="sr-latn")
    shelter = ProgrammePageFactory.build(confidential_location=True, locale=serbian, public_address="Ulica 1")
    with translation.override("sr-latn"):
        with pytest.raises(ValidationError) as error:
            shelter.clean()
        assert "poverljivom lokacijom" in str(error.value.message_dict["public_address"])
