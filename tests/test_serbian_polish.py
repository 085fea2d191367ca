"""Public Serbian as a Serbian reader expects it, in both scripts: dates with the month in the genitive,
keys, acronyms and foreign names kept in Latin under /sr/, and sub-page addresses in Serbian."""

import re

import pytest
from django.utils import translation
from newsroom_helpers import seed_contact

from serbian_script.transliteration import latin_to_cyrillic, transliterate_html

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def active_language_restored():
    """Requests to /sr/ leave Cyrillic active in this thread; later tests build URLs without a request."""
    with translation.override(translation.get_language()):
        yield


NOMINATIVE_MONTHS = "januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|novembar|decembar"
# A date written with the month in the nominative: "1. novembar 2006." or "1. новембар 2006."
NOMINATIVE_DATE = re.compile(
    rf"\b\d{{1,2}}\. (?:{NOMINATIVE_MONTHS}|{latin_to_cyrillic(NOMINATIVE_MONTHS)}) \d{{4}}", re.IGNORECASE
)


@pytest.mark.parametrize(("prefix", "date"), [("/sr-latn/", "1. novembra 2006."), ("/sr/", "1. новембра 2006.")])
def test_release_dates_are_in_the_genitive(client, release_sr, prefix, date):
    for path in (release_sr.url, "/sr-latn/vesti/"):
        body = client.get(path.replace("/sr-latn/", prefix, 1)).content.decode()
        assert date in body
        assert not NOMINATIVE_DATE.search(body)


def test_no_serbian_page_shows_a_date_in_the_nominative(client, live_pages):
    serbian = [page for page in live_pages if page.locale.language_code == "sr-latn"]
    assert len(serbian) > 10
    for page in serbian:
        for prefix in ("/sr-latn/", "/sr/"):
            body = client.get(page.url.replace("/sr-latn/", prefix, 1)).content.decode()
            assert not NOMINATIVE_DATE.search(body), page.url


def test_english_dates_are_unchanged(client, release_en):
    assert "Nov. 1, 2006" in client.get(release_en.url).content.decode()


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("pritisnite taster Shift tri puta", "притисните тастер Shift три пута"),
        ("pratite vesti preko RSS kanala", "пратите вести преко RSS канала"),
        ("pomoć pružana ad hoc, bez plana", "помоћ пружана ad hoc, без плана"),
        ("Foto: IOM Serbia / Ana Anić", "Фото: IOM Serbia / Ана Анић"),
        ("izvanjezički činioci", "изванјезички чиниоци"),
        # Only as written: Serbian words that merely contain these letters are transliterated.
        ("atom i šifter", "атом и шифтер"),
        ("IOM u Srbiji", "ИОМ у Србији"),
    ],
)
def test_keys_acronyms_and_foreign_names_stay_latin(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


def test_photo_credit_with_a_foreign_name_stays_latin_in_html():
    html = '<figcaption>Centar u Beogradu <span class="credit">© IOM Serbia / Ana</span></figcaption>'
    assert transliterate_html(html) == (
        '<figcaption>Центар у Београду <span class="credit">© IOM Serbia / Ана</span></figcaption>'
    )


def test_cyrillic_pages_keep_shift_ad_hoc_and_feed_names_in_latin(client, seeded):
    cover = seeded("cover-your-tracks", "sr-latn").url.replace("/sr-latn/", "/sr/", 1)
    assert "тастер Shift" in client.get(cover).content.decode()
    release = seeded("release:first-reintegration-centre", "sr-latn").url.replace("/sr-latn/", "/sr/", 1)
    assert "ad hoc" in client.get(release).content.decode()
    news = client.get("/sr/vesti/").content.decode()
    assert re.search(r'<a href="[^"]*/kanal/rss/"[^>]*>RSS</a> · <a href="[^"]*/kanal/atom/"[^>]*>Atom</a>', news)


def test_search_tip_keeps_the_example_typed_without_diacritics(client):
    body = client.get("/sr/search/", {"q": "nepostojecarecxyz"}).content.decode()
    assert re.search(r"„<span lang=\"sr-Latn\">zrtve</span>” проналази „жртве”", body)
    latin = client.get("/sr-latn/search/", {"q": "nepostojecarecxyz"}).content.decode()
    assert '„<span lang="sr-Latn">zrtve</span>” pronalazi „žrtve”' in latin


# --- Sub-page addresses in Serbian -----------------------------------------------------------------


def test_contact_thank_you_page_has_a_serbian_address(client):
    assert client.get("/sr-latn/kontakt/hvala/").status_code == 200
    assert client.get("/sr/kontakt/hvala/").status_code == 200
    old = client.get("/sr-latn/kontakt/thank-you/")
    assert old.status_code == 301 and old["Location"] == "/sr-latn/kontakt/hvala/"
    assert client.get("/en/contact/thank-you/").status_code == 200
    assert client.get("/en/contact/hvala/").status_code == 404


@pytest.mark.parametrize("prefix", ["/sr-latn/", "/sr/"])
def test_feeds_have_serbian_addresses_linked_from_the_news(client, prefix):
    news = client.get(f"{prefix}vesti/").content.decode()
    assert re.search(rf'href="http://[^/"]+{prefix}vesti/kanal/rss/"', news)
    assert re.search(rf'href="http://[^/"]+{prefix}vesti/kanal/atom/"', news)
    assert "/feed/" not in news
    assert client.get(f"{prefix}vesti/kanal/rss/")["Content-Type"].startswith("application/rss+xml")
    assert client.get(f"{prefix}vesti/kanal/atom/")["Content-Type"].startswith("application/atom+xml")
    topic = client.get(f"{prefix}vesti/kanal/rss/borba-protiv-trgovine-ljudima/")
    assert topic.status_code == 200
    old = client.get(f"{prefix}vesti/feed/rss/borba-protiv-trgovine-ljudima/", {"a": "1"})
    assert old.status_code == 301
    assert old["Location"] == f"{prefix}vesti/kanal/rss/borba-protiv-trgovine-ljudima/?a=1"
    assert client.get(f"{prefix}vesti/feed/nothing/").status_code == 404
    assert client.get("/en/news/kanal/rss/").status_code == 404


def test_vcards_have_serbian_addresses(client):
    contact = seed_contact("sr-latn")
    room = client.get("/sr-latn/za-medije/").content.decode()
    assert f'href="/sr-latn/za-medije/kontakti/{contact.pk}.vcf"' in room
    assert client.get(f"/sr-latn/za-medije/kontakti/{contact.pk}.vcf")["Content-Type"].startswith("text/vcard")
    assert client.get(f"/sr/za-medije/kontakti/{contact.pk}.vcf").status_code == 200
    assert client.get(f"/sr-latn/za-medije/contacts/{contact.pk}.vcf").status_code == 404
    english = seed_contact("en")
    assert client.get(f"/en/press-room/kontakti/{english.pk}.vcf").status_code == 404
    assert client.get(f"/en/press-room/contacts/{english.pk}.vcf").status_code == 200
