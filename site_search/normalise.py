"""One normalisation for indexed text and for queries, the same on every database: Cyrillic → Latin,
Serbian diacritics folded (č → c, đ → dj), lower case, anything but letters and digits → a space.
So "Жртве", "Žrtve" and "zrtve" are the same word to the search."""

import functools
import re

from serbian_script.transliteration import cyrillic_to_latin, fold_to_ascii

NOT_WORD = re.compile(r"[^a-z0-9]+")
# Inflectional endings removed from query words (longest first), leaving at least MIN_STEM letters:
# "žrtve" finds "žrtva" and "žrtvama", "Beograda" finds "Beogradu". A light stemmer that behaves the
# same on SQLite and PostgreSQL; it does not handle changes inside the stem (centar/centra).
ENDINGS = ("ima", "ama", "om", "em", "og", "oj", "ih", "im", "a", "e", "i", "o", "u")
MIN_STEM = 4
MAX_TERMS = 8
# Single letters match nearly every page: a query of them alone finds nothing.
MIN_TERM_LENGTH = 2
MAX_TERM_LENGTH = 40


def normalise(text):
    """Text as the index stores it: ASCII words separated by single spaces."""
    return NOT_WORD.sub(" ", fold_to_ascii(cyrillic_to_latin(text)).lower()).strip()


def index_words(normalised_text):
    """The distinct words of normalised text as the word index keeps them, in order of appearance: cut
    to MAX_TERM_LENGTH letters, all a query term can match of a word."""
    return list(dict.fromkeys(word[:MAX_TERM_LENGTH] for word in normalised_text.split()))


@functools.lru_cache(maxsize=4096)  # called for every character of every result shown
def normalise_character(character):
    """One character's normalised form ("" for one that does not count), for mapping matches back."""
    return NOT_WORD.sub(" ", fold_to_ascii(cyrillic_to_latin(character)).lower())


def stem(word):
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def query_terms(query):
    """The distinct stems of a query's first words, each short enough to match; [] when nothing is left."""
    terms = []
    for word in normalise(query).split():
        term = stem(word[:MAX_TERM_LENGTH])
        if len(term) >= MIN_TERM_LENGTH and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]
