"""Serbian Latin → Cyrillic, for plain text and for HTML.

Serbian Latin maps one-to-one onto Cyrillic except for the digraphs lj, nj and dž, which are single
letters (љ, њ, џ) in most words but two letters in a few (in-jekcija, nad-živeti). Words that are not
Serbian (anything with q, w, x or y, web addresses, e-mail addresses) are left in Latin.
"""

import functools
import re
import unicodedata
from html import escape
from html.parser import HTMLParser

from django.utils import translation

CYRILLIC_LANGUAGE = "sr"  # Django's code for Serbian in Cyrillic script

LETTERS = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

# Word beginnings in which the pair is two letters, not a digraph (prefix + root).
DIGRAPH_EXCEPTIONS = (
    "injekc", "injekt", "injunkc", "konjug", "konjunk", "konjekt", "vanjez",
    "nadživ", "nadžnj", "nadžanj", "nadžup", "podžanr", "podžup", "odžal", "predživ", "predžet",
)  # fmt: skip

FOREIGN_LETTERS = set("qwxyQWXY")
# Tokens left untouched: URLs, e-mail addresses, domain names, and words with foreign letters.
PROTECTED = re.compile(
    r"""(
        (?:https?|ftp|mailto|tel):[^\s<>"']+      # URLs with a scheme
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+              # e-mail addresses
      | (?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,6})(?:/[^\s<>"']*)?(?=[\s,;:!?)\]]|\.(?:\s|$)|$)  # domains
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# A capital inside a word marks a brand or format name (vCard, iPhone), never Serbian.
INNER_CAPITAL = re.compile(r"[a-zčćđšž][A-ZČĆĐŠŽ]")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def latin_to_cyrillic(text):
    """Transliterates Serbian Latin text, leaving addresses and foreign words as they are."""
    pieces = []
    position = 0
    for match in PROTECTED.finditer(text):
        pieces.append(_words(text[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(_words(text[position:]))
    return "".join(pieces)


def _words(text):
    return WORD.sub(lambda match: _word(match.group(0)), text)


# Pages repeat their words (menus, footers, common Serbian words): each is worked out once per process.
@functools.lru_cache(maxsize=100_000)
def _word(word):
    if FOREIGN_LETTERS.intersection(word) or INNER_CAPITAL.search(word):
        return word
    lower = word.lower()
    exception = next((prefix for prefix in DIGRAPH_EXCEPTIONS if lower.startswith(prefix)), None)
    out = []
    index = 0
    while index < len(word):
        pair = lower[index : index + 2]
        in_exception = exception is not None and index < len(exception) - 1 and exception[index : index + 2] == pair
        if pair in DIGRAPHS and not in_exception:
            out.append(_cased(DIGRAPHS[pair], word[index : index + 2]))
            index += 2
            continue
        letter = word[index]
        cyrillic = LETTERS.get(letter.lower())
        out.append(letter if cyrillic is None else _cased(cyrillic, letter))
        index += 1
    return "".join(out)


def _cased(cyrillic, original):
    """Upper case when the original letter (or the first of a digraph) is; Lj → Љ, LJ → Љ."""
    return cyrillic.upper() if original[0].isupper() else cyrillic


# --- HTML ---------------------------------------------------------------------------------------

SKIPPED_ELEMENTS = {"script", "style", "code", "pre", "kbd", "samp", "var", "textarea"}
TEXT_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "aria-description"}
META_TEXT_NAMES = {"description", "og:title", "og:description", "twitter:title", "twitter:description", "og:site_name"}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
}  # fmt: skip
NO_TRANSLITERATION_CLASS = "latin"
CYRILLIC_LANGS = {"sr", "sr-cyrl", "sr-cyrl-rs"}  # lang values whose text is written in Cyrillic


def transliterate_html(html):
    """Transliterates the text of an HTML document: text nodes and the human-readable attributes
    (alt, title, aria-label, placeholder, meta descriptions), never URLs or other attribute values.
    Elements in another language or script (lang="en", lang="sr-Latn"), marked translate="no" or
    class="latin", and code or scripts are left as they are."""
    parser = _Transliterator()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


class _Transliterator(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []
        self.stack = []  # (tag, skips) for each open element

    @property
    def skipping(self):
        return any(skips for _tag, skips in self.stack)

    def handle_starttag(self, tag, attrs):
        skips = self._skips(tag, attrs)
        self.out.append(self._start_tag(tag, attrs, self.skipping or skips))
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, skips))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self._start_tag(tag, attrs, self.skipping or self._skips(tag, attrs)))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data if self.skipping else latin_to_cyrillic(data))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    @staticmethod
    def _skips(tag, attrs):
        values = dict(attrs)
        lang = (values.get("lang") or "sr").lower()
        classes = (values.get("class") or "").split()
        return (
            tag in SKIPPED_ELEMENTS
            or lang not in CYRILLIC_LANGS
            or values.get("translate") == "no"
            or NO_TRANSLITERATION_CLASS in classes
        )

    def _start_tag(self, tag, attrs, skipping):
        if skipping or not self._has_text_attribute(tag, attrs):
            return self.get_starttag_text()
        is_meta_text = tag == "meta" and (dict(attrs).get("name") or dict(attrs).get("property")) in META_TEXT_NAMES
        parts = [tag]
        for name, value in attrs:
            if value is None:
                parts.append(name)
                continue
            if name in TEXT_ATTRIBUTES or (is_meta_text and name == "content"):
                value = latin_to_cyrillic(value)
            parts.append(f'{name}="{escape(value, quote=True)}"')
        closing = " /" if self.get_starttag_text().rstrip().endswith("/>") else ""
        return f"<{' '.join(parts)}{closing}>"

    @staticmethod
    def _has_text_attribute(tag, attrs):
        names = {name for name, _value in attrs}
        return bool(names & TEXT_ATTRIBUTES) or tag == "meta"


def in_active_script(text):
    """Plain text in the reader's script: Cyrillic while Serbian in Cyrillic ("sr") is active, as it
    is for everything under /sr/; for responses the HTML middleware does not transliterate (feeds,
    vCards). Empty values stay as they are."""
    if not text or translation.get_language() != CYRILLIC_LANGUAGE:
        return text
    return latin_to_cyrillic(str(text))


# --- Cyrillic → Latin and ASCII folding (for search) ----------------------------------------------

CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in LETTERS.items()} | {
    cyrillic: latin for latin, cyrillic in DIGRAPHS.items()
}
# đ has no ASCII letter: Serbian writes it "dj" when diacritics are missing; the others lose the mark.
ASCII_FOLDING = {"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"}


def cyrillic_to_latin(text):
    """Serbian Cyrillic → Latin (Љ → Lj at the start of a capitalised word, LJ inside capitals);
    other characters are kept."""
    out = []
    for index, letter in enumerate(text):
        latin = CYRILLIC_TO_LATIN.get(letter.lower())
        if latin is None:
            out.append(letter)
        elif not letter.isupper():
            out.append(latin)
        else:
            following = text[index + 1 : index + 2]
            out.append(latin.upper() if following.isupper() else latin.capitalize())
    return "".join(out)


def fold_to_ascii(text):
    """Serbian Latin without diacritics, as people type it: "međunarodna žrtva" → "medjunarodna zrtva".
    Other accented letters lose their accents too (é → e)."""
    folded = "".join(_ascii_letter(letter) for letter in text)
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")


def _ascii_letter(letter):
    ascii_letter = ASCII_FOLDING.get(letter.lower())
    if ascii_letter is None:
        return letter
    return ascii_letter.capitalize() if letter.isupper() else ascii_letter
