"""Serbian in Cyrillic beyond HTML pages: feeds, vCards, words marked as Latin, dates."""

import xml.etree.ElementTree as ET

import pytest
from helpers import publish
from newsroom_helpers import seed_contact
from wagtail.rich_text import RichText

from building_blocks.constants import RICH_TEXT_FEATURES
from serbian_script.transliteration import latin_to_cyrillic
from serbian_script.wagtail_hooks import LATIN_FEATURE

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_feed_at_sr_is_in_cyrillic_with_addresses_untouched(client):
    response = client.get("/sr/vesti/kanal/rss/")
    channel = ET.fromstring(response.content).find("channel")
    item = next(item for item in channel.findall("item") if item.findtext("title").startswith("Отворен први центар"))

    assert channel.findtext("language") == "sr-Cyrl"
    assert [category.text for category in item.findall("category")] == ["Борба против трговине људима"]
    assert item.findtext("link").endswith("/sr/vesti/otvoren-prvi-centar-za-reintegraciju-zrtava-trgovine-ljudima/")
    latin_guid = next(
        i.findtext("guid")
        for i in ET.fromstring(client.get("/sr-latn/vesti/kanal/rss/").content).find("channel").findall("item")
        if i.findtext("title").startswith("Otvoren prvi centar")
    )
    assert item.findtext("guid") == latin_guid
    assert item.findtext("pubDate").endswith("2006 00:00:00 +0100")  # RFC 822, never Cyrillic


def test_atom_feed_at_sr_is_in_cyrillic(client):
    feed = ET.fromstring(client.get("/sr/vesti/kanal/atom/").content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]

    assert any(title.startswith("Отворен први центар") for title in titles)
    assert all(entry.findtext(f"{ATOM}updated")[:4].isdigit() for entry in feed.findall(f"{ATOM}entry"))  # RFC 3339


def test_vcard_at_sr_is_in_cyrillic_except_addresses(client):
    contact = seed_contact("sr-latn")
    text = client.get(f"/sr/za-medije/kontakti/{contact.pk}.vcf").content.decode().replace("\r\n ", "")

    assert "ORG:ИОМ Београд" in text
    assert "FN:Јована Скрњуг" in text
    assert "EMAIL;TYPE=work:jskrnjug@iom.int" in text


def test_latin_style_is_offered_to_editors():
    assert LATIN_FEATURE in RICH_TEXT_FEATURES


def test_words_marked_latin_stay_latin_at_sr(client, release_sr):
    release_sr.body = [("paragraph", RichText('<p>Program <span class="latin">Safe Haven</span> u Beogradu.</p>'))]
    publish(release_sr)

    html = client.get(release_sr.get_url().replace("/sr-latn/", "/sr/")).content.decode()

    assert 'Програм <span class="latin">Safe Haven</span> у Београду.' in html


def test_news_index_year_filter_at_sr_shows_cyrillic_dates(client):
    html = client.get("/sr/vesti/", {"year": "2006"}).content.decode()
    assert "1. новембра 2006." in html


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("konjektura", "конјектура"), ("injunkcija", "инјункција"), ("predžetveni", "преджетвени"), ("konj", "коњ")],
)
def test_more_words_where_the_pair_is_two_letters(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic
