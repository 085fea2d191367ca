"""Serbian Latin → Cyrillic, for plain text and for HTML.

Serbian Latin maps one-to-one onto Cyrillic except for the digraphs lj, nj and dž, which are single
letters (љ, њ, џ) in most words but two letters in a few (in-jekcija, nad-živeti). Words that are not
Serbian (anything with q, w, x or y, web addresses, e-mail addresses) are left in Latin.
"""

import functools
import re
import unicodedata
from html import escape, unescape

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
    "injekc", "injekt", "injunkc", "konjug", "konjunk", "konjekt", "vanjez", "izvanjez",
    "nadživ", "nadžnj", "nadžanj", "nadžup", "podžanr", "podžup", "odžal", "predživ", "predžet",
)  # fmt: skip

FOREIGN_LETTERS = set("qwxyQWXY")
# Words and phrases Serbian Cyrillic texts keep in Latin, as written (case matters): key names as
# printed on keyboards, acronyms read as foreign words, Latin phrases and foreign proper names. Not
# "Atom" (the feed format), which is also the Serbian word "atom". This list is for what editors write;
# text in a template that must stay as it is is marked translate="no" or with a lang attribute instead.
KEPT_IN_LATIN = (
    "Shift", "Ctrl", "Esc", "Enter", "Backspace", "Caps Lock", "RSS", "ad hoc", "IOM Serbia",
    # technical names in the admin's messages
    "URL", "API", "JSON", "CSV", "PO", "HTML", "UTC", "ID", "iframe", "ascii_snake_case",
)  # fmt: skip
# Tokens left untouched: URLs, e-mail addresses, domain names, the words above, and words with
# foreign letters.
PROTECTED = re.compile(
    r"""(
        (?-i:(?<![^\W\d_])(?:"""
    + "|".join(re.escape(kept).replace(r"\ ", r"\s+") for kept in KEPT_IN_LATIN)
    + r""")(?![^\W\d_]))                   # kept in Latin, as written
      | (?:https?|ftp|mailto|tel):[^\s<>"']+      # URLs with a scheme
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
    return _between(PROTECTED, text, _words)


def _between(pattern, text, change):
    """The text with change() applied to what lies between the pattern's matches, the matches kept."""
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(change(text[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(change(text[position:]))
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


# An HTML document as a series of pieces: comments, declarations, tags and the text between them.
# A tag ends at the first ">" outside quotes: alt="1 > 0" stays inside.
HTML_PIECE = re.compile(r"""<!--.*?-->|<![^>]*>|<\?[^>]*>|</?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|<""", re.DOTALL)
TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)(.*?)(/?)>\Z", re.DOTALL)
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
# Elements whose content is not HTML: everything up to their end tag is copied as it is.
RAW_TEXT_ELEMENTS = {"script", "style", "textarea"}
# A tag without these names in it neither starts a skipped part nor carries words to transliterate.
MEANINGFUL_ATTRIBUTES = re.compile(r"\b(?:lang|translate|class|alt|title|aria-label|placeholder|aria-description)\s*=")
ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")


def transliterate_html(html):
    """Transliterates the text of an HTML document: text nodes and the human-readable attributes
    (alt, title, aria-label, placeholder, meta descriptions), never URLs or other attribute values.
    Elements in another language or script (lang="en", lang="sr-Latn"), marked translate="no" or
    class="latin", and code or scripts are left as they are. Pages are transliterated as they are
    served, so this reads the document piece by piece with regular expressions rather than with a
    full HTML parser, and copies every piece it has no reason to change as it was."""
    out = []
    open_elements = []  # (tag, skips) for each open element
    skipping = 0  # how many open elements leave their content as it is
    position = 0
    while position < len(html):
        piece = HTML_PIECE.match(html, position)
        text = piece.group(0)
        position = piece.end()
        tag = TAG.match(text) if text.startswith("<") and len(text) > 1 and text[1] not in "!?" else None
        if tag is None:
            out.append(text if skipping or text.startswith("<") else _text(text))
        elif tag.group(1):  # an end tag
            skipping -= _close(open_elements, tag.group(2).lower())
            out.append(text)
        else:
            name = tag.group(2).lower()
            attributes = _attributes(tag.group(3)) if MEANINGFUL_ATTRIBUTES.search(text) or name == "meta" else []
            skips = _skips(name, dict(attributes))
            out.append(_start_tag(text, name, attributes, skipping or skips))
            if name in RAW_TEXT_ELEMENTS and not tag.group(4):
                end = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(html, position)
                content_end = end.start() if end else len(html)
                out.append(html[position:content_end])
                position = content_end
            if name not in VOID_ELEMENTS and not tag.group(4):
                open_elements.append((name, skips))
                skipping += skips
    return "".join(out)


def _text(text):
    """Text between tags, with its character references left as they are."""
    return _between(ENTITY, text, latin_to_cyrillic)


def _close(open_elements, name):
    """Closes the innermost open element of that name and those inside it; how many of them skipped."""
    for index in range(len(open_elements) - 1, -1, -1):
        if open_elements[index][0] == name:
            closed = open_elements[index:]
            del open_elements[index:]
            return sum(skips for _name, skips in closed)
    return 0


def _attributes(source):
    return [(match.group(1).lower(), _attribute_value(match)) for match in ATTRIBUTE.finditer(source)]


def _attribute_value(match):
    for group in (2, 3, 4):
        if match.group(group) is not None:
            return unescape(match.group(group))
    return None


def _skips(name, values):
    lang = (values.get("lang") or "sr").lower()
    return (
        name in SKIPPED_ELEMENTS
        or lang not in CYRILLIC_LANGS
        or values.get("translate") == "no"
        or NO_TRANSLITERATION_CLASS in (values.get("class") or "").split()
    )


def _start_tag(text, name, attributes, skipping):
    """The start tag with its readable attributes transliterated; as it was if it has none."""
    names = {attribute for attribute, _value in attributes}
    if skipping or not (names & TEXT_ATTRIBUTES or name == "meta"):
        return text
    values = dict(attributes)
    is_meta_text = name == "meta" and (values.get("name") or values.get("property")) in META_TEXT_NAMES
    parts = [name]
    for attribute, value in attributes:
        if value is None:
            parts.append(attribute)
            continue
        if attribute in TEXT_ATTRIBUTES or (is_meta_text and attribute == "content"):
            value = latin_to_cyrillic(value)
        parts.append(f'{attribute}="{escape(value, quote=True)}"')
    closing = " /" if text.rstrip().endswith("/>") else ""
    return f"<{' '.join(parts)}{closing}>"


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
