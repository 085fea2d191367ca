"""What is cached and what never is: only anonymous GETs of pages that hold nothing personal."""

import pytest
from cache_helpers import cache_status, page_cache  # noqa: F401 (fixture)
from django.contrib.auth.models import Group

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(username="moderator", password="moderator-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_an_anonymous_page_is_cached_and_fits_a_cdn(client, home_en):
    first, second = client.get(home_en.url), client.get(home_en.url)

    assert (cache_status(first), cache_status(second)) == ("miss", "hit")
    assert set(second["Cache-Control"].split(", ")) == {"public", "max-age=60", "s-maxage=1"}
    assert second.content == first.content


def test_each_language_prefix_is_its_own_page(client, home_en, home_sr):
    english = client.get(home_en.url)
    latin = client.get(home_sr.url)
    cyrillic = client.get("/sr/")

    assert {cache_status(english), cache_status(latin), cache_status(cyrillic)} == {"miss"}
    assert 'lang="sr-Cyrl"' in client.get("/sr/").content.decode()


def test_the_contact_form_is_never_cached(client, seeded):
    url = seeded("contact").url
    client.get(url)
    response = client.get(url)

    assert cache_status(response) is None
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_a_logged_in_editor_never_gets_the_anonymous_copy_and_never_leaves_theirs(client, home_en, moderator):
    client.get(home_en.url)
    client.force_login(moderator)

    as_editor = client.get(home_en.url)
    assert cache_status(as_editor) is None
    assert "private" in as_editor["Cache-Control"]
    assert "wagtail-userbar" in as_editor.content.decode()

    client.logout()
    client.cookies.clear()
    assert "wagtail-userbar" not in client.get(home_en.url).content.decode()


def test_only_the_listing_filters_are_cached_with_their_query_string(client, seeded):
    news = seeded("news").url
    client.get(f"{news}?page=2")
    client.get(f"{news}?utm_source=x")

    assert cache_status(client.get(f"{news}?page=2")) == "hit"
    assert cache_status(client.get(f"{news}?utm_source=x")) is None


def test_a_missing_page_is_not_cached(client):
    client.get("/en/no-such-page/")
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert cache_status(response) is None
    assert "no-store" in response["Cache-Control"]


def test_a_post_is_never_answered_from_the_cache(client, home_en):
    client.get(home_en.url)

    assert cache_status(client.post(home_en.url)) is None
