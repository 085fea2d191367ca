"""Finding pages: every query term (a normalised stem) must begin a word of the page's normalised
text, which the word index (SearchWord) answers with a range of its B-tree on both databases.
Relevance first: pages whose title holds more terms, then whose lead (introduction) holds more;
the newest news breaks ties."""

import functools
import re

from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from serbian_script.transliteration import cyrillic_to_latin

from .models import SearchEntry, SearchWord
from .normalise import normalise, stem

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
    return entries.annotate(
        title_hits=hits("normalised_title", terms), lead_hits=hits("normalised_lead", terms)
    ).order_by("-title_hits", "-lead_hits", F("date").desc(nulls_last=True), "-page_id")


def hits(field, terms):
    """How many of the terms begin one of the field's index words (each stored after a space)."""
    hits = Value(0)
    for term in terms:
        found = Q()
        for beginning in term:
            found |= Q(**{f"{field}__contains": f" {beginning}"})
        hits += Case(When(found, then=Value(1)), default=Value(0))
    return hits


def matching(entries, terms, locale=None):
    """The entries in which every term begins a word. Each term's entries come from a range of the word
    index, and they are intersected before any entry is read. locale narrows the words read to one
    language's; without it, every locale is named, since the index starts with the locale."""
    words = SearchWord.objects.filter(locale__in=[locale] if locale else Locale.objects.all())
    first, *others = (words.filter(_beginning_with(term)).values("entry_id") for term in terms)
    return entries.filter(pk__in=first.intersection(*others) if others else first)


def matching_any(entries, terms, locale=None):
    """The entries in which at least one term begins a word (a search with the "or" operator)."""
    words = SearchWord.objects.filter(locale__in=[locale] if locale else Locale.objects.all())
    found = Q()
    for term in terms:
        found |= _beginning_with(term)
    return entries.filter(pk__in=words.filter(found).values("entry_id"))


def _beginning_with(term):
    """Words beginning with one of the term's alternatives: one range of the index for each."""
    condition = Q()
    for beginning in term:
        condition |= Q(word__gte=beginning, word__lt=beginning + AFTER_WORD_CHARACTERS)
    return condition


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
    """An escaped excerpt of the text (one paragraph a line) with the words that match in <mark>:
    the whole text if length is None, else the paragraph of the first match from the beginning of
    its sentence, as many whole sentences as fit, cut at a word only when one sentence is longer."""
    if length:
        first = next((word.start() for word in WORD.finditer(text) if _matches(word.group(), terms)), 0)
        begin, end = _excerpt(text, first, length)
    else:
        begin, end = 0, len(text)
    # Only the excerpt's words are looked at again.
    spans = [(w.start(), w.end()) for w in WORD.finditer(text, begin, end) if _matches(w.group(), terms)]
    pieces = ["… " if begin and length else ""]
    position = begin
    for start, stop in spans:
        if start >= end:
            break
        if start < position:
            continue
        pieces += [escape(text[position:start]), "<mark>", escape(text[start : min(stop, end)]), "</mark>"]
        position = min(stop, end)
    pieces.append(escape(text[position:end]))
    pieces.append(" …" if end < len(text) and length else "")
    return mark_safe("".join(pieces).replace("\n", " "))


# A sentence ends with . ! ? or … (and closing quotes or brackets) before a space.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s")


def _excerpt(text, match, length):
    """(begin, end) of the excerpt around the match: inside its paragraph, from the start of its
    sentence, whole sentences while they fit, else cut after the last whole word."""
    paragraph_start = text.rfind("\n", 0, match) + 1
    paragraph_end = text.find("\n", match)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    begin = paragraph_start
    for sentence_end in SENTENCE_END.finditer(text, paragraph_start, match):
        begin = sentence_end.end()
    if match - begin > length - SNIPPET_LEAD:  # a long sentence: start a few words before the match
        begin = text.find(" ", max(begin, match - SNIPPET_LEAD), match) + 1 or match
    end = begin
    for sentence_end in SENTENCE_END.finditer(text + " ", begin, paragraph_end + 1):
        if sentence_end.end() - 1 - begin > length:
            break
        end = sentence_end.end() - 1
    if end <= match:  # not even the match's sentence fits: cut at a word
        limit = min(paragraph_end, begin + length)
        last_space = text.rfind(" ", match, limit)
        end = limit if limit == paragraph_end or last_space == -1 else last_space
    return begin, min(end, paragraph_end)


WORD = re.compile(r"\w+")


def _matches(word, terms):
    """Whether a term begins the word or its stem, as the index has it: "centr" marks "Centar"."""
    written, stemmed = _forms(word)
    return any(written.startswith(beginning) or stemmed.startswith(beginning) for term in terms for beginning in term)


@functools.lru_cache(maxsize=65536)  # the same words come back in every snippet
def _forms(word):
    """A word of the text as the index has it: written (normalised) and stemmed."""
    latin = cyrillic_to_latin(word).lower()
    return normalise(latin).replace(" ", ""), stem(latin)
