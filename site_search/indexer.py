"""Keeps SearchEntry rows, and the SearchWord rows of their words, in step with the live pages."""

import re
from html import unescape
from itertools import islice

from django.db import transaction
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.search import index

from .models import Kind, SearchEntry, SearchWord
from .normalise import text_index_words

KINDS = {"news.PressReleasePage": Kind.NEWS, "programmes.ProgrammePage": Kind.PROGRAMME}
# Streamfield values that are settings, not words.
SKIPPED_KEYS = {"type", "id", "image", "page", "document", "url", "link", "email", "phone"}
# Page fields that are not the reader's words, though Wagtail's own index uses them.
SKIPPED_FIELDS = {"title", "slug"}
PAGES_PER_TRANSACTION = 200
# Where rich text ends a paragraph, heading, list item or line: the snippet must not glue the words
# on either side ("…podrške.Preko…").
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div|tr|td|th|figcaption)>|<br\s*/?>", re.IGNORECASE)


def page_text(page):
    """The words of a page (its specific instance) as a reader sees them: the fields its model
    declares searchable (lead, body, services…) and its search description, one paragraph a line."""
    names = [field.field_name for field in page.search_fields if isinstance(field, index.SearchField)]
    parts = []
    for name in dict.fromkeys([*names, "search_description"]):
        value = getattr(page, name, None) if name not in SKIPPED_FIELDS else None
        if isinstance(value, StreamValue):
            parts.extend(_stream_strings(value.get_prep_value()))
        elif isinstance(value, str):
            parts.extend(_stream_strings(value))
    paragraphs = (" ".join(line.split()) for part in parts for line in part.split("\n"))
    return "\n".join(dict.fromkeys(paragraph for paragraph in paragraphs if paragraph))


def _stream_strings(value):
    if isinstance(value, str):
        text = unescape(strip_tags(BLOCK_END.sub("\n", value))).strip()
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
    kind = KINDS.get(page._meta.label, Kind.PAGE)
    # Only news is dated: a programme's or a page's publication date is not news to readers.
    date = getattr(page, "date", None) if kind == Kind.NEWS else None
    title_words = text_index_words(page.title)
    lead_words = text_index_words(getattr(page, "introduction", "") or "")
    with transaction.atomic():
        entry, created = SearchEntry.objects.update_or_create(
            page_id=page.pk,
            defaults={
                "locale_id": page.locale_id,
                "kind": kind,
                "title": page.title,
                "date": date,
                "plain_text": text,
                "normalised_title": " " + " ".join(title_words),
                "normalised_lead": " " + " ".join(lead_words),
            },
        )
        _replace_words(entry, created, list(dict.fromkeys([*title_words, *text_index_words(text)])))


def _replace_words(entry, created, words):
    """Brings the entry's rows in the word index in line with the words of its title and text. A page
    published again mostly keeps its words (a rebuild, all of them), so only the changes are written:
    one delete for the words it lost, one insert for the ones it gained."""
    kept, lost = set(), []
    if not created:
        wanted = set(words)
        for pk, word, locale_id in entry.words.values_list("pk", "word", "locale_id"):
            if word in wanted and locale_id == entry.locale_id:
                kept.add(word)
            else:
                lost.append(pk)
    if lost:
        SearchWord.objects.filter(pk__in=lost).delete()
    SearchWord.objects.bulk_create(
        SearchWord(entry=entry, locale_id=entry.locale_id, word=word) for word in words if word not in kept
    )


def remove_page(page):
    """Removes the page's entry, and its words with it (the foreign key's cascade)."""
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Indexes every live page again; returns how many were indexed."""
    SearchEntry.objects.exclude(page__live=True).delete()
    pages = Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=PAGES_PER_TRANSACTION)
    count = 0
    while batch := list(islice(pages, PAGES_PER_TRANSACTION)):
        with transaction.atomic():  # one commit per batch: a commit for each page doubles the time on SQLite
            for page in batch:
                index_page(page)
        count += len(batch)
    return count
