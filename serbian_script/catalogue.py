"""The Cyrillic interface catalogue (locale/sr) is derived from the Latin one (locale/sr_Latn), so
translators write Serbian once and the two scripts can never disagree."""

import re
from pathlib import Path

import polib
from django.conf import settings

from .transliteration import latin_to_cyrillic

LATIN_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "sr_Latn" / "LC_MESSAGES" / "django.po"
CYRILLIC_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "sr" / "LC_MESSAGES" / "django.po"

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
    cyrillic.header = "Derived from locale/sr_Latn by `make messages`: edit the Latin catalogue, not this one."
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
