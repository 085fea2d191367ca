"""Readable ASCII slugs for Serbian pages: "Međunarodna žrtva" → "medjunarodna-zrtva", "Београд" → "beograd".

Django's ASCII slugify drops đ ("Đorđe" → "ore") and every Cyrillic letter, so Serbian text is first
written in Latin and folded to ASCII the way Serbs do without diacritics (đ → dj, not d)."""

from django.utils.text import slugify

from .transliteration import cyrillic_to_latin, fold_to_ascii


def ascii_slug(text):
    """A lower-case ASCII slug from Serbian text in either script."""
    return slugify(fold_to_ascii(cyrillic_to_latin(str(text)).lower()))
