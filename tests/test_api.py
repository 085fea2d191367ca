"""The read-only API for partners: live, public content only; bad parameters are a 400 with a message."""

import pytest
from discovery_helpers import embargoed_release, private_release
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


def api(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def titles(client, url):
    return [item["title"] for item in api(client, url)["items"]]


def test_pages_filter_by_type_and_locale(client, release_en, release_sr):
    serbian = titles(client, "/api/v2/pages/?type=news.PressReleasePage&locale=sr-latn")
    english = titles(client, "/api/v2/pages/?type=news.PressReleasePage&locale=en")

    assert serbian == [release_sr.title] and english == [release_en.title]


def test_release_detail_has_its_fields(client, release_en):
    data = api(client, f"/api/v2/pages/{release_en.pk}/")

    assert data["date"] == release_en.date.isoformat()
    assert data["dateline"] == release_en.dateline and data["introduction"] == release_en.introduction
    assert data["body"] and data["meta"]["html_url"] == release_en.full_url
    assert data["topic_names"] == [link.topic.name for link in release_en.topic_links.all()]


def test_programme_detail_has_its_fields_and_no_address(client, seeded):
    house = seeded("programme:transition-house")
    data = api(client, f"/api/v2/pages/{house.pk}/")

    assert data["status"] == house.status and data["who_it_is_for"] == house.who_it_is_for
    assert "address" not in data and "where_it_works" not in data


def test_only_live_public_pages_are_served(client, seeded):
    news = seeded("news")
    hidden = [embargoed_release(news, "Embargoed API release"), private_release(news, "Private API release")]

    listed = titles(client, "/api/v2/pages/?type=news.PressReleasePage&limit=20")

    assert not {"Embargoed API release", "Private API release"} & set(listed)
    for page in hidden:
        assert client.get(f"/api/v2/pages/{page.pk}/", follow=True).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "type=nope.Nope",
        "type=wagtailcore",
        "fields=bogus",
        "limit=-1",
        "limit=abc",
        "limit=99999999999999999999999",
        "offset=-1",
        "offset=abc",
        "locale=xx",
        "locale=",
        "order=bogus",
        "unknown=1",
        "child_of=abc",
        "search=" + "x" * 300,
        "search=centar&search_operator=xor",
    ],
)
def test_bad_parameters_answer_400_with_a_message(client, query):
    assert api(client, f"/api/v2/pages/?{query}", status=400)["message"]


@pytest.mark.parametrize("search", ['"', "NEAR(", "a AND OR", "*", ":", "%00", "' OR 1=1 --"])
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_malformed_search_is_answered_not_crashed(client, endpoint, search):
    assert "items" in api(client, f"/api/v2/{endpoint}/?search={search}")


def test_search_finds_pages_in_either_script(client, release_sr):
    assert release_sr.title in titles(client, "/api/v2/pages/?search=жртве&locale=sr-latn")
    assert release_sr.title in titles(client, "/api/v2/pages/?search=zrtve&locale=sr-latn")


def test_search_is_the_search_pages_index_best_match_first_and_takes_an_operator(client, seeded):
    news = seeded("news", "sr-latn")
    in_title = PressReleasePageFactory(parent=news, title="Kolibrijumski centri")
    in_text = PressReleasePageFactory(parent=news, title="Vest iz grada", introduction="Kolibrijumski centar.")

    found = titles(client, "/api/v2/pages/?search=kolibrijumskog&locale=sr-latn")
    assert found == [in_title.title, in_text.title]  # the title first, though published earlier
    assert titles(client, "/api/v2/pages/?search=kolibrijumski+nepostojeci&locale=sr-latn") == []
    either = titles(client, "/api/v2/pages/?search=kolibrijumski+nepostojeci&search_operator=or&locale=sr-latn")
    assert set(either) == {in_title.title, in_text.title}
    assert titles(client, "/api/v2/pages/?search=kolibrijumski&locale=en") == []


def test_page_list_query_count_does_not_grow(client, seeded):
    news = seeded("news")
    url = "/api/v2/pages/?type=news.PressReleasePage&fields=date,dateline,introduction,topic_names&limit=20"
    PressReleasePageFactory.create_batch(2, parent=news)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    PressReleasePageFactory.create_batch(20, parent=news)
    client.get(url)  # new live pages move the content version on: cached values are built again once
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(url).json()["items"]) == 20

    assert len(many) == len(few)
