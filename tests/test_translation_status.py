"""The translation status report: every English page and snippet with its Serbian state."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from helpers import publish, soup
from translation_helpers import start_translation, translate_segments
from wagtail_localize.models import TranslationSource

from initial_content import seed
from news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


# Everything the seed loads and translates: the press contact, topics, partners, the home page and pages.
SEEDED_ITEMS = 1 + len(seed.TOPICS) + len(seed.PARTNERS) + 1 + len(seed.PAGES)


def totals(admin_client):
    page = soup(admin_client.get(REPORT))
    return {link["data-state"]: int(link.get_text().rsplit(":", 1)[1]) for link in page.select("a[data-state]")}


def row_state(admin_client, title):
    rows = soup(admin_client.get(REPORT)).select("tbody tr")
    return next(row.select("td")[-1].get_text(strip=True) for row in rows if title in row.get_text())


def test_seeded_site_is_fully_translated(admin_client):
    assert totals(admin_client) == {"missing": 0, "draft": 0, "out-of-date": 0, "up-to-date": SEEDED_ITEMS}


def test_report_lists_snippets_as_well_as_pages(admin_client):
    rows = soup(admin_client.get(REPORT)).select("tbody tr")
    kinds = {row.select("td")[1].get_text(strip=True) for row in rows}
    assert {"home page", "press release", "topic", "partner", "press contact"} <= kinds


def test_new_page_is_missing_then_draft(admin_client, seeded, serbian):
    release = PressReleasePageFactory(parent=seeded("news"), title="Shelter opens")
    assert row_state(admin_client, "Shelter opens") == "Missing"

    start_translation(release, serbian)
    assert row_state(admin_client, "Shelter opens") == "Draft"
    assert totals(admin_client)["draft"] == 1


def test_report_filters_by_state(admin_client, seeded):
    PressReleasePageFactory(parent=seeded("news"), title="Shelter opens")
    rows = soup(admin_client.get(REPORT, {"state": "missing"})).select("tbody tr")
    assert [row.select_one("td").get_text(strip=True) for row in rows] == ["Shelter opens"]


def test_editing_the_english_marks_the_serbian_out_of_date_until_synced(
    admin_client, release_en, release_sr, serbian, django_capture_on_commit_callbacks
):
    release_en.introduction = "A new lead paragraph."
    publish(release_en)
    assert row_state(admin_client, release_en.title) == "Out of date"

    source = TranslationSource.objects.get_for_instance(release_en)
    source.update_from_db()  # wagtail-localize's "Sync translated pages"
    translation = source.translations.get(target_locale=serbian)
    assert row_state(admin_client, release_en.title) == "Out of date"  # the new lead has no Serbian yet

    translate_segments(translation, lambda _text: "Novi uvodni pasus.", only={"introduction"})
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert row_state(admin_client, release_en.title) == "Up to date"


def test_report_query_count_does_not_grow_with_pages(admin_client, seeded, serbian):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(REPORT).status_code == 200
        return len(captured)

    PressReleasePageFactory(parent=seeded("news"))
    queries()  # the first request after a change fills what is remembered between requests (the site)
    fewer = queries()
    for _ in range(5):
        start_translation(PressReleasePageFactory(parent=seeded("news")), serbian)
    queries()
    assert queries() == fewer


def test_command_prints_the_totals():
    out = io.StringIO()
    call_command("translation_status", stdout=out)
    assert out.getvalue().splitlines() == [
        "Missing: 0",
        "Draft: 0",
        "Out of date: 0",
        f"Up to date: {SEEDED_ITEMS}",
        f"Total: {SEEDED_ITEMS}",
    ]


def test_report_is_for_administrators_only(client, django_user_model):
    user = django_user_model.objects.create_user(username="reader", password="pw")
    client.force_login(user)
    assert client.get(REPORT).status_code in (302, 403)
