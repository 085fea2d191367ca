"""Publishing integrity, tried through the admin as each role would: a Serbian address shows only a
finished, approved Serbian translation, whatever path publishes; an embargo moves as one unit."""

import datetime
import html
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from editorial_helpers import messages_of, release_form, staff_member
from translation_helpers import translate_segments
from wagtail.models import Page, PageViewRestriction, Workflow
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from editorial_roles import roles
from news.factories import PressReleasePageFactory
from news.models import NewsIndexPage, PressReleasePage

pytestmark = pytest.mark.django_db

BELGRADE = ZoneInfo("Europe/Belgrade")
EMBARGO = datetime.datetime(2041, 3, 4, 10, 0, tzinfo=BELGRADE)
ONE_SECOND = datetime.timedelta(seconds=1)
TITLE = "Annual report on trafficking"


def assert_no_english_under_serbian_addresses(client):
    """The sweep: no live page under /sr-latn/ shows a text of its English source that nobody
    translated (the slug excepted: it is in the links to the English page)."""
    client.logout()
    for page in Page.objects.live().filter(locale__language_code="sr-latn", depth__gt=1).specific():
        source = TranslationSource.objects.filter(object_id=page.translation_key).exclude(locale=page.locale).first()
        if source is None:
            continue
        translated = set(
            StringTranslation.objects.filter(locale=page.locale, context__object_id=page.translation_key).values_list(
                "data", flat=True
            )
        )
        untranslated = [
            text
            for path, text in StringSegment.objects.filter(source=source).values_list("context__path", "string__data")
            if path != "slug" and text not in translated and "<" not in text and len(text) > 3
        ]
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        shown = html.unescape(response.content.decode())
        for text in sorted(translated, key=len, reverse=True):
            shown = shown.replace(text, "")  # "SR Belgrade" translates "Belgrade" and contains it
        assert [text for text in untranslated if text in shown] == [], page.url


def submitted_embargoed_release(client, slug="annual-report", go_live_at="2041-03-04 10:00"):
    """An IOM editor writes a release with a go-live time, submits it, and starts its translation."""
    client.force_login(staff_member(roles.IOM_EDITORS))
    index = NewsIndexPage.objects.get(locale__language_code="en")
    add = reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])
    form = release_form(TITLE, slug, "action-submit", go_live_at=go_live_at)
    response = client.post(add, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    release = PressReleasePage.objects.get(slug=slug)
    translate = reverse("wagtail_localize:submit_page_translation", args=[release.pk])
    sr_locale = NewsIndexPage.objects.get(locale__language_code="sr-latn").locale
    response = client.post(translate, {"locales": [sr_locale.pk]})
    assert response.status_code == 302, response.content.decode()[:3000]
    translation = Translation.objects.get(source__object_id=release.translation_key, target_locale=sr_locale)
    return release, translation


def approve(client, page, moderator=None):
    client.force_login(moderator or staff_member(roles.MODERATORS))
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302


def publish_scheduled_at(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def serbian_of(page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="sr-latn")


def test_unfinished_translation_does_not_go_live_when_the_embargo_lifts(client):
    release, _translation = submitted_embargoed_release(client)
    approve(client, release)
    publish_scheduled_at(EMBARGO + ONE_SECOND)

    client.logout()
    assert client.get("/en/news/annual-report/").status_code == 200
    assert not serbian_of(release).live
    for prefix in ("/sr-latn/vesti/", "/sr/vesti/"):
        response = client.get(f"{prefix}annual-report/")
        assert response.status_code == 404
        assert "Annual" not in response.content.decode() and "Аннуал" not in response.content.decode()
    assert_no_english_under_serbian_addresses(client)


def test_finished_translation_goes_live_with_its_release_in_serbian(client):
    release, translation = submitted_embargoed_release(client)
    translate_segments(translation, lambda text: "godisnji-izvestaj" if text == "annual-report" else f"SR {text}")
    approve(client, release)
    publish_scheduled_at(EMBARGO - ONE_SECOND)
    client.logout()
    assert client.get("/sr-latn/vesti/godisnji-izvestaj/").status_code == 404

    publish_scheduled_at(EMBARGO + ONE_SECOND)
    response = client.get("/sr-latn/vesti/godisnji-izvestaj/")
    assert response.status_code == 200
    assert f"SR {TITLE}" in response.content.decode()
    assert_no_english_under_serbian_addresses(client)


def test_cancelling_the_embargo_cancels_the_translation_too(client):
    release, translation = submitted_embargoed_release(client)
    translate_segments(translation)
    approve(client, release)
    release.refresh_from_db()
    assert serbian_of(release).specific.scheduled_revision is not None

    unschedule = reverse("wagtailadmin_pages:revisions_unschedule", args=[release.pk, release.scheduled_revision.pk])
    assert client.post(unschedule).status_code == 302  # still the moderator
    publish_scheduled_at(EMBARGO + ONE_SECOND)

    assert not Page.objects.get(pk=release.pk).live
    assert not serbian_of(release).live


def moderator_publishes(client, release, go_live_at):
    """A moderator takes the release off its schedule (Wagtail locks a scheduled page: "Cancel
    scheduled publish" comes first), then publishes it with a new go-live time (reschedule) or with
    none (at once, over its embargo)."""
    client.force_login(get_user_model().objects.get(groups__name=roles.MODERATORS))  # the one who approved
    release.refresh_from_db()
    unschedule = reverse("wagtailadmin_pages:revisions_unschedule", args=[release.pk, release.scheduled_revision.pk])
    assert client.post(unschedule).status_code == 302
    edit = reverse("wagtailadmin_pages:edit", args=[release.pk])
    response = client.post(edit, release_form(TITLE, release.slug, "action-publish", go_live_at=go_live_at))
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()


def shown_to_readers(client, path):
    response = client.get(path)
    return response.content.decode() if response.status_code == 200 else None


@pytest.mark.parametrize(
    "new_time", [EMBARGO + datetime.timedelta(days=1, hours=2), EMBARGO - datetime.timedelta(days=1, hours=2)]
)
def test_rescheduling_the_embargo_moves_the_translation_with_it(client, new_time):
    release, translation = submitted_embargoed_release(client)
    translate_segments(translation, lambda text: "godisnji-izvestaj" if text == "annual-report" else f"SR {text}")
    approve(client, release)

    moderator_publishes(client, release, f"{new_time:%Y-%m-%d %H:%M}")

    publish_scheduled_at(new_time - ONE_SECOND)  # past the old time too, when the new one is later
    assert shown_to_readers(client, "/en/news/annual-report/") is None
    assert shown_to_readers(client, "/sr-latn/vesti/godisnji-izvestaj/") is None

    publish_scheduled_at(new_time + ONE_SECOND)
    assert TITLE in shown_to_readers(client, "/en/news/annual-report/")
    assert f"SR {TITLE}" in shown_to_readers(client, "/sr-latn/vesti/godisnji-izvestaj/")
    assert_no_english_under_serbian_addresses(client)


def test_publishing_the_release_at_once_over_its_embargo_leaves_its_translation_to_the_moderator(
    client, django_capture_on_commit_callbacks
):
    """Cancelling the schedule (which Wagtail asks for first) cancels the translation's too, so the
    release alone goes live at once; the finished translation waits, unpublished, through the old
    time, until a moderator publishes it from the translation editor."""
    release, translation = submitted_embargoed_release(client)
    translate_segments(translation, lambda text: "godisnji-izvestaj" if text == "annual-report" else f"SR {text}")
    approve(client, release)

    moderator_publishes(client, release, "")
    publish_scheduled_at(EMBARGO + ONE_SECOND)

    assert TITLE in shown_to_readers(client, "/en/news/annual-report/")
    assert shown_to_readers(client, "/sr-latn/vesti/godisnji-izvestaj/") is None
    assert_no_english_under_serbian_addresses(client)

    client.force_login(get_user_model().objects.get(groups__name=roles.MODERATORS))
    edit = reverse("wagtailadmin_pages:edit", args=[serbian_of(release).pk])
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        assert client.post(edit, {"action": "publish"}).status_code == 302
    client.logout()
    assert f"SR {TITLE}" in shown_to_readers(client, "/sr-latn/vesti/godisnji-izvestaj/")
    assert_no_english_under_serbian_addresses(client)


def test_bulk_publishing_the_translation_after_a_cancelled_embargo_makes_it_live(client):
    """The cancelled time is gone from the translation's draft too, which bulk publish starts from."""
    release, translation = submitted_embargoed_release(client)
    translate_segments(translation, lambda text: "godisnji-izvestaj" if text == "annual-report" else f"SR {text}")
    approve(client, release)
    moderator_publishes(client, release, "")

    client.force_login(get_user_model().objects.get(groups__name=roles.MODERATORS))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={serbian_of(release).pk}"
    client.post(url, {})
    client.logout()

    assert f"SR {TITLE}" in shown_to_readers(client, "/sr-latn/vesti/godisnji-izvestaj/")
    assert_no_english_under_serbian_addresses(client)


def test_publishing_the_release_at_once_over_its_embargo_leaves_an_unfinished_translation_out(client):
    release, translation = submitted_embargoed_release(client)
    translate_segments(translation, only={"title"})  # the rest still in English
    approve(client, release)

    moderator_publishes(client, release, "")
    publish_scheduled_at(EMBARGO + ONE_SECOND)  # and the old time passes

    assert TITLE in shown_to_readers(client, "/en/news/annual-report/")
    assert not serbian_of(release).live
    for prefix in ("/sr-latn/vesti/", "/sr/vesti/"):
        assert shown_to_readers(client, f"{prefix}annual-report/") is None
    assert_no_english_under_serbian_addresses(client)


@pytest.mark.parametrize("role", [roles.ATINA_EDITORS, roles.TRANSLATORS])
def test_convert_to_alias_never_puts_the_english_page_under_the_serbian_address(client, seeded, role):
    programme_en = seeded("programme:reintegration-centre")
    programme_sr = seeded("programme:reintegration-centre", "sr-latn")
    client.force_login(staff_member(role))
    convert = reverse("wagtail_localize:convert_to_alias", args=[programme_sr.pk])

    # wagtail-localize's own view answers; the model refuses the English copy (PermissionDenied),
    # which Wagtail's admin answers with its refusal.
    response = client.post(convert, follow=True)

    assert response.status_code == 200
    assert "you do not have permission" in response.content.decode()
    programme_sr.refresh_from_db()
    assert programme_sr.alias_of_id is None
    client.logout()
    shown = client.get(programme_sr.url).content.decode()
    assert programme_sr.title in shown and programme_en.title not in shown
    assert_no_english_under_serbian_addresses(client)


def test_a_serbian_page_can_never_become_an_alias_of_the_english_one(seeded):
    """The rule holds on the model, for paths that do not pass through the admin view."""
    programme_sr = Page.objects.get(pk=seeded("programme:reintegration-centre", "sr-latn").pk)
    programme_sr.alias_of = Page.objects.get(pk=seeded("programme:reintegration-centre").pk)
    with translation.override("en"), pytest.raises(PermissionDenied, match="cannot show the page"):
        programme_sr.save(update_fields=["alias_of_id"], clean=False)


def test_bulk_publish_does_not_publish_an_unfinished_translation(client):
    release, _translation = submitted_embargoed_release(client, slug="bulk-published", go_live_at="")
    draft = serbian_of(release)
    client.force_login(staff_member(roles.MODERATORS))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft.pk}"

    client.post(url, {})

    assert not serbian_of(release).live
    client.logout()
    assert client.get("/sr-latn/vesti/bulk-published/").status_code == 404


def test_a_moderator_cannot_copy_an_english_page_live_into_the_serbian_tree(client, seeded):
    """A copy would carry the English text, with no translation behind it, to a Serbian address."""
    release = seeded("release:first-reintegration-centre")
    serbian_news = seeded("news", "sr-latn")
    client.force_login(staff_member(roles.MODERATORS))
    pages_before = Page.objects.count()

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[release.pk]),
        {
            "new_title": release.title,
            "new_slug": "copied-in-english",
            "new_parent_page": serbian_news.pk,
            "publish_copies": "on",
        },
    )

    assert response.status_code == 200  # the form again, with the destination refused
    assert Page.objects.count() == pages_before
    client.logout()
    assert client.get(serbian_news.url + "copied-in-english/").status_code == 404
    assert_no_english_under_serbian_addresses(client)


def test_a_moderator_still_copies_a_page_within_its_own_language(client, seeded):
    release = seeded("release:first-reintegration-centre")
    client.force_login(staff_member(roles.MODERATORS))

    client.post(
        reverse("wagtailadmin_pages:copy", args=[release.pk]),
        {"new_title": "A copy", "new_slug": "a-copy", "new_parent_page": release.get_parent().pk},
    )

    assert Page.objects.filter(slug="a-copy", locale=release.locale).exists()


def documented_groups():
    """The group names in the editors' guide's table of roles (the first column of the "| Group | May |" table)."""
    guide = (Path(__file__).resolve().parent.parent / "docs" / "editors.md").read_text()
    table = guide[guide.index("| Group | May |") :].split("\n\n", 1)[0]
    return {line.split("|")[1].strip() for line in table.splitlines()[2:]}


def test_a_fresh_database_has_exactly_the_documented_groups_and_workflow():
    assert {roles.IOM_EDITORS, roles.ATINA_EDITORS, roles.MODERATORS, roles.TRANSLATORS} <= documented_groups()
    assert set(Group.objects.values_list("name", flat=True)) == documented_groups()
    assert list(Workflow.objects.values_list("name", flat=True)) == [roles.MODERATION_WORKFLOW]


def test_a_private_translation_is_not_announced_by_its_public_english_page(client, release_en, release_sr):
    PageViewRestriction.objects.create(page=release_sr, restriction_type=PageViewRestriction.LOGIN)

    page = BeautifulSoup(client.get(release_en.url).content, "html.parser")

    assert not page.select('link[hreflang="sr-Latn"]') and not page.select('link[hreflang="sr-Cyrl"]')
    assert not [a for a in page.select(".language-switcher a") if release_sr.slug in a["href"]]


def test_translator_has_the_status_report_and_every_link_in_it_opens(client, seeded):
    translator = staff_member(roles.TRANSLATORS)
    client.force_login(translator)
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/reports/translation-status/" in dashboard

    report = BeautifulSoup(client.get("/admin/reports/translation-status/").content, "html.parser")
    links = {a["href"] for a in report.select("tbody a[href]")}
    assert links
    for link in sorted(links):
        assert client.get(link).status_code == 200, link


def test_translator_reads_the_english_tree_finds_translate_and_sync_but_cannot_edit_it(client, seeded, release_en):
    PressReleasePageFactory(parent=seeded("news"), title="Shelter opens", slug="shelter-opens")
    client.force_login(staff_member(roles.TRANSLATORS))

    explorer = client.get(reverse("wagtailadmin_explore", args=[seeded("news").pk]))

    assert explorer.status_code == 200
    assert "Translate this page" in explorer.content.decode()
    assert "Sync translated pages" in explorer.content.decode()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[release_en.pk])).status_code == 302
    index = seeded("news")
    add = reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])
    assert client.get(add).status_code == 302


def test_translator_submits_a_finished_translation_and_a_moderator_approves_it(client, seeded, serbian):
    release = PressReleasePageFactory(parent=seeded("news"), title="Shelter opens", slug="shelter-opens")
    moderator = staff_member(roles.MODERATORS)
    client.force_login(staff_member(roles.TRANSLATORS))
    translate = reverse("wagtail_localize:submit_page_translation", args=[release.pk])
    assert client.post(translate, {"locales": [serbian.pk]}).status_code == 302
    page = serbian_of(release)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    translation = Translation.objects.get(source__object_id=release.translation_key, target_locale=serbian)
    assert "Submit translation for moderation" in client.get(edit).content.decode()

    submit = reverse("submit_translation_for_moderation", args=[page.pk])
    response = client.post(submit, follow=True)  # nothing translated yet: refused
    assert "have no translation yet" in response.content.decode()
    assert page.current_workflow_state is None

    translate_segments(translation, lambda text: "skloniste-otvoreno" if text == "shelter-opens" else f"SR {text}")
    mail.outbox.clear()
    assert client.post(submit).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    assert not page.live
    assert any(moderator.email in message.to for message in mail.outbox)

    client.force_login(moderator)
    assert "SR Shelter opens" in client.get("/admin/").content.decode()
    approve(client, page, moderator)
    client.logout()
    response = client.get("/sr-latn/vesti/skloniste-otvoreno/")
    assert response.status_code == 200
    assert "SR Shelter opens" in response.content.decode()
    assert_no_english_under_serbian_addresses(client)


def test_moderator_sees_before_approving_which_languages_go_live(client):
    release, _translation = submitted_embargoed_release(client)
    client.force_login(staff_member(roles.MODERATORS))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[release.pk]))

    notice = [message for message in messages_of(response) if message.startswith("When approved")]
    assert notice and "Stays unpublished (translation unfinished): none" not in notice[0]
    assert serbian_of(release).locale.get_display_name() in notice[0].split("Stays unpublished")[1]
