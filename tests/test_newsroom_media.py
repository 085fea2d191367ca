"""Pictures for the press: the original to download with its credit line and licence, the consent of
the people shown, and the withdrawal of a picture whose consent has ended."""

import datetime
import io

import pytest
from cache_helpers import page_cache  # noqa: F401 (fixture)
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from helpers import soup
from newsroom_helpers import make_release
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from image_library.models import CreditedImage, CreditedRendition, Licence
from news.models import PressReleasePage

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def picture(**kwargs):
    kwargs.setdefault("title", "Opening of the centre")
    kwargs.setdefault("credit", "© IOM/Ana Test")
    return CreditedImage.objects.create(file=get_test_image_file(filename="centre.png"), **kwargs)


def person_picture(until, **kwargs):
    return picture(
        shows_identifiable_person=True,
        consent_given_by="The person shown",
        consent_given_on=TODAY - datetime.timedelta(days=30),
        consent_until=until,
        **kwargs,
    )


def release_with(image, **kwargs):
    return make_release(
        hero_image=image, hero_image_alt="People at the opening", hero_image_caption="The opening", **kwargs
    )


def download_link(response):
    link = soup(response).select_one(".press-image__download a")
    return link["href"] if link else None


def original_bytes(image):
    with image.file.open("rb") as original:
        return original.read()


# --- Download with credit and licence ---------------------------------------------------------------


def test_release_page_offers_the_original_with_its_credit_line_and_licence(client):
    image = picture(licence=Licence.CC_BY)
    release = release_with(image)
    response = client.get(release.url)
    page = soup(response)

    credit = page.select_one("input.credit-line")
    assert credit["value"] == "© IOM/Ana Test"
    assert credit.has_attr("readonly")
    assert page.select_one(f'label[for="{credit["id"]}"]').get_text(strip=True) == "Credit line"
    licence = page.select_one(".press-image__licence")
    assert "Creative Commons Attribution 4.0 (CC BY 4.0)" in licence.get_text()
    assert "with the credit line and a link to the licence" in licence.get_text()
    assert licence.select_one('a[rel="license"]')["href"] == "https://creativecommons.org/licenses/by/4.0/"
    meta = page.select_one(".press-image__meta").get_text()
    assert "PNG" in meta and f"{image.width} × {image.height} pixels" in meta

    url = download_link(response)
    assert url == f"{release.url}media/{image.pk}/"
    download = client.get(url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert "no-store" in download["Cache-Control"]
    assert b"".join(download.streaming_content) == original_bytes(image)


def test_terms_of_use_are_in_serbian_on_the_serbian_release(client):
    release = release_with(picture(licence=Licence.EDITORIAL), code="sr-latn")
    page = soup(client.get(release.url))
    assert "Besplatno za novinarsku upotrebu uz potpis autora" in page.select_one(".press-image__licence").get_text()
    assert page.select_one(".press-image__download a").get_text() == "Preuzmite originalnu fotografiju"


def test_pictures_in_a_programme_body_are_downloadable(client, seeded):
    image = picture()
    programme = seeded("programme:reintegration-centre")
    programme.body = [("image", {"image": image, "alt_text": "The centre", "caption": "The centre"})]
    programme.save_revision().publish()
    response = client.get(programme.url)
    url = download_link(response)
    assert url == f"{programme.url}media/{image.pk}/"
    assert client.get(url).status_code == 200


def test_only_pictures_the_page_shows_can_be_downloaded_there(client):
    release = release_with(picture())
    other = picture(title="Not on the release")
    assert client.get(f"{release.url}media/{other.pk}/").status_code == 404
    assert client.get(f"{release.url}media/999999/").status_code == 404


# --- Consent ----------------------------------------------------------------------------------------


def test_a_picture_whose_consent_expired_disappears_from_the_page_and_the_download(client):
    image = person_picture(until=TODAY + datetime.timedelta(days=3))
    release = release_with(image)
    response = client.get(release.url)
    url = download_link(response)
    assert soup(response).select_one(".press-release__image img")
    assert client.get(url).status_code == 200

    # Time passes: the consent's last day is yesterday. Nothing was saved.
    CreditedImage.objects.filter(pk=image.pk).update(consent_until=TODAY - datetime.timedelta(days=1))

    response = client.get(release.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".press-release__image") is None
    assert page.select_one(".press-image") is None
    assert "© IOM/Ana Test" not in response.content.decode()
    assert 'property="og:image"' not in response.content.decode()
    assert client.get(url).status_code == 404


def test_withdrawal_reaches_cached_pages_and_deletes_renditions(client, page_cache):  # noqa: F811
    image = person_picture(until=TODAY + datetime.timedelta(days=3))
    release = release_with(image)
    assert soup(client.get(release.url)).select_one(".press-release__image img")
    assert CreditedRendition.objects.filter(image=image).exists()
    CreditedImage.objects.filter(pk=image.pk).update(consent_until=TODAY - datetime.timedelta(days=1))

    out = io.StringIO()
    call_command("withdraw_expired_images", stdout=out)

    assert "1 picture(s) withdrawn" in out.getvalue()
    image.refresh_from_db()
    assert image.consent_withdrawn_at is not None
    assert not CreditedRendition.objects.filter(image=image).exists()
    assert soup(client.get(release.url)).select_one(".press-release__image") is None
    call_command("withdraw_expired_images", stdout=(out := io.StringIO()))
    assert "0 picture(s) withdrawn" in out.getvalue()


def test_renewed_consent_brings_the_picture_back(client):
    image = person_picture(until=TODAY + datetime.timedelta(days=3))
    release = release_with(image)
    CreditedImage.objects.filter(pk=image.pk).update(consent_until=TODAY - datetime.timedelta(days=1))
    call_command("withdraw_expired_images", stdout=io.StringIO())
    image.refresh_from_db()
    image.consent_until = TODAY + datetime.timedelta(days=365)
    image.save()
    assert image.consent_withdrawn_at is None
    assert soup(client.get(release.url)).select_one(".press-release__image img")


def test_a_picture_of_an_identifiable_person_needs_a_consent_record():
    image = CreditedImage(title="Portrait", file=get_test_image_file(), shows_identifiable_person=True)
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert {"consent_given_by", "consent_given_on"} <= set(error.value.message_dict)
    image.consent_given_by, image.consent_given_on = "The person shown", TODAY
    image.consent_until = TODAY - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "consent_until" in error.value.message_dict


def test_admin_image_form_refuses_an_identifiable_person_without_consent(admin_client):
    image = picture()
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {"title": image.title, "credit": image.credit, "licence": Licence.ASK_FIRST, "shows_identifiable_person": "on"},
    )
    assert response.status_code == 200
    assert "needs to say who gave consent" in response.content.decode()
    image.refresh_from_db()
    assert not image.shows_identifiable_person


def unconsented_picture():
    """A picture of a person without a consent record: only code (an import) can make one."""
    image = picture()
    CreditedImage.objects.filter(pk=image.pk).update(shows_identifiable_person=True)
    image.refresh_from_db()
    return image


def test_a_picture_without_consent_is_never_shown_even_if_a_page_uses_it(client):
    release = release_with(picture())
    CreditedImage.objects.filter(pk=release.hero_image_id).update(shows_identifiable_person=True)
    response = client.get(release.url)
    assert soup(response).select_one(".press-release__image") is None
    assert client.get(f"{release.url}media/{release.hero_image_id}/").status_code == 404


def test_editor_cannot_publish_a_page_using_a_picture_without_consent(admin_client):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    release = make_release(title="Picture check")
    image = unconsented_picture()
    data = nested_form_data(
        {
            "title": release.title,
            "slug": release.slug,
            "date": "2041-05-06",
            "hero_image": image.pk,
            "hero_image_alt": "A person",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "topic_links": inline_formset([]),
            "press_contacts": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{release.pk}/edit/", data)
    assert response.status_code == 200
    assert "has no valid consent record" in response.content.decode()
    assert PressReleasePage.objects.get(pk=release.pk).hero_image_id is None

    data.pop("action-publish")
    assert admin_client.post(f"/admin/pages/{release.pk}/edit/", data).status_code == 302  # a draft is fine
    assert PressReleasePage.objects.get(pk=release.pk).hero_image_id is None


def test_workflow_and_code_cannot_publish_a_picture_without_consent():
    release = make_release(title="Approved by a moderator")
    release.hero_image, release.hero_image_alt = unconsented_picture(), "A person"
    revision = release.save_revision()
    with pytest.raises(ValidationError):
        revision.publish()  # what workflow approval, bulk publishing and translations call
    assert PressReleasePage.objects.get(pk=release.pk).hero_image_id is None


def test_bulk_publish_of_a_page_with_a_picture_without_consent_is_refused_not_a_server_error(admin_client):
    release = make_release(title="Bulk published", publish=False)
    Page.objects.filter(pk=release.pk).update(live=False)
    release.refresh_from_db()
    release.hero_image, release.hero_image_alt = unconsented_picture(), "A person"
    release.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={release.pk}"

    response = admin_client.post(url, {})

    assert response.status_code in (302, 403)  # back to the explorer, or the admin's refusal: never a 500
    assert not Page.objects.get(pk=release.pk).live


def test_scheduled_go_live_happens_on_time_without_the_withdrawn_picture(client):
    image = person_picture(until=TODAY + datetime.timedelta(days=3))
    release = make_release(title="Embargoed", publish=False)
    Page.objects.filter(pk=release.pk).update(live=False)
    release.refresh_from_db()
    release.hero_image, release.hero_image_alt = image, "A person"
    release.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    release.save_revision().publish()  # approved for later
    assert not PressReleasePage.objects.get(pk=release.pk).live
    CreditedImage.objects.filter(pk=image.pk).update(consent_until=TODAY - datetime.timedelta(days=1))
    revision = release.revisions.get(approved_go_live_at__isnull=False)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)  # the embargo's time has come
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])

    call_command("publish_scheduled", stdout=io.StringIO())

    release = PressReleasePage.objects.get(pk=release.pk)
    assert release.live
    assert soup(client.get(release.url)).select_one(".press-release__image") is None


# --- Warnings to editors --------------------------------------------------------------------------


def test_editors_are_warned_two_weeks_ahead_by_email_once_and_on_their_dashboard(admin_client, admin_user):
    ending = person_picture(until=TODAY + datetime.timedelta(days=10), title="Ending soon")
    person_picture(until=TODAY + datetime.timedelta(days=40), title="Ending later")

    call_command("withdraw_expired_images", stdout=io.StringIO())
    call_command("withdraw_expired_images", stdout=io.StringIO())

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert admin_user.email in message.to
    assert "Ending soon" in message.body and "Ending later" not in message.body
    assert f"/admin/images/{ending.pk}/" in message.body

    dashboard = admin_client.get("/admin/").content.decode()
    assert "Pictures whose consent ends" in dashboard
    assert "Ending soon" in dashboard and "Ending later" not in dashboard


def test_dashboard_has_no_consent_panel_when_nothing_ends(admin_client):
    picture()
    assert "Pictures whose consent ends" not in admin_client.get("/admin/").content.decode()


def test_api_never_lists_a_picture_whose_consent_ended(client):
    shown = picture(title="Shown in the API")
    ended = person_picture(until=TODAY - datetime.timedelta(days=1), title="Consent ended in the API")
    titles = [item["title"] for item in client.get("/api/v2/images/?limit=20&order=-id").json()["items"]]
    assert shown.title in titles and ended.title not in titles
    assert client.get(f"/api/v2/images/{ended.pk}/", follow=True).status_code == 404
    assert client.get(f"/api/v2/images/{shown.pk}/").status_code == 200


def test_cyrillic_release_gives_terms_in_cyrillic_and_keeps_format_and_credit_line(client):
    release = release_with(picture(licence=Licence.EDITORIAL), code="sr-latn")
    assert release.url.startswith("/sr-latn/")
    page = soup(client.get("/sr/" + release.url.removeprefix("/sr-latn/")))
    assert page.select_one(".press-image__download a").get_text() == "Преузмите оригиналну фотографију"
    assert "(PNG, " in page.select_one(".press-image__meta").get_text()
    assert page.select_one("input.credit-line")["value"] == "© IOM/Ana Test"
    assert page.select_one('[data-credit-line-text="copy"]').get_text() == "Копирајте потпис аутора"


def test_api_image_search_leaves_out_pictures_whose_consent_ended(client):
    picture(title="Searchable opening")
    person_picture(until=TODAY - datetime.timedelta(days=1), title="Searchable ended")
    titles = [item["title"] for item in client.get("/api/v2/images/?search=searchable").json()["items"]]
    assert titles == ["Searchable opening"]
