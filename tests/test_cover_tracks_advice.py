"""The "cover your tracks" page tells readers plainly, in both languages, what the quick exit and the
site's history handling can and cannot do."""

import pytest
from helpers import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "limit", "history_list"),
    [
        ("en", "This is all a website can do, and it has limits", "None of this deletes your browsing history"),
        ("sr-latn", "Više od toga veb-sajt ne može da uradi, i to ima granice", "Ništa od ovoga ne briše istoriju"),
    ],
)
def test_the_cover_your_tracks_page_says_what_a_website_cannot_do(client, seeded, language, limit, history_list):
    text = soup(client.get(seeded("cover-your-tracks", language).url)).main.get_text(" ")

    assert limit in text
    assert history_list in text
