"""One normalisation for indexed text and for queries, the same on every database: Cyrillic → Latin,
lower case, anything but letters and digits → a space, then Serbian diacritics folded (č → c,
đ → dj). So "Жртве", "Žrtve" and "zrtve" are the same word to the search.

Words are stemmed with Snowball's Serbian algorithm (the `snowballstemmer` package; the algorithm
of PostgreSQL's `serbian` text search configuration), which works on Latin script: a word is
stemmed with its diacritics (as the algorithm expects; it also maps "dj" to "đ" and ijekavian to
ekavian forms), and the stem is folded afterwards. Queries without diacritics give the same stems
(tests/test_search_stemming.py measures this on a list of inflected words). A query term must begin
one of the page's index words: its words as written, and the stems that are not a beginning of
their word (centar → centr), so an inflection that changes inside the word (centar/centra) is found.
One rule is added to Snowball's: the fleeting a (žrtava/žrtva), see CONSONANTS.
"""

import functools
import re

import snowballstemmer

from serbian_script.transliteration import cyrillic_to_latin, fold_to_ascii

NOT_WORD = re.compile(r"[^\w]+|_")
NOT_ASCII_WORD = re.compile(r"[^a-z0-9]+")
MAX_TERMS = 8
# Single letters match nearly every page: a query of them alone finds nothing.
MIN_TERM_LENGTH = 2
MAX_TERM_LENGTH = 40
# Snowball leaves too short a stem of short words ("deca" → "dec" is fine, "sa" → "s" is not).
MIN_STEMMED_LENGTH = 4

_stemmer = snowballstemmer.stemmer("serbian")
# Serbian's fleeting a (nepostojano a): "žrtva" has the genitive plural "žrtava", "devojka" "devojaka",
# and Snowball leaves its stem "žrtav" apart from "žrtv". A stem ending in consonant, a, consonant
# loses that a, on indexed words and queries alike, so the two forms meet.
CONSONANTS = set("bcčćdđfghjklmnprsštvzž")
MIN_FLEETING_A_STEM = 5
LIGHT_ENDINGS = ("ima", "ama", "om", "em", "og", "oj", "ih", "im", "a", "e", "i", "o", "u")


def _latin_words(text):
    """The lower-case Latin words of a text, with their diacritics."""
    return NOT_WORD.sub(" ", cyrillic_to_latin(text).lower()).split()


def normalise(text):
    """Text as the index stores it: ASCII words separated by single spaces."""
    return NOT_ASCII_WORD.sub(" ", fold_to_ascii(cyrillic_to_latin(text)).lower()).strip()


@functools.lru_cache(maxsize=65536)  # the same words come back in every page and query
def stem(latin_word):
    """The folded Snowball stem of a lower-case Latin word ("žrtava" → "zrtav", "centar" → "centr")."""
    if len(latin_word) < MIN_STEMMED_LENGTH or not latin_word.isalpha():
        return _fold(latin_word)
    stemmed = _stemmer.stemWord(latin_word)
    if (
        len(stemmed) >= MIN_FLEETING_A_STEM
        and stemmed[-2] == "a"
        and stemmed[-1] in CONSONANTS
        and stemmed[-3] in CONSONANTS
    ):
        stemmed = stemmed[:-2] + stemmed[-1]
    return _fold(stemmed)


def _fold(word):
    return NOT_ASCII_WORD.sub("", fold_to_ascii(word))


def text_index_words(text):
    """The distinct index words of a text, in order of appearance: each word as written (normalised),
    and its stem where the stem does not begin the word; each cut to MAX_TERM_LENGTH letters, all a
    query term can match of a word."""
    words = {}
    for latin in _latin_words(text):
        word = _fold(latin)
        if not word:
            continue
        words[word[:MAX_TERM_LENGTH]] = None
        stemmed = stem(latin)
        if stemmed and not word.startswith(stemmed):
            words[stemmed[:MAX_TERM_LENGTH]] = None
    return list(words)


def light_stem(word):
    """The word (normalised) without one common Serbian ending: the stemmer the site had before
    Snowball, kept as an alternative so that no query finds less than it did ("programa" →
    "program", where Snowball's stem of "program" is "progra")."""
    for ending in LIGHT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEMMED_LENGTH:
            return word[: -len(ending)]
    return word


def query_terms(query):
    """The distinct terms of a query's first words; [] when nothing is left. A term is a tuple of
    alternative beginnings, one of which must begin an index word of the page: the word's Snowball
    stem and its light stem (the same when one begins with the other, then only the shorter)."""
    terms = []
    for latin in _latin_words(query):
        latin = latin[:MAX_TERM_LENGTH]
        alternatives = []
        for candidate in sorted({stem(latin), light_stem(_fold(latin))}, key=len):
            if len(candidate) >= MIN_TERM_LENGTH and not any(candidate.startswith(a) for a in alternatives):
                alternatives.append(candidate)
        term = tuple(alternatives)
        if term and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]
