"""Serbian in Cyrillic at /sr/…, derived from the one Serbian (Latin) translation."""

import polib
import pytest

from serbian_script.catalogue import CYRILLIC_CATALOGUE, derive_cyrillic_catalogue

pytestmark = pytest.mark.django_db

RELEASE_SR = "/sr/vesti/otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima/"


def test_cyrillic_catalogue_is_derived_from_the_latin_one():
    """Run `make messages` after editing locale/sr_Latn: the committed Cyrillic catalogue must match."""
    committed = {entry.msgid: entry.msgstr for entry in polib.pofile(str(CYRILLIC_CATALOGUE))}
    derived = {entry.msgid: entry.msgstr for entry in derive_cyrillic_catalogue()}
    assert committed == derived


def test_release_reads_in_cyrillic_with_links_in_the_same_script(client):
    response = client.get(RELEASE_SR)
    html = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="sr-Cyrl">' in html
    assert "Отворен први центар за реинтеграцију жртава трговине људима" in html
    assert "Београд" in html
    assert "За додатне информације обратите се:" in html
    # Addresses stay as they are, links stay in the reader's script.
    assert 'href="mailto:jskrnjug@iom.int">jskrnjug@iom.int</a>' in html
    assert 'href="http://www.atina.org.yu">www.atina.org.yu</a>' in html
    assert 'href="/sr/vesti/"' in html
    assert "/sr-latn/vesti/" not in html.split("</head>")[1].split('class="language-switcher"')[0]


def test_dates_follow_the_cyrillic_locale(client):
    html = client.get(RELEASE_SR).content.decode()
    assert "1. новембра 2006." in html


def test_switcher_offers_three_languages_and_alternates_name_both_scripts(client):
    html = client.get(RELEASE_SR).content.decode()

    assert 'hreflang="sr-Latn" href="http://localhost/sr-latn/vesti/otvoren-prvi' in html or (
        'hreflang="sr-Latn"' in html and "/sr-latn/vesti/otvoren-prvi" in html
    )
    assert 'hreflang="sr-Cyrl"' in html
    assert '<a href="/en/news/first-reintegration-centre-for-trafficking-victims-opens/"' in html
    assert 'lang="sr-Latn">Srpski</a>' in html
    assert '<span aria-current="true" lang="sr-Cyrl">Српски</span>' in html


def test_latin_serbian_pages_are_not_transliterated(client):
    html = client.get("/sr-latn/vesti/otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima/").content.decode()
    assert "Otvoren prvi centar za reintegraciju žrtava trgovine ljudima" in html
    assert "Отворен" not in html


def test_unknown_cyrillic_page_is_a_cyrillic_404(client):
    response = client.get("/sr/nema-takve-stranice/")
    assert response.status_code == 404
    assert "Страница није пронађена" in response.content.decode()
