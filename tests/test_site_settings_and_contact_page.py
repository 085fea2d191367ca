"""Site settings in the header and footer, offices on the contact page, and constant query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from contact.factories import OfficeFactory, PressContactFactory
from site_settings.models import SiteSettings, SiteTexts

pytestmark = pytest.mark.django_db


def _site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def test_no_help_line_is_shown_until_an_editor_sets_one(client):
    html = client.get("/en/").content.decode()
    assert "site-header__helpline" not in html


def test_help_line_and_texts_appear_in_each_language(client):
    settings = _site_settings()
    settings.helpline_number = "+381 11 000 000"
    settings.facebook_url = "https://facebook.example/org"
    settings.save()
    SiteTexts.objects.create(
        locale=Locale.objects.get(language_code="en"),
        organisation_name="IOM Serbia",
        helpline_text="Need help? Call",
        footer_text="Footer words.",
    )
    SiteTexts.objects.create(
        locale=Locale.objects.get(language_code="sr-latn"),
        helpline_text="Potrebna vam je pomoć? Pozovite",
        footer_text="Tekst u podnožju.",
    )
    english = client.get("/en/").content.decode()
    assert 'Need help? Call <a href="tel:+38111000000">+381 11 000 000</a>' in english
    assert ">IOM Serbia</a>" in english
    assert "Footer words." in english
    assert 'href="https://facebook.example/org"' in english
    assert 'href="/en/privacy/">Privacy notice</a>' in english
    serbian = client.get("/sr-latn/").content.decode()
    assert "Potrebna vam je pomoć? Pozovite" in serbian
    assert "Tekst u podnožju." in serbian
    assert 'href="/sr-latn/privatnost/">Obaveštenje o privatnosti</a>' in serbian
    assert ">IOM u Srbiji</a>" in serbian  # no Serbian organisation name set: the default


def test_a_language_has_one_set_of_site_texts():
    from django.core.exceptions import ValidationError

    english = Locale.objects.get(language_code="en")
    SiteTexts.objects.create(locale=english, footer_text="One")
    with pytest.raises(ValidationError):
        SiteTexts(locale=english, footer_text="Two").full_clean()


def test_offices_are_listed_in_the_page_language(client):
    OfficeFactory(name="IOM Belgrade", phone="+381 11 111 111", opening_hours="Mon–Fri")
    OfficeFactory(name="Kancelarija", locale=Locale.objects.get(language_code="sr-latn"))
    html = client.get("/en/contact/").content.decode()
    assert "IOM Belgrade" in html and 'href="tel:+38111111111"' in html and "Kancelarija" not in html
    serbian = client.get("/sr-latn/kontakt/").content.decode()
    assert "Kancelarija" in serbian and "Kancelarije" in serbian


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/en/contact/", "/sr-latn/kontakt/"])
def test_contact_page_query_count_does_not_grow_with_offices_and_contacts(client, url):
    locale = Locale.objects.get(language_code=url.split("/")[1])
    OfficeFactory(locale=locale)
    before = _queries(client, url)
    for _n in range(5):
        OfficeFactory(locale=locale)
        PressContactFactory(locale=locale)
    after = _queries(client, url)
    assert before == after


def test_settings_cost_the_same_queries_set_or_not(client):
    before = _queries(client, "/en/programmes/")
    settings = _site_settings()
    settings.helpline_number = "+381 11 000 000"
    settings.youtube_url = "https://youtube.example/org"
    settings.save()
    SiteTexts.objects.create(locale=Locale.objects.get(language_code="en"), footer_text="Footer.")
    after = _queries(client, "/en/programmes/")
    assert before == after
