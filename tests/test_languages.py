"""The language switcher, hreflang alternates, and menus built from the tree in the active language."""

import pytest
from django.conf import settings
from helpers import alternate_links, menu_titles, publish, serbian_translation, switcher_link

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_switcher_on_the_english_release_leads_to_the_serbian_release(client, release_en, release_sr):
    response = client.get(release_en.url)

    assert response.status_code == 200
    assert switcher_link(response, "sr-Latn") == release_sr.url
    assert switcher_link(response, "en") is None  # the current language is not a link


def test_switcher_on_the_serbian_release_leads_to_the_english_release(client, release_en, release_sr):
    response = client.get(release_sr.url)

    assert response.status_code == 200
    assert switcher_link(response, "en") == release_en.url
    assert switcher_link(response, "sr-Latn") is None


def test_switcher_names_each_language_in_that_language(client, release_en):
    response = client.get(release_en.url)
    text = response.content.decode()

    assert ">Srpski</a>" in text
    assert 'aria-current="true" lang="en">English</span>' in text


def test_translated_page_announces_every_language_and_script_with_absolute_urls(client, release_en, release_sr):
    cyrillic_url = release_sr.full_url.replace("/sr-latn/", "/sr/")
    for page in (release_en, release_sr):
        links = alternate_links(client.get(page.url))

        assert links == {
            "en": release_en.full_url,
            "sr-Latn": release_sr.full_url,
            "sr-Cyrl": cyrillic_url,
            "x-default": release_en.full_url,
        }
        assert all(href.startswith(f"{settings.BASE_URL}/") for href in links.values())


def test_home_pages_are_alternates_of_each_other(client, home_en, home_sr):
    links = alternate_links(client.get("/sr-latn/"))

    assert links == {
        "en": f"{settings.BASE_URL}/en/",
        "sr-Latn": f"{settings.BASE_URL}/sr-latn/",
        "sr-Cyrl": f"{settings.BASE_URL}/sr/",
        "x-default": f"{settings.BASE_URL}/en/",
    }
    assert switcher_link(client.get("/en/"), "sr-Latn") == "/sr-latn/"


def test_untranslated_page_switches_to_a_serbian_notice_offering_the_english_page_and_no_serbian_alternate(
    client, seeded, home_sr
):
    page = StandardPageFactory(parent=seeded("who-we-are"), title="Only in English", live=False)
    publish(page)

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.url == "/en/who-we-are/only-in-english/"
    assert switcher_link(response, "sr-Latn") == f"/sr-latn/not-translated/{page.pk}/"
    assert "sr-Latn" not in alternate_links(response)
    assert "not translated" in response.content.decode()  # the link says where it goes

    notice = client.get(switcher_link(response, "sr-Latn"))
    assert notice.status_code == 200
    assert "Ova stranica još nije prevedena" in notice.content.decode()
    assert f'href="{page.url}"' in notice.content.decode()
    cyrillic = client.get(f"/sr/not-translated/{page.pk}/").content.decode()
    assert "Ова страница још није преведена" in cyrillic and ">Only in English<" in cyrillic


def test_serbian_home_menu_is_in_serbian(client):
    titles = menu_titles(client.get("/sr-latn/"))

    assert "Ko smo mi" in titles
    assert "Vesti" in titles
    assert "Who we are" not in titles
    assert "News" not in titles


def _expected_menu(home):
    """Two levels below the home page, in tree order: the live pages editors marked "show in menus"."""
    titles = []
    for section in home.get_children().live().in_menu().order_by("path"):
        titles.append(section.title)
        titles.extend(child.title for child in section.get_children().live().in_menu().order_by("path"))
    return titles


def test_menus_show_two_levels_of_the_tree_in_tree_order(client, home_en, home_sr):
    english = menu_titles(client.get("/en/"))
    serbian = menu_titles(client.get("/sr-latn/"))

    assert english == _expected_menu(home_en)
    assert serbian == _expected_menu(home_sr)
    assert {"Who we are", "About", "Our work", "News", "Programmes", "Contact"} <= set(english)
    assert "First Reintegration Centre for Trafficking Victims Opens" not in english  # not in menus


def test_new_page_shown_in_menus_appears_in_the_english_menu_only(client, home_en):
    page = StandardPageFactory(parent=home_en, title="Privacy notice", show_in_menus=True, live=False)
    publish(page)

    assert "Privacy notice" in menu_titles(client.get("/en/"))
    assert "Privacy notice" in menu_titles(client.get("/en/news/"))
    assert "Privacy notice" not in menu_titles(client.get("/sr-latn/"))


def test_new_page_not_shown_in_menus_stays_out_of_the_menu(client, home_en):
    publish(StandardPageFactory(parent=home_en, title="Imprint", show_in_menus=False, live=False))

    assert "Imprint" not in menu_titles(client.get("/en/"))


def test_draft_page_stays_out_of_the_menu(client, home_en):
    StandardPageFactory(parent=home_en, title="Draft notice", show_in_menus=True, live=False).save_revision()

    assert "Draft notice" not in menu_titles(client.get("/en/"))


def test_unpublishing_a_page_removes_it_from_the_menu_of_its_language_only(client, seeded):
    seeded("contact").unpublish()

    assert "Contact" not in menu_titles(client.get("/en/"))
    assert "Kontakt" in menu_titles(client.get("/sr-latn/"))


def test_menu_marks_the_current_page_and_its_section(client, seeded):
    response = client.get(seeded("about").url)
    text = response.content.decode()

    assert '<a href="/en/who-we-are/about/" aria-current="page">About</a>' in text
    assert '<a href="/en/who-we-are/" class="is-ancestor">Who we are</a>' in text


def test_unpublished_translation_is_neither_linked_nor_announced(client, release_en, release_sr, home_sr):
    release_sr.unpublish()

    response = client.get(release_en.url)

    assert switcher_link(response, "sr-Latn") == f"/sr-latn/not-translated/{release_en.pk}/"
    assert release_sr.slug not in response.content.decode()
    assert alternate_links(response) == {}  # a single language has no alternates
    assert client.get(release_sr.url).status_code == 404


@pytest.mark.parametrize(
    "accept_language, home",
    [
        ("sr-Latn,sr;q=0.9,en;q=0.5", "/sr-latn/"),
        ("sr", "/sr/"),
        ("sr-Cyrl", "/sr/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de", "/en/"),
    ],
)
def test_visitor_without_a_language_in_the_address_gets_the_home_page_in_their_language(client, accept_language, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == home


def test_serbian_pages_use_serbian_interface_text(client):
    document_text = client.get("/sr-latn/").content.decode()

    assert 'aria-current="true" lang="sr-Latn">Srpski</span>' in document_text
    assert ">English</a>" in document_text
    translated = serbian_translation("Latest news")
    if translated:
        assert translated in document_text
        assert "Latest news" not in document_text
