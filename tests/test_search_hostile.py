"""Whatever is typed into the search box, the answer is a page (200) or a clear refusal (400)."""

import pytest

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "x" * 10_000,
    "a\x00b",
    "\x00",
    "!!!???...",
    '"',
    '"unterminated',
    "*",
    "trafficking*",
    "NEAR(trafficking victims)",
    "NEAR(",
    "AND OR NOT",
    "trafficking AND OR",
    "title:trafficking",
    ":",
    "' OR 1=1 --",
    "%",
    "_",
    "\\",
    "^trafficking",
    "{a b}",
    "<script>alert(1)</script>",
    "\u202e\u200b",
    "😀",
    "ж" * 199,
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
@pytest.mark.parametrize("language", ["en", "sr-latn", "sr"])
def test_hostile_query_answers_200_or_400(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query, "page": "abc"})

    assert response.status_code in (200, 400)
    assert b"<script>alert" not in response.content


def test_overlong_query_is_refused_with_a_message(client):
    response = client.get("/en/search/", {"q": "x" * 10_000})

    assert response.status_code == 400
    assert b'role="alert"' in response.content


def test_unknown_type_is_refused(client):
    assert client.get("/en/search/", {"q": "centre", "type": "secret"}).status_code == 400
