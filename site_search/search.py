"""Finding pages: every query term (a normalised stem) must begin a word of the page's normalised
text, which the word index (SearchWord) answers with a range of its B-tree on both databases; pages
whose title holds more terms come first, then the newest."""

from django.db.models import Case, Exists, OuterRef, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from .models import SearchEntry, SearchWord
from .normalise import normalise_character

SNIPPET_LENGTH = 240
SNIPPET_LEAD = 60
# Normalised words hold only a-z and 0-9, and "{" is the character after "z" (words compare by bytes,
# see WordField): the words beginning with a term run from the term up to, not including, term + "{".
AFTER_WORD_CHARACTERS = "{"


def find(terms, locale, kind=None):
    """Entries of live, public pages in the locale matching every term, best first."""
    entries = SearchEntry.objects.filter(_page_is_shown(), locale=locale)
    if kind:
        entries = entries.filter(kind=kind)
    entries = matching(entries, terms, locale)
    title_hits = sum(
        (Case(When(normalised_title__contains=f" {term}", then=Value(1)), default=Value(0)) for term in terms),
        Value(0),
    )
    return entries.annotate(title_hits=title_hits).order_by("-title_hits", "-date", "-page_id")


def matching(entries, terms, locale=None):
    """The entries in which every term begins a word. Each term's entries come from a range of the word
    index, and they are intersected before any entry is read. locale narrows the words read to one
    language's; without it, every locale is named, since the index starts with the locale."""
    words = SearchWord.objects.filter(locale__in=[locale] if locale else Locale.objects.all())
    first, *others = (
        words.filter(word__gte=term, word__lt=term + AFTER_WORD_CHARACTERS).values("entry_id") for term in terms
    )
    return entries.filter(pk__in=first.intersection(*others) if others else first)


def editors_picks(query, locale):
    """Pages editors promoted for this query (Search promotions in the admin), live, public, in the locale."""
    query_string = normalise_query_string(query)[:255]
    if not query_string:
        return []
    promotions = (
        SearchPromotion.objects.filter(_page_is_shown(), query__query_string=query_string, page__locale=locale)
        .select_related("page")
        .order_by("sort_order")
    )
    return [promotion.page for promotion in promotions]


def _page_is_shown():
    """A condition on rows with a page_id: the page is live and public. Checked for each row by the
    page's primary key, so the cost follows the matches; a list of every live page (page__in=…)
    would cost a scan of the whole page table on each search."""
    return Exists(Page.objects.live().public().filter(pk=OuterRef("page_id")))


def highlight(text, terms, length=SNIPPET_LENGTH):
    """An escaped excerpt of the text around the first match (the whole text if length is None),
    with the words that match in <mark>."""
    normalised, origin = _normalised_with_origin(text)
    spans = []
    for term in terms:
        start = normalised.find(f" {term}")
        while start != -1:
            spans.append((origin[start + 1], _word_end(text, origin[start + len(term)] + 1)))
            start = normalised.find(f" {term}", start + len(term))
    spans = _merge(sorted(spans))
    begin = max(0, spans[0][0] - SNIPPET_LEAD) if spans and length else 0
    end = min(len(text), begin + length) if length else len(text)
    pieces = ["…" if begin else ""]
    position = begin
    for start, stop in spans:
        if start >= end:
            break
        if start < position:
            continue
        pieces += [escape(text[position:start]), "<mark>", escape(text[start : min(stop, end)]), "</mark>"]
        position = min(stop, end)
    pieces.append(escape(text[position:end]))
    pieces.append("…" if end < len(text) else "")
    return mark_safe("".join(pieces))


def _normalised_with_origin(text):
    """The normalised text after a space and, for each of its characters, the index of the original."""
    characters, origin = [" "], [0]
    for index, character in enumerate(text):
        for normalised in normalise_character(character):
            characters.append(normalised)
            origin.append(index)
    return "".join(characters), origin


def _word_end(text, position):
    """Marks the whole word, not just the matched stem: "žrtv" marks "žrtvama"."""
    while position < len(text) and text[position].isalnum():
        position += 1
    return position


def _merge(spans):
    merged = []
    for start, stop in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
        else:
            merged.append((start, stop))
    return merged
