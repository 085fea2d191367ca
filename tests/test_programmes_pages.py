"""Programme pages and their index, in both languages, with partners, services and related releases."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from news.models import NewsIndexPage, PressReleasePage
from partners.factories import PartnerFactory
from partners.models import PartnerRole
from programmes.factories import ProgrammePageFactory
from programmes.models import ProgrammeIndexPage, ProgrammePage, ProgrammePartner

pytestmark = pytest.mark.django_db

CENTRE_EN = "/en/programmes/reintegration-centre/"
CENTRE_SR = "/sr-latn/programi/centar-za-reintegraciju/"


def test_english_programme_page_shows_seed_services_partners_and_related_release(client):
    response = client.get(CENTRE_EN)
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Accommodation", "Family mediation", "Help with further education", "Belgrade"):
        assert text in html
    assert "Atina" in html and "Runs the programme" in html
    assert "Swedish International Development Cooperation Agency (Sida)" in html
    assert 'href="http://www.atina.org.yu"' in html
    assert "Related press releases" in html
    assert "First Reintegration Centre for Trafficking Victims Opens" in html


def test_serbian_programme_page_lists_the_serbian_release_and_serbian_partners(client):
    response = client.get(CENTRE_SR)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sr-Latn">' in html
    assert "Porodična medijacija" in html
    assert "Sprovodi program" in html
    assert "Švedska agencija za međunarodnu razvojnu saradnju (Sida)" in html
    assert "Povezana saopštenja za medije" in html
    assert "Otvoren prvi centar za reintegraciju žrtava trgovine ljudima" in html
    assert "/sr-latn/vesti/otvoren-prvi-centar" in html
    assert "First Reintegration Centre" not in html


def test_serbian_release_points_to_english_programme_yet_is_found_by_translation_key():
    serbian = Locale.objects.get(language_code="sr-latn")
    centre = ProgrammePage.objects.get(locale=serbian, slug="centar-za-reintegraciju")
    releases = list(centre.related_releases())
    assert [release.locale_id for release in releases] == [serbian.pk]


def test_release_is_not_listed_on_an_unrelated_programme(client):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    other = ProgrammePageFactory(parent=index, title="Unrelated programme", slug="unrelated")
    html = client.get(other.url).content.decode()
    assert "Related press releases" not in html


def test_index_groups_programmes_by_status_in_both_languages(client):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    ProgrammePageFactory(parent=index, title="A planned programme", slug="planned-one", status="planned")
    html = client.get("/en/programmes/").content.decode()
    assert html.index("Running") < html.index("Reintegration centre")
    assert html.index("Planned") < html.index("A planned programme")
    serbian = client.get("/sr-latn/programi/").content.decode()
    assert "U toku" in serbian and "Tranzitna kuća" in serbian


def test_transition_house_says_its_location_is_confidential(client):
    html = client.get("/en/programmes/transition-house/").content.decode()
    assert "location is not published" in html
    assert "Address" not in html


# --- Query counts do not grow with partners, services and releases ---------------------------------
def _programme_with(size):
    english = Locale.objects.get(language_code="en")
    index = ProgrammeIndexPage.objects.get(locale=english)
    page = ProgrammePageFactory(
        parent=index,
        slug=f"sized-{size}",
        where_it_works="Belgrade",
        services=[("service", {"name": f"Service {n}", "description": "Help."}) for n in range(size)],
        key_figures=[("figure", {"figure": str(n), "label": "people"}) for n in range(size)],
    )
    for _n in range(size):
        partner = PartnerFactory(locale=english)
        ProgrammePartner.objects.create(page=page, partner=partner, role=PartnerRole.SUPPORTS, locale=english)
    news = NewsIndexPage.objects.get(locale=english)
    for n in range(size):
        release = PressReleasePage(
            title=f"Release {size}-{n}",
            slug=f"release-{size}-{n}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            body=[("paragraph", "<p>Text.</p>")],
            locale=english,
        )
        news.add_child(instance=release)
        release.related_programmes.add(page)
        release.save_revision().publish()
    return page


def _queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_programme_page_query_count_does_not_grow_with_its_content(client):
    small = _programme_with(1)
    large = _programme_with(6)
    small_count, _html = _queries(client, small.url)
    large_count, html = _queries(client, large.url)
    assert html.count('class="partner"') == 6
    assert html.count('class="service"') == 6
    assert html.count('class="card"') == 6
    assert small_count == large_count


def test_index_query_count_does_not_grow_with_programmes(client):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    before, _html = _queries(client, "/en/programmes/")
    for n in range(5):
        ProgrammePageFactory(parent=index, slug=f"more-{n}")
    after, html = _queries(client, "/en/programmes/")
    assert "more-4" in html
    assert before == after


def test_a_partner_logo_needs_alternative_text():
    from django.core.exceptions import ValidationError

    partner = PartnerFactory.build(logo_id=1, logo_alt="")
    with pytest.raises(ValidationError) as error:
        partner.clean()
    assert "logo_alt" in error.value.message_dict


def test_seeded_partners_exist_in_both_languages_with_the_seed_link():
    from partners.models import Partner

    atina = Partner.objects.filter(name="Atina")
    assert {partner.locale.language_code for partner in atina} == {"en", "sr-latn"}
    assert {partner.link for partner in atina} == {"http://www.atina.org.yu"}
    roles = ProgrammePartner.objects.filter(page__slug="centar-za-reintegraciju").select_related("partner")
    assert {(role.partner.name, role.role) for role in roles} == {
        ("Atina", "runs"),
        ("Međunarodna organizacija za migracije (IOM)", "supports"),
        ("Švedska agencija za međunarodnu razvojnu saradnju (Sida)", "supports"),
    }
