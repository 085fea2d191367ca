"""The Cyrillic interface catalogue (locale/sr) is derived from the Latin one (locale/sr_Latn), so
translators write Serbian once and the two scripts can never disagree."""

import re
from pathlib import Path

import polib
from django.conf import settings

from .transliteration import latin_to_cyrillic

LATIN_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "sr_Latn" / "LC_MESSAGES" / "django.po"
CYRILLIC_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "sr" / "LC_MESSAGES" / "django.po"
# The Wagtail admin's own strings (serbian_script.admin_catalogue), kept apart from the site's.
ADMIN_LOCALE = Path(settings.BASE_DIR) / "locale" / "admin"
ADMIN_DOMAINS = ("django", "djangojs")


def catalogue_pairs():
    """Every (Latin catalogue, Cyrillic catalogue derived from it): the site's and the admin's."""
    pairs = [(LATIN_CATALOGUE, CYRILLIC_CATALOGUE)]
    for domain in ADMIN_DOMAINS:
        latin = ADMIN_LOCALE / "sr_Latn" / "LC_MESSAGES" / f"{domain}.po"
        if latin.exists():
            pairs.append((latin, ADMIN_LOCALE / "sr" / "LC_MESSAGES" / f"{domain}.po"))
    return pairs


# Placeholders and markup in messages are code, not Serbian words.
CODE = re.compile(r"%\(\w+\)[sd]|%[sd]|\{[^{}]*\}|<[^<>]+>|&\w+;")


def transliterate_message(message):
    pieces, position = [], 0
    for match in CODE.finditer(message):
        pieces.append(latin_to_cyrillic(message[position : match.start()]))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(latin_to_cyrillic(message[position:]))
    return "".join(pieces)


def derive_cyrillic_catalogue(latin_path=LATIN_CATALOGUE):
    """Returns the Cyrillic catalogue (a polib file) made from the Latin one."""
    latin = polib.pofile(str(latin_path))
    cyrillic = polib.POFile(wrapwidth=latin.wrapwidth)
    cyrillic.metadata = {**latin.metadata, "Language": "sr", "Language-Team": "Serbian (Cyrillic)"}
    source = Path(latin_path).resolve().parent.parent.relative_to(Path(settings.BASE_DIR).resolve())
    cyrillic.header = f"Derived from {source} by `make messages`: edit the Latin catalogue, not this one."
    for entry in latin:
        if entry.obsolete or entry.fuzzy:
            continue
        cyrillic.append(
            polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgstr=transliterate_message(entry.msgstr),
                msgstr_plural={index: transliterate_message(text) for index, text in entry.msgstr_plural.items()},
                flags=list(entry.flags),
            )
        )
    return cyrillic
