"""The press room's media kits: for each live release of the language that has pictures or documents,
newest first, those files with their formats and sizes, ten releases to a page.

A kit is built once per content version (every publish, image or document save moves it on) and
shared by the app servers; whether each picture may still be shown is decided when the page is
rendered, from the end of its consent kept with it, so a consent that ends overnight takes the
picture out of the list before anything is saved."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from building_blocks.pagination import paginate
from page_cache.cached_values import cached_value, reader_key

KITS_PER_PAGE = 10


@dataclass(frozen=True)
class KitPicture:
    title: str
    url: str
    file_format: str
    width: int
    height: int
    file_size: int | None
    credit: str
    may_be_shown: bool  # not identifiable, or a consent record
    shown_until: object = None  # the consent's last day, if it has one

    def is_public(self, today=None):
        today = today or timezone.localdate()
        return self.may_be_shown and (self.shown_until is None or self.shown_until >= today)


@dataclass(frozen=True)
class KitDocument:
    title: str
    url: str
    file_format: str
    file_size: int | None


@dataclass(frozen=True)
class MediaKit:
    title: str
    url: str
    date: object
    pictures: list = field(default_factory=list)
    documents: list = field(default_factory=list)

    @property
    def public_pictures(self):
        """The pictures that may be shown today."""
        today = timezone.localdate()
        return [picture for picture in self.pictures if picture.is_public(today)]


def releases_with_media(releases):
    """Of ``releases`` (the room's live public ones), those that use a picture or a document (Wagtail's
    reference index knows which pages refer to which files), newest first."""
    files = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        to_content_type__in=[
            ContentType.objects.get_for_model(get_image_model()),
            ContentType.objects.get_for_model(get_document_model()),
        ],
    )
    return releases.filter(Exists(files)).select_related("hero_image", "locale").order_by("-date", "-pk")


def _file_ids(release, block_type, key):
    return [child["value"].get(key) for child in release.body.raw_data if child.get("type") == block_type]


def build_kits(request, releases):
    """MediaKit values for a page of releases: two queries for all their pictures and documents."""
    releases = list(releases)
    image_ids = {i for r in releases for i in _file_ids(r, "image", "image") if i}
    document_ids = {d for r in releases for d in _file_ids(r, "document", "document") if d}
    images = get_image_model().objects.in_bulk(image_ids) if image_ids else {}
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    kits = []
    for release in releases:
        pictures = [release.hero_image] if release.hero_image else []
        pictures += [images[i] for i in _file_ids(release, "image", "image") if i in images]
        files = [documents[d] for d in _file_ids(release, "document", "document") if d in documents]
        seen = set()
        kit_pictures = []
        for image in pictures:
            if image.pk in seen:
                continue
            seen.add(image.pk)
            kit_pictures.append(
                KitPicture(
                    title=image.title,
                    url=release.press_image_url(image, request),
                    file_format=image.file_format,
                    width=image.width,
                    height=image.height,
                    file_size=image.file_size,
                    credit=image.credit,
                    may_be_shown=not image.shows_identifiable_person or image.has_consent_record(),
                    shown_until=image.consent_until if image.shows_identifiable_person else None,
                )
            )
        kit_documents = [
            KitDocument(document.title, document.url, document.file_extension.upper(), document.file_size)
            for document in files
        ]
        kits.append(MediaKit(release.title, release.get_url(request), release.date, kit_pictures, kit_documents))
    return kits


def media_kits(press_room, request, releases):
    """The requested page (``?page=``) of media kits of ``releases``, remembered until content changes."""
    releases = releases_with_media(releases)
    name = reader_key(request, f"news:media-kits:{press_room.pk}")
    count = cached_value(f"{name}:count", releases.count)
    page = paginate(releases, request.GET.get("page"), KITS_PER_PAGE, count=count)
    page.object_list = cached_value(f"{name}:page:{page.number}", lambda: build_kits(request, page.object_list))
    return page
