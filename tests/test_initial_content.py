"""The content the portal starts with, in both languages, and loading it again safely."""

import datetime
import io

import pytest
from django.core.management import call_command
from helpers import serbian_translation, soup
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from contact.models import PressContact
from initial_content.models import LoadedSeedItem

pytestmark = pytest.mark.django_db

CONTACT_HEADING = "For further information please contact:"
ATINA = "http://www.atina.org.yu"
SEEDED_PROGRAMMES = [
    "programme:reintegration-centre",
    "programme:transition-house",
    "programme:field-support-team",
]


def load_again():
    out = io.StringIO()
    call_command("load_initial_content", stdout=out)
    return out.getvalue()


# --- The press release ---------------------------------------------------------------------------


def test_press_release_is_dated_and_datelined_in_both_languages(release_en, release_sr):
    assert release_en.date == release_sr.date == datetime.date(2006, 11, 1)
    assert release_en.dateline == "Belgrade"
    assert release_sr.dateline == "Beograd"


def test_english_release_shows_dateline_date_figures_and_atina_link(client, release_en):
    document = soup(client.get(release_en.url))
    article = document.select_one("article.press-release")

    dateline = article.select_one(".press-release__dateline")
    assert dateline.select_one(".dateline").get_text() == "Belgrade"
    assert dateline.time["datetime"] == "2006-11-01"
    assert [dt.get_text(strip=True) for dt in article.select(".key-figures dt")] == ["348", "71"]
    assert article.find("a", href=ATINA) is not None
    assert "Out of 348 people helped by IOM between 2001 and October 2006, 71" in article.get_text()


def test_english_release_ends_with_its_press_contact(client, release_en):
    article = soup(client.get(release_en.url)).select_one("article.press-release")

    contacts = article.find_all(recursive=False)[-1]  # the last part of the release
    assert contacts.name == "section" and "press-contacts" in contacts["class"]
    assert contacts.h2.get_text(strip=True) == CONTACT_HEADING
    assert "Jovana Skrnjug" in contacts.get_text()
    assert "IOM Belgrade" in contacts.get_text()
    assert contacts.find("a", href="mailto:jskrnjug@iom.int").get_text() == "jskrnjug@iom.int"
    # The contact comes after the body, including the Atina link.
    text = str(article)
    assert text.index(ATINA) < text.index(CONTACT_HEADING)


def test_serbian_release_shows_serbian_text_and_its_serbian_press_contact(client, release_sr):
    document = soup(client.get(release_sr.url))
    article = document.select_one("article.press-release")

    assert document.html["lang"] == "sr-Latn"
    assert article.select_one(".dateline").get_text() == "Beograd"
    assert article.time["datetime"] == "2006-11-01"
    assert [dt.get_text(strip=True) for dt in article.select(".key-figures dt")] == ["348", "71"]
    assert article.find("a", href=ATINA) is not None
    assert "Od 348 osoba kojima je IOM pomogao" in article.get_text()

    contacts = article.find_all(recursive=False)[-1]
    assert "press-contacts" in contacts["class"]
    assert "Jovana Skrnjug" in contacts.get_text()
    assert "IOM Beograd" in contacts.get_text()
    assert contacts.find("a", href="mailto:jskrnjug@iom.int") is not None
    heading = serbian_translation(CONTACT_HEADING)
    if heading:  # the interface string is translated in locale/sr_Latn
        assert contacts.h2.get_text(strip=True) == heading


def test_serbian_release_names_the_serbian_version_of_the_press_contact(release_en, release_sr, serbian):
    english_contact = release_en.press_contacts.get().contact
    serbian_contact = release_sr.press_contacts.get().contact

    assert english_contact.locale.language_code == "en"
    assert english_contact.organisation == "IOM Belgrade"
    assert serbian_contact.locale == serbian
    assert serbian_contact.organisation == "IOM Beograd"
    assert serbian_contact.translation_key == english_contact.translation_key
    # A person's name and e-mail are the same in every language.
    assert (serbian_contact.name, serbian_contact.email) == ("Jovana Skrnjug", "jskrnjug@iom.int")


def test_english_release_relates_to_the_three_english_programmes(release_en, seeded):
    programmes = {seeded(key) for key in SEEDED_PROGRAMMES}

    assert set(release_en.related_programmes.all()) == programmes


def test_serbian_release_relates_to_the_same_programmes(release_sr, seeded):
    """wagtail-localize copies the many-to-many as it is; programmes are matched by translation key,
    so each language's programme page finds the release of its own language."""
    programmes = {seeded(key, "sr-latn").translation_key for key in SEEDED_PROGRAMMES}

    assert {programme.translation_key for programme in release_sr.related_programmes.all()} == programmes


def test_contact_page_lists_the_press_contact_of_its_language(client, seeded):
    english = client.get(seeded("contact").url).content.decode()
    serbian = client.get(seeded("contact", "sr-latn").url).content.decode()

    assert "IOM Belgrade" in english and "IOM Beograd" not in english
    assert "IOM Beograd" in serbian and "IOM Belgrade" not in serbian
    assert "mailto:jskrnjug@iom.int" in english and "mailto:jskrnjug@iom.int" in serbian


# --- Other pages ---------------------------------------------------------------------------------


def test_about_page_gives_the_facts_about_iom(client, seeded):
    text = soup(client.get(seeded("about").url)).main.get_text(" ")

    assert "since 1951" in text
    assert "175 member states" in text
    assert "over 100 countries" in text
    assert "in Serbia since 1992" in text


def test_serbian_about_page_gives_the_same_facts_in_serbian(client, seeded):
    text = soup(client.get(seeded("about", "sr-latn").url)).main.get_text(" ")

    assert "Od 1951. godine" in text
    assert "175 država članica" in text
    assert "više od 100 zemalja" in text
    assert "u Srbiji od 1992. godine" in text


def test_serbian_pages_are_wagtail_localize_translations_of_the_english_ones(release_en, release_sr, serbian):
    source = TranslationSource.objects.get_for_instance(release_en)
    translation = Translation.objects.get(source=source, target_locale=serbian)

    assert translation.enabled
    assert translation.get_target_instance().pk == release_sr.pk


def test_every_english_page_has_a_serbian_translation_through_wagtail_localize(serbian):
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1)
    for page in english_pages:
        source = TranslationSource.objects.get_for_instance(page)
        assert Translation.objects.filter(source=source, target_locale=serbian).exists(), page.title


# --- Loading again -------------------------------------------------------------------------------


def test_loading_again_creates_nothing(release_en):
    counts = (Page.objects.count(), PressContact.objects.count(), LoadedSeedItem.objects.count())
    revisions = release_en.revisions.count()

    output = load_again()

    assert (Page.objects.count(), PressContact.objects.count(), LoadedSeedItem.objects.count()) == counts
    assert release_en.revisions.count() == revisions
    assert output == ""


def test_loading_again_keeps_an_editors_published_changes(seeded):
    about = seeded("about")
    about.title = "About IOM in Serbia"
    about.save_revision().publish()
    contact = PressContact.objects.get(locale__language_code="en")
    contact.organisation = "IOM Serbia"
    contact.save()

    load_again()

    assert seeded("about").title == "About IOM in Serbia"
    assert seeded("about", "sr-latn").title == "O nama"
    assert PressContact.objects.get(pk=contact.pk).organisation == "IOM Serbia"


def test_loading_again_does_not_recreate_a_page_an_editor_deleted(seeded):
    agenda = seeded("2030-agenda")
    translation_key = agenda.translation_key
    agenda.delete()

    load_again()

    assert not Page.objects.filter(translation_key=translation_key, locale__language_code="en").exists()
    assert not Page.objects.filter(slug="2030-agenda").exists()


def test_loading_again_does_not_recreate_a_translation_an_editor_deleted(seeded):
    agenda_sr = seeded("2030-agenda", "sr-latn")
    agenda_sr.delete()

    load_again()

    assert not Page.objects.filter(translation_key=agenda_sr.translation_key, locale__language_code="sr-latn").exists()
    assert seeded("2030-agenda").live


def test_loading_again_does_not_recreate_a_section_nor_its_pages_once_deleted(seeded):
    section = seeded("who-we-are")
    section.delete()  # takes About and IOM Global with it

    output = load_again()

    assert not Page.objects.filter(locale__language_code="en", slug__in=["who-we-are", "about", "iom-global"]).exists()
    assert "Loaded" not in output
