"""What gives away where a place is: street addresses with house numbers, postcodes next to place
names, coordinates and links to map services, in English and Serbian (Latin and Cyrillic, with or
without diacritics).

A programme whose location is confidential (a shelter) must never store any of them, in any text
field, StreamField block or rich text, whichever path saves it: ``location_errors(page)`` names the
fields and the reason, ``ProgrammePage.clean()`` and the guards in ``programmes.signals`` refuse.

Ordinary text stays valid: dates ("15 March 2024", "15. mart"), years, figures ("15 women",
"348 people", "1,500"), phone numbers ("0800 200 201", "+381 11 …") and article numbers.
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField

# Cyrillic → Latin, one character for one, so that matches found in the Latin form point at the same
# places in the text as typed (љ, њ, џ become the single letters ľ, ň, ǆ).
_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
_LATIN = "abvgdđežzijklľmnňoprstćufhcčǆšABVGDĐEŽZIJKLĽMNŇOPRSTĆUFHCČǄŠ"
_ONE_FOR_ONE = str.maketrans(_CYRILLIC, _LATIN)

UPPER = "A-ZÀ-ÖØ-ÞČĆŠŽĐĽŇǄ"
WORD = r"[^\W\d_]"

# Kinds of location, with what the editor is told.
ADDRESS = "address"
POSTCODE = "postcode"
COORDINATES = "coordinates"
MAP_LINK = "map_link"

KIND_LABELS = {
    ADDRESS: _("a street address or house number"),
    POSTCODE: _("a postcode next to a place name"),
    COORDINATES: _("map coordinates"),
    MAP_LINK: _("a link to a map"),
}

STREET_TYPES_EN = r"Street|Road|Avenue|Boulevard|Lane"
STREET_TYPES_EN_SHORT = r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Square|Sq|Drive|Dr|Way|Place|Pl|Court|Ct"

PATTERNS = [
    # "ulica Njegoševa", "ul. Kralja Petra 4", "u ulici Nemanjinoj", "Trg Republike 5", "улица Краља Петра".
    (ADDRESS, re.compile(rf"(?i:\b(?:ulica|ulici|ulicu|ulice|ul\.|trg|trgu))\s*(?=\d|[{UPPER}])")),
    # "Bulevar kralja Aleksandra", "bul. oslobođenja", "Булевар".
    (ADDRESS, re.compile(r"(?i:\b(?:bulevar\w*|bul\.))")),
    # "Main Street", "Abbey Road, London".
    (ADDRESS, re.compile(rf"\b[{UPPER}]{WORD}+\s+(?:{STREET_TYPES_EN})\b")),
    # "15 Main Street", "221B Baker St".
    (ADDRESS, re.compile(rf"\b[1-9]\d{{0,3}}[A-Za-z]?\s+(?:[{UPPER}]{WORD}+\s+){{1,3}}(?:{STREET_TYPES_EN_SHORT})\b")),
    # "Ulica Mira bb" (bez broja: a house without a number).
    (ADDRESS, re.compile(rf"(?i:\b{WORD}{{3,}}\s+bb\b)")),
    # "11000 Beograd", "21 000 Novi Sad", "Beograd 11000".
    (POSTCODE, re.compile(rf"(?<![\d.,])\b[1-3]\d\s?\d{{3}}\s+[{UPPER}]{WORD}{{2,}}")),
    (POSTCODE, re.compile(rf"\b[{UPPER}]{WORD}{{2,}},?\s+[1-3]\d{{4}}\b(?![.,]?\d)(?!\s*{WORD})")),
    # "44.8125, 20.4612", "44,81234; 20,46125".
    (COORDINATES, re.compile(r"(?<![\d.,])[-+]?\d{1,3}[.,]\d{4,}\s*°?\s*[NSEW]?\s*[,;/ ]\s*[-+]?\d{1,3}[.,]\d{4,}")),
    # "44.81° N", "N 44.81, E 20.46", "45°16′N 19°50′E", "45° 16' 12\"".
    (COORDINATES, re.compile(r"\d{1,3}(?:[.,]\d+)?\s*°\s*[NSEWJIZ]\b")),
    (COORDINATES, re.compile(r"\b[NS]\s*\d{1,3}[.,]\d+\s*°?\s*,?\s*[EW]\s*\d{1,3}[.,]\d+")),
    (COORDINATES, re.compile(r"\d{1,3}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′’]")),
    # Open Location Codes ("8GQ9+XX Beograd").
    (COORDINATES, re.compile(r"\b[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}\b")),
    # Links to map services and geo: URIs.
    (
        MAP_LINK,
        re.compile(
            r"(?i:\bgeo:[-+]?\d|\b(?:comgooglemaps|maps|waze|yandexmaps|osmand)://"
            r"|\bmaps\.google\.|\bgoogle\.[a-z.]+/maps|\bgoo\.gl/maps|\bmaps\.app\.goo\.gl|\bg\.page/|\bg\.co/kgs"
            r"|\bmaps\.apple\.com|\bopenstreetmap\.org|\bosm\.org|\bbing\.com/maps|\bmaps\.yandex\."
            r"|\byandex\.[a-z]+/maps|\bwaze\.com|\bhere\.com\b|\bhere\.com/|\bwhat3words\.com|\bw3w\.co"
            r"|///[a-z]+\.[a-z]+\.[a-z]+|\bmapquest\.com|\bmapy\.cz|\b2gis\.)"
        ),
    ),
]

# A capitalised word and a house number: "Njegoševa 15", "Kralja Petra 4a", "Nemanjina 4/2",
# "Његошева бр. 15". Filtered in Python (see _house_number) to leave dates, figures and phones alone.
HOUSE_NUMBER = re.compile(
    rf"(?P<word>[{UPPER}]{WORD}*[a-zà-öø-ÿčćšžđľňǆ]{WORD}*)\s+(?:(?:br\.|broj|no\.)\s*)?"
    rf"(?P<number>[1-9]\d{{0,2}}(?:/\d{{1,3}})?[a-zA-Z]?)(?!\d|{WORD})(?=(?P<after>.{{0,30}}))",
    re.DOTALL,
)

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar januara februar februara mart marta april aprila maj maja jun juna jul jula avgust avgusta "
    "septembar septembra oktobar oktobra novembar novembra decembar decembra"
).split()
# Words before a number that make it something other than a house number.
NOT_STREETS = set(MONTHS) | set(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun pon uto sre cet
    pet sub ned ponedeljak utorak sreda cetvrtak petak subota nedelja article articles section chapter
    part page pages figure table annex appendix level phase step stage grade group team unit room floor
    line number covid goal goals target sdg top over about around nearly almost some only just more less
    than under above below since from until till with for and the age aged ages total version season
    episode week weeks day days year years class item point points rule law act resolution protocol
    programme programmes program project projects hotline phone tel fax mob sos call dial text sms viber
    whatsapp info clan clana clanu tacka tacke stav cilj faza korak strana strane tabela slika grafikon
    prilog poglavlje odeljak razred sprat soba programa programu projekat projekta projektu grupa tim
    nivo broj preko oko skoro gotovo vise manje samo jos ukupno uzrast iznad ispod izmedju godina godine
    godini dan dana mesec meseca meseci verzija sezona epizoda telefon faks pozovite nazovite linija
    linije liniju zakon zakona odluka stavka tacki sati
    """.split()
)
# Words after a number that make it a count.
COUNTS = re.compile(
    r"\s*(?:%|posto|odsto|percent|per\b|women|woman|men|people|persons|children|girls|boys|victims|families|"
    r"years?|months?|weeks?|days?|hours?|minutes?|times|beds|places|km|kilometres|kilometers|"
    r"zen|muskar|ljud|osob|dec|devoj|decak|zrtv|porodic|godin|mesec|nedel|dan|sat|minut|put|krevet|mest|"
    r"korisni|slucaj)",
    re.IGNORECASE,
)


def fold(word):
    """Lowercase, Latin, without diacritics: "Члана" and "Člana" both give "clana"."""
    word = word.translate(_ONE_FOR_ONE).lower().replace("đ", "dj")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _house_number(text):
    for match in HOUSE_NUMBER.finditer(text):
        if len(match["word"]) < 3 or fold(match["word"]) in NOT_STREETS:
            continue
        after = match["after"]
        # "15.5", "15,000", "10:30", "15 000", "15 %": figures, times and phone numbers.
        if re.match(r"(?:[.,:/\-–—]\d|\s+\d|\s*[%–—-])", after):
            continue
        if COUNTS.match(fold(after)):
            continue
        # "15. marta", "15. put": a Serbian ordinal or date, not a sentence's end.
        if re.match(rf"\.\s+[a-zčćšžđ]|\.\s*(?:{'|'.join(MONTHS)})\b", fold(after)):
            continue
        return match.start(), match.end("number")
    return None


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str

    @property
    def label(self):
        return KIND_LABELS[self.kind]


def find_location(text):
    """The first thing in ``text`` that locates a place, as a Finding, or None."""
    if not text or not isinstance(text, str):
        return None
    text = unicodedata.normalize("NFC", text)
    latin = text.translate(_ONE_FOR_ONE)
    for kind, pattern in PATTERNS:
        match = pattern.search(latin)
        if match:
            return Finding(kind, text[match.start() : match.end()].strip())
    span = _house_number(latin)
    if span:
        return Finding(ADDRESS, text[span[0] : span[1]])
    return None


def find_location_in_html(source):
    """Rich text: the words a reader sees and every link's target."""
    if not source:
        return None
    for href in re.findall(r"""href\s*=\s*["']([^"']*)["']""", source):
        found = find_location(html.unescape(href))
        if found:
            return found
    return find_location(html.unescape(re.sub(r"<[^>]*>", " ", source)))


def looks_like_street_address(text):
    return find_location(text) is not None


# Page fields that hold no text a reader sees, or that Wagtail derives from others.
NOT_TEXT = {"path", "slug", "url_path", "draft_title", "translation_key"}


def _strings_in_block_data(data, position=None):
    """(block position, string) for every string value in a StreamField's stored JSON."""
    if isinstance(data, str):
        yield position, data
    elif isinstance(data, dict):
        if "type" in data and "value" in data:
            yield from _strings_in_block_data(data["value"], position)
        else:
            for value in data.values():
                yield from _strings_in_block_data(value, position)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _strings_in_block_data(value, position)


def _stream_findings(field, value):
    data = field.stream_block.get_prep_value(value) if value is not None else []
    for index, child in enumerate(data, start=1):
        for _position, string in _strings_in_block_data(child.get("value")):
            found = find_location_in_html(string) if "<" in string else find_location(string)
            if found:
                block = field.stream_block.child_blocks.get(child.get("type"))
                return index, (block.label if block else child.get("type")), found
    return None


def location_findings(instance, only=None):
    """{field name: message} for every text field or block of ``instance`` that locates a place."""
    errors = {}
    for field in instance._meta.concrete_fields:
        if field.name in NOT_TEXT or (only is not None and field.name not in only):
            continue
        value = getattr(instance, field.attname, None)
        if isinstance(field, StreamField):
            found = _stream_findings(field, getattr(instance, field.name))
            if found:
                index, block_label, finding = found
                errors[field.name] = _(
                    "Block %(position)s (%(block)s) looks like %(what)s: “%(found)s”. A programme with a "
                    "confidential location cannot say where it is; name only the city or region."
                ) % {"position": index, "block": block_label, "what": finding.label, "found": finding.text}
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            is_rich = isinstance(field, RichTextField)
            finding = find_location_in_html(value) if is_rich else find_location(value)
            if finding:
                errors[field.name] = _(
                    "This looks like %(what)s: “%(found)s”. A programme with a confidential location cannot "
                    "say where it is; name only the city or region."
                ) % {"what": finding.label, "found": finding.text}
    return errors
