"""The search page: the reader's language only, any script, with or without diacritics."""

import datetime

import pytest
from discovery_helpers import embargoed_release, private_release
from django.db import connection
from django.test.utils import CaptureQueriesContext
from helpers import publish, soup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.factories import PressReleasePageFactory
from serbian_script.transliteration import cyrillic_to_latin, fold_to_ascii
from site_search.models import SearchWord
from site_search.normalise import normalise, query_terms

pytestmark = pytest.mark.django_db


def result_titles(response):
    assert response.status_code == 200
    return [link.get_text() for link in soup(response).select(".search-result h3 a")]


def test_cyrillic_to_latin_and_ascii_folding():
    assert cyrillic_to_latin("Љубљана, Њиве, Џеп, ђак") == "Ljubljana, Njive, Džep, đak"
    assert fold_to_ascii("Međunarodna ŽRTVA čćš") == "Medjunarodna ZRTVA ccs"
    assert normalise("Жртве: Međunarodna!") == "zrtve medjunarodna"
    assert query_terms("Žrtvama žrtve x") == [("zrtv",)]


@pytest.mark.parametrize(
    "query",
    ["žrtava", "zrtava", "жртава", "ŽRTVE", "reintegraciju", "реинтеграција", "trgovine ljudima"],
)
def test_serbian_search_finds_the_release_in_either_script_and_without_diacritics(client, release_sr, query):
    assert release_sr.title in result_titles(client.get("/sr-latn/search/", {"q": query}))


def test_cyrillic_search_page_shows_cyrillic_results_for_a_latin_query(client, release_sr):
    titles = result_titles(client.get("/sr/search/", {"q": "zrtava"}))
    assert "Отворен први центар за реинтеграцију жртава трговине људима" in titles


def test_results_come_from_the_readers_language_only(client, release_en, release_sr):
    english = result_titles(client.get("/en/search/", {"q": "reintegration"}))
    serbian = result_titles(client.get("/sr-latn/search/", {"q": "reintegracija"}))

    assert release_en.title in english and release_sr.title not in english
    assert release_sr.title in serbian and release_en.title not in serbian
    assert result_titles(client.get("/en/search/", {"q": "žrtava"})) == []


def test_result_shows_date_type_and_a_highlighted_escaped_snippet(client, seeded):
    release = PressReleasePageFactory(
        parent=seeded("news"), title="Međunarodna <b>saradnja</b>", introduction="Zaštita žrtve & <script>x</script>"
    )
    response = client.get("/en/search/", {"q": "medjunarodna zrtve"})
    result = soup(response).select_one(".search-result")

    assert result.time["datetime"] == release.date.isoformat()
    assert "News" in result.select_one(".search-result__kind").get_text()
    assert [mark.get_text() for mark in result.select("h3 mark")] == ["Međunarodna"]
    assert "žrtve" in [mark.get_text() for mark in result.select(".search-result__snippet mark")]
    assert b"<b>saradnja" not in response.content and b"&lt;b&gt;saradnja" in response.content


def test_type_filter_keeps_only_that_type(client):
    everything = result_titles(client.get("/en/search/", {"q": "trafficking"}))
    programmes = result_titles(client.get("/en/search/", {"q": "trafficking", "type": "programme"}))

    assert "First Reintegration Centre for Trafficking Victims Opens" in everything
    assert programmes and set(programmes) < set(everything)
    assert "First Reintegration Centre for Trafficking Victims Opens" not in programmes


def test_empty_and_no_result_states(client):
    empty = soup(client.get("/en/search/"))
    nothing = soup(client.get("/en/search/", {"q": "qqqqzzzz"}))

    assert empty.select_one(".search-hint") and not empty.select_one(".search-empty")
    assert nothing.select_one(".search-empty li") and not nothing.select(".search-result")


def test_embargoed_private_and_unpublished_pages_are_never_found(client, seeded):
    news = seeded("news")
    embargoed_release(news, "Embargoed zanzibar release")
    private_release(news, "Private zanzibar release")
    withdrawn = publish(PressReleasePageFactory(parent=news, title="Withdrawn zanzibar release"))
    shown = PressReleasePageFactory(parent=news, title="Public zanzibar release")
    withdrawn.unpublish()

    assert result_titles(client.get("/en/search/", {"q": "zanzibar"})) == [shown.title]


def test_draft_changes_stay_out_of_the_index_until_published(client, release_en):
    release_en.title = "Secret draft quokka title"
    release_en.save_revision()

    assert result_titles(client.get("/en/search/", {"q": "quokka"})) == []
    release_en.get_latest_revision().publish()
    assert result_titles(client.get("/en/search/", {"q": "quokka"})) == ["Secret draft quokka title"]


def test_editors_pick_comes_first(client, seeded):
    pick = seeded("programme:transition-house")
    query = Query.objects.create(query_string="trafficking")
    SearchPromotion.objects.create(query=query, page=pick, sort_order=0)

    response = soup(client.get("/en/search/", {"q": "Trafficking"}))
    first = response.select_one(".search-result")

    assert "search-result--pick" in first["class"] and first.a.get_text() == pick.title


def test_results_are_paginated(client, seeded):
    PressReleasePageFactory.create_batch(13, parent=seeded("news"), title="Paged wombat release")

    first = soup(client.get("/en/search/", {"q": "wombat"}))
    second = soup(client.get("/en/search/", {"q": "wombat", "page": "2"}))

    assert len(first.select(".search-result")) == 10 and len(second.select(".search-result")) == 3
    assert "q=wombat" in first.select_one('.pagination a[rel="next"]')["href"]


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["numbat", "counted numbat", "Counted NUMBATS"])
def test_search_query_count_does_not_grow_with_results(client, seeded, query):
    news = seeded("news")
    PressReleasePageFactory.create_batch(2, parent=news, title="Counted numbat")
    few = count_queries(client, f"/en/search/?q={query}")
    PressReleasePageFactory.create_batch(20, parent=news, title="Counted numbat")
    assert count_queries(client, f"/en/search/?q={query}") == few


@pytest.mark.parametrize("query", ["smuggl", "Counter-smuggling", "helpl", "jaz", "jazzf", "2031"])
def test_a_query_word_finds_the_words_it_begins(client, seeded, query):
    release = PressReleasePageFactory(parent=seeded("news"), title="Counter-smuggling helpline at Jazzfest 2031")

    assert release.title in result_titles(client.get("/en/search/", {"q": query}))


@pytest.mark.parametrize("query", ["muggling", "elpline", "azzfest", "031"])
def test_a_query_word_inside_a_word_finds_nothing(client, seeded, query):
    PressReleasePageFactory(parent=seeded("news"), title="Counter-smuggling helpline at Jazzfest 2031")

    assert result_titles(client.get("/en/search/", {"q": query})) == []


def test_a_word_longer_than_a_query_can_be_is_found_by_its_whole_spelling(client, seeded):
    release = PressReleasePageFactory(
        parent=seeded("news"), title="Pneumonoultramicroscopicsilicovolcanoconiosis screening"
    )

    for query in ["pneumonoultramicroscopicsilicovolcanoconiosis", "Pneumono"]:
        assert result_titles(client.get("/en/search/", {"q": query})) == [release.title]


def test_every_query_word_must_begin_a_word_of_the_page(client, seeded):
    news = seeded("news")
    both = PressReleasePageFactory(parent=news, title="Wombat shelter opens", introduction="A wombat story.")
    one = PressReleasePageFactory(parent=news, title="Wombat report", introduction="A short report.")

    assert result_titles(client.get("/en/search/", {"q": "wombat shelter"})) == [both.title]
    assert result_titles(client.get("/en/search/", {"q": "shelter WOMBAT"})) == [both.title]
    assert result_titles(client.get("/en/search/", {"q": "wombat story"})) == [both.title]
    assert set(result_titles(client.get("/en/search/", {"q": "wombat"}))) == {both.title, one.title}
    assert result_titles(client.get("/en/search/", {"q": "wombat shelter qqqqzzzz"})) == []


def test_pages_with_the_words_in_their_title_come_first_then_the_newest(client, seeded):
    news = seeded("news")
    older_in_title = PressReleasePageFactory(parent=news, title="Bilby census", date=datetime.date(2001, 1, 1))
    newest_in_text = PressReleasePageFactory(
        parent=news, title="Annual report", introduction="The bilby census grew.", date=datetime.date(2024, 1, 1)
    )
    newer_in_title = PressReleasePageFactory(parent=news, title="Bilby census again", date=datetime.date(2010, 1, 1))

    assert result_titles(client.get("/en/search/", {"q": "bilby census"})) == [
        newer_in_title.title,
        older_in_title.title,
        newest_in_text.title,
    ]


@pytest.mark.parametrize(
    "query", ["Đurđevdanski", "djurdjevdanski", "ЂУРЂЕВДАНСКИ", "đurđ", "ђурђевдан", "Đurđevdanskog"]
)
def test_a_new_serbian_page_is_found_in_either_script_with_or_without_diacritics(client, seeded, query):
    release = PressReleasePageFactory(parent=seeded("news", "sr-latn"), title="Đurđevdanski sajam zanata")

    assert release.title in result_titles(client.get("/sr-latn/search/", {"q": query}))
    assert result_titles(client.get("/en/search/", {"q": query})) == []


def test_an_edited_page_is_found_by_its_new_words_only(client, seeded):
    release = PressReleasePageFactory(
        parent=seeded("news"), title="Quokka rescue opens", introduction="Quokkas need help."
    )
    release.title, release.introduction = "Wallaby rescue opens", "Wallabies need help."
    publish(release)

    assert result_titles(client.get("/en/search/", {"q": "quokka"})) == []
    assert result_titles(client.get("/en/search/", {"q": "wallaby"})) == ["Wallaby rescue opens"]
    assert result_titles(client.get("/en/search/", {"q": "rescue opens"})) == ["Wallaby rescue opens"]


def test_a_withdrawn_page_published_again_is_found_by_its_current_words_only(client, seeded):
    release = PressReleasePageFactory(
        parent=seeded("news"), title="Numbat survey", introduction="Dingo tracks counted."
    )
    release.unpublish()
    release.introduction = "Echidna tracks counted."
    publish(release)

    assert result_titles(client.get("/en/search/", {"q": "dingo"})) == []
    assert result_titles(client.get("/en/search/", {"q": "echidna tracks"})) == ["Numbat survey"]


def test_withdrawn_and_deleted_pages_leave_no_words_behind(seeded):
    """Search checks each result's page is live, so words left behind would not show; they would only
    make every search read more. The index holds the words of live pages only."""
    news = seeded("news")
    withdrawn = PressReleasePageFactory(parent=news, title="Withdrawn potoroo")
    deleted = PressReleasePageFactory(parent=news, title="Deleted potoroo")
    withdrawn.unpublish()
    deleted.delete()

    assert not SearchWord.objects.filter(word="potoroo").exists()
    assert SearchWord.objects.filter(entry__page=news, word="news").exists()
