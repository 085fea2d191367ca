"""Keeps SearchEntry rows in step with the live pages."""

from html import unescape

from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.search import index

from .models import Kind, SearchEntry
from .normalise import normalise

KINDS = {"news.PressReleasePage": Kind.NEWS, "programmes.ProgrammePage": Kind.PROGRAMME}
# Streamfield values that are settings, not words.
SKIPPED_KEYS = {"type", "id", "image", "page", "document", "url", "link", "email", "phone"}
# Page fields that are not the reader's words, though Wagtail's own index uses them.
SKIPPED_FIELDS = {"title", "slug"}


def page_text(page):
    """The words of a page (its specific instance) as a reader sees them: the fields its model
    declares searchable (lead, body, services…) and its search description."""
    names = [field.field_name for field in page.search_fields if isinstance(field, index.SearchField)]
    parts = []
    for name in dict.fromkeys([*names, "search_description"]):
        value = getattr(page, name, None) if name not in SKIPPED_FIELDS else None
        if isinstance(value, StreamValue):
            parts.extend(_stream_strings(value.get_prep_value()))
        elif isinstance(value, str):
            parts.extend(_stream_strings(value))
    return " ".join(" ".join(part.split()) for part in parts if part)


def _stream_strings(value):
    if isinstance(value, str):
        text = unescape(strip_tags(value)).strip()
        if text and not (" " not in text and "://" in text):  # a bare address is not words
            yield text
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in SKIPPED_KEYS:
                yield from _stream_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _stream_strings(item)


def index_page(page):
    """Adds or refreshes the page's entry; a page that is not live (or is the tree's root) has none."""
    page = page.specific
    if not page.live or page.depth <= 1:
        remove_page(page)
        return
    text = page_text(page)
    date = getattr(page, "date", None) or (page.last_published_at.date() if page.last_published_at else None)
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "kind": KINDS.get(page._meta.label, Kind.PAGE),
            "title": page.title,
            "date": date,
            "plain_text": text,
            "normalised_title": f" {normalise(page.title)}",
            "normalised_text": f" {normalise(page.title)} {normalise(text)}",
        },
    )


def remove_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Indexes every live page again; returns how many were indexed."""
    SearchEntry.objects.exclude(page__live=True).delete()
    count = 0
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200):
        index_page(page)
        count += 1
    return count
