"""Snippets public pages show (offices, press contacts, site texts, topics, partners) are edited like
pages: a draft is seen by nobody but the staff (not on pages, feeds, vCards, the API or JSON-LD, and
the cached pages stay as they are); publishing shows it on the next request. Editors submit,
moderators publish."""

import pytest
from cache_helpers import cache_status, page_cache  # noqa: F401 (fixture)
from django.urls import reverse
from editorial_helpers import staff_member
from translation_helpers import start_translation, translate_segments
from wagtail.models import Locale, Page

from contact.models import Office, PressContact
from editorial_roles import roles
from news.models import PressReleaseContact, PressReleaseTopic, Topic
from page_cache.versions import read_content_version
from partners.models import Partner
from site_settings.models import SiteTexts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

# The fields each snippet's edit form posts, and the one a draft changes.
FORM_FIELDS = {
    PressContact: ["name", "role", "organisation", "email", "phone", "languages"],
    Office: ["name", "address", "phone", "email", "opening_hours"],
    SiteTexts: ["organisation_name", "helpline_text", "footer_text"],
    Topic: ["name", "slug"],
    Partner: ["name", "logo_alt", "link", "description"],
}
DRAFTED_FIELD = {
    PressContact: "name",
    Office: "name",
    SiteTexts: "footer_text",
    Topic: "name",
    Partner: "description",
}


def edit_url(instance):
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


def post_snippet(client, instance, action=None, **changes):
    data = {field: getattr(instance, field) or "" for field in FORM_FIELDS[type(instance)]}
    data.update(changes)
    if action:
        data[action] = "1"
    response = client.post(edit_url(instance), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def english_snippets():
    """One published English snippet of each type that public pages show."""
    english = Locale.objects.get(language_code="en")
    office = Office.objects.create(locale=english, name="IOM Belgrade office", phone="+381 11 0000")
    office.save_revision().publish()
    texts = SiteTexts.objects.create(locale=english, footer_text="Published footer")
    texts.save_revision().publish()
    contact = PressContact.objects.filter(locale=english, live=True).first()
    topic = Topic.objects.filter(locale=english, live=True, release_links__isnull=False).first()
    partner = Partner.objects.filter(locale=english, live=True).first()
    return [contact, office, texts, topic, partner]


def public_addresses(client):
    """What readers can fetch: every live page, the feeds, the press room's vCards, the API."""
    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1).specific()]
    urls += ["/en/news/feed/rss/", "/en/news/feed/atom/"]
    urls += [
        f"/en/press-room/contacts/{pk}.vcf"
        for pk in PressContact.objects.filter(locale__language_code="en").values_list("pk", flat=True)
    ]
    urls += ["/api/v2/pages/?type=news.PressReleasePage&locale=en&fields=topic_names"]
    urls += [f"/en/news/feed/rss/{topic.slug}/" for topic in Topic.objects.filter(locale__language_code="en")]
    return urls


def sweep(client, urls):
    """{url: text} of every public address that answers."""
    responses = {url: client.get(url) for url in urls}
    return {url: response.content.decode() for url, response in responses.items() if response.status_code == 200}


def test_a_draft_of_each_snippet_reaches_no_reader_until_a_moderator_publishes_it(client):
    snippets = english_snippets()
    urls = public_addresses(client)
    before = sweep(client, urls)
    assert any("Published footer" in text for text in before.values())
    client.force_login(staff_member(roles.IOM_EDITORS))
    version = read_content_version()

    for snippet in snippets:
        post_snippet(client, snippet, **{DRAFTED_FIELD[type(snippet)]: f"Drafted {type(snippet).__name__} text"})

    assert read_content_version() == version  # drafts leave every cached page as it was
    client.logout()
    after_drafts = sweep(client, urls)
    assert after_drafts.keys() == before.keys()
    for url, text in after_drafts.items():
        assert "Drafted" not in text, url
    assert cache_status(client.get("/en/")) == "hit"

    client.force_login(staff_member(roles.MODERATORS))
    for snippet in snippets:
        snippet.refresh_from_db()
        post_snippet(
            client,
            snippet,
            "action-publish",
            **{DRAFTED_FIELD[type(snippet)]: f"Drafted {type(snippet).__name__} text"},
        )
    client.logout()

    after_publishing = "\n".join(sweep(client, urls).values())
    for snippet in snippets:
        assert f"Drafted {type(snippet).__name__} text" in after_publishing


def test_a_new_snippet_saved_as_a_draft_is_not_shown(client, seeded):
    client.force_login(staff_member(roles.IOM_EDITORS))
    add = reverse("wagtailsnippets_contact_office:add")
    data = {"name": "Unpublished office", "address": "", "phone": "", "email": "", "opening_hours": ""}
    response = client.post(add + "?locale=en", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    office = Office.objects.get(name="Unpublished office")
    assert not office.live
    client.logout()

    assert "Unpublished office" not in client.get(seeded("contact").url).content.decode()


def test_unpublishing_a_snippet_removes_it_from_the_next_page(client, seeded):
    contact = PressContact.objects.filter(locale__language_code="en", live=True).first()
    press_room = seeded("press-room").url
    assert contact.name in client.get(press_room).content.decode()
    client.get(press_room)

    contact.unpublish()

    assert contact.name not in client.get(press_room).content.decode()
    assert client.get(f"{press_room}contacts/{contact.pk}.vcf").status_code == 404


def test_an_editor_submits_a_snippet_and_only_a_moderator_approves_it(client):
    topic = Topic.objects.filter(locale__language_code="en", live=True).first()
    client.force_login(staff_member(roles.IOM_EDITORS))
    form = client.get(edit_url(topic)).content.decode()
    assert 'name="action-publish"' not in form
    assert 'name="action-submit"' in form

    post_snippet(client, topic, "action-submit", name="Counter-trafficking, renamed")
    topic.refresh_from_db()
    assert topic.current_workflow_state.status == "in_progress"
    assert topic.name != "Counter-trafficking, renamed"

    client.force_login(staff_member(roles.MODERATORS))
    task_state = topic.current_workflow_state.current_task_state
    approve = reverse("wagtailsnippets_news_topic:workflow_action", args=[topic.pk, "approve", task_state.pk])
    assert client.post(approve, {"comment": ""}).status_code == 302
    topic.refresh_from_db()
    assert topic.live and topic.name == "Counter-trafficking, renamed"


def test_the_preview_shows_the_draft_as_on_the_site_in_the_snippets_language(client):
    serbian_contact = PressContact.objects.filter(locale__language_code="sr-latn", live=True).first()
    client.force_login(staff_member(roles.MODERATORS))
    preview = reverse("wagtailsnippets_contact_presscontact:preview_on_edit", args=[serbian_contact.pk])
    data = {field: getattr(serbian_contact, field) or "" for field in FORM_FIELDS[PressContact]}
    data["role"] = "Portparolka u pregledu"

    assert client.post(preview, data).json()["is_valid"]
    page = client.get(preview).content.decode()

    assert "Portparolka u pregledu" in page
    assert '<html lang="sr-Latn">' in page
    assert "Kontakti za medije" in page


def test_existing_snippets_stay_live_after_the_migration(db):
    """The seed (and every row from before drafts existed) is live, so readers lost nothing."""
    for model in FORM_FIELDS:
        assert not model.objects.filter(live=False).exists(), model


def test_the_snippets_are_grouped_in_one_admin_menu(client):
    client.force_login(staff_member(roles.MODERATORS))
    dashboard = client.get("/admin/").content.decode()
    assert "Site content" in dashboard


def test_a_topic_translated_with_wagtail_localize_goes_live_in_serbian_only_once_translated(client, serbian):
    english = Locale.objects.get(language_code="en")
    topic = Topic.objects.create(locale=english, name="Labour migration", slug="labour-migration")
    topic.save_revision().publish()
    translation = start_translation(topic, serbian)
    serbian_topic = Topic.objects.get(translation_key=topic.translation_key, locale=serbian)
    assert not serbian_topic.live  # "Translate" makes a draft, never a live copy in English
    client.force_login(staff_member(roles.MODERATORS))
    edit_translation = reverse("wagtailsnippets_news_topic:edit", args=[serbian_topic.pk])

    client.post(edit_translation, {"action": "publish"})  # refused: every text is still English

    serbian_topic.refresh_from_db()
    assert not serbian_topic.live
    assert "Labour migration" not in client.get("/sr-latn/vesti/").content.decode()

    translate_segments(translation, {"Labour migration": "Radna migracija", "labour-migration": "radna-migracija"}.get)
    client.post(edit_translation, {"action": "publish"})
    serbian_topic.refresh_from_db()
    assert serbian_topic.live and serbian_topic.name == "Radna migracija"
    client.logout()
    assert "Radna migracija" in client.get("/sr-latn/vesti/").content.decode()


def test_a_snippet_from_before_drafts_opens_saves_a_draft_and_publishes_in_the_admin(client):
    """Rows from before the migration have no revision: the admin still edits and publishes them."""
    office = Office.objects.create(locale=Locale.objects.get(language_code="en"), name="Old office")
    assert office.live and not office.revisions.exists()
    client.force_login(staff_member(roles.MODERATORS))

    assert client.get(edit_url(office)).status_code == 200
    post_snippet(client, office, name="Old office, draft")
    office.refresh_from_db()
    assert office.name == "Old office" and office.has_unpublished_changes
    post_snippet(client, office, "action-publish", name="Old office, published")
    office.refresh_from_db()
    assert office.name == "Old office, published" and office.live_revision is not None


def test_a_release_filed_under_an_unpublished_topic_and_contact_never_names_them(client, seeded, release_en):
    """An editor may choose a topic or contact that is still a draft: readers see neither until published."""
    english = release_en.locale
    topic = Topic.objects.create(locale=english, name="Unpublished topic", slug="unpublished-topic", live=False)
    contact = PressContact.objects.create(locale=english, name="Unpublished Person", organisation="IOM", live=False)
    release_en.topic_links.add(PressReleaseTopic(topic=topic, locale=english))
    release_en.press_contacts.add(PressReleaseContact(contact=contact, locale=english))
    release_en.save_revision().publish()
    urls = [release_en.url, seeded("news").url, "/en/", seeded("press-room").url, "/en/news/feed/rss/"]
    urls += ["/api/v2/pages/?type=news.PressReleasePage&locale=en&fields=topic_names"]

    for url, text in sweep(client, urls).items():
        assert "Unpublished topic" not in text and "Unpublished Person" not in text, url
    assert client.get("/en/news/feed/rss/unpublished-topic/").status_code == 404
    assert client.get(f"{seeded('press-room').url}contacts/{contact.pk}.vcf").status_code == 404

    topic.save_revision().publish()
    contact.save_revision().publish()

    assert "Unpublished topic" in client.get(release_en.url).content.decode()
    assert "Unpublished Person" in client.get(release_en.url).content.decode()


def test_the_preview_of_site_texts_shows_the_draft_footer_while_readers_keep_the_published_one(client):
    texts = SiteTexts.objects.create(locale=Locale.objects.get(language_code="en"), footer_text="Published footer")
    texts.save_revision().publish()
    client.force_login(staff_member(roles.MODERATORS))
    preview = reverse("wagtailsnippets_site_settings_sitetexts:preview_on_edit", args=[texts.pk])
    data = {field: getattr(texts, field) or "" for field in FORM_FIELDS[SiteTexts]}
    data["footer_text"] = "Footer in preview"

    assert client.post(preview, data).json()["is_valid"]
    assert "Footer in preview" in client.get(preview).content.decode()
    client.logout()
    assert "Published footer" in client.get("/en/").content.decode()
