"""vCard 4.0 (RFC 6350) for a press contact: escaped values, CRLF line endings, lines folded at 75 octets."""

import datetime

CRLF = "\r\n"
MAX_OCTETS = 75


def escape(value):
    """Escapes a text value: backslash, comma, semicolon and newlines (RFC 6350, 3.4)."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line):
    """Splits a content line into lines of at most 75 octets, continuations starting with a space,
    never inside a multi-octet UTF-8 character."""
    parts, current, size, limit = [], "", 0, MAX_OCTETS
    for character in line:
        octets = len(character.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += character
        size += octets
    parts.append(current)
    return CRLF.join(parts)


def structured_name(full_name):
    """N: family;given;additional;prefixes;suffixes, from a "Given Family" name."""
    given, _space, family = full_name.strip().rpartition(" ")
    if not given:
        given, family = "", family
    return f"{escape(family)};{escape(given)};;;"


def vcard_for(contact, text=str):
    """The contact's vCard; ``text`` writes the human-readable values (names, organisation, title,
    languages) in the reader's script, never the addresses and numbers."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        f"FN:{escape(text(contact.name))}",
        f"N:{structured_name(text(contact.name))}",
        f"ORG:{escape(text(contact.organisation))}",
    ]
    if contact.role:
        lines.append(f"TITLE:{escape(text(contact.role))}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{escape(contact.email)}")
    if contact.phone:
        number = "".join(c for c in contact.phone if c.isdigit() or c == "+")
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:tel:{number}")
    if contact.languages:
        lines.append(f"NOTE:{escape(text(contact.languages))}")
    # One person in every language: the translations share the UID, so address books update the card.
    lines.append(f"UID:urn:uuid:{contact.translation_key}")
    if contact.updated_at:
        lines.append(f"REV:{contact.updated_at.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return "".join(fold(line) + CRLF for line in lines)
