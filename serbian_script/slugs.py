"""Readable ASCII slugs for Serbian pages: "Međunarodna žrtva" → "medjunarodna-zrtva", "Београд" → "beograd".

Django's ASCII slugify drops đ ("Đorđe" → "ore") and every Cyrillic letter, so Serbian text is first
written in Latin and folded to ASCII the way Serbs do without diacritics (đ → dj, not d)."""

from django.utils.text import slugify

CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
ASCII_FOLDING = {"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"}


def cyrillic_to_latin(text):
    """Serbian Cyrillic → Latin (Љ → Lj at the start of a capitalised word, LJ inside capitals)."""
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


def ascii_slug(text):
    """A lower-case ASCII slug from Serbian text in either script."""
    latin = cyrillic_to_latin(str(text)).lower()
    return slugify("".join(ASCII_FOLDING.get(letter, letter) for letter in latin))
