"""Small helpers for reading the HTML the site sends back."""

from functools import cache
from pathlib import Path

import polib
from bs4 import BeautifulSoup
from django.conf import settings

SERBIAN_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "sr_Latn" / "LC_MESSAGES" / "django.po"


def soup(response):
    return BeautifulSoup(response.content.decode(response.charset or "utf-8"), "html.parser")


def html_lang(response):
    return soup(response).html.get("lang")


def menu_titles(response):
    menu = soup(response).select_one("nav.main-menu")
    return [link.get_text(strip=True) for link in menu.select("a")] if menu else []


def switcher_link(response, hreflang):
    """The language switcher's link to the given language (None if that language is the current one)."""
    link = soup(response).select_one(f'nav.language-switcher a[hreflang="{hreflang}"]')
    return link["href"] if link else None


def alternate_links(response):
    """{hreflang: href} of the page's <link rel="alternate" hreflang> elements."""
    return {link["hreflang"]: link["href"] for link in soup(response).select('link[rel="alternate"][hreflang]')}


@cache
def serbian_translation(msgid):
    """The Serbian msgstr for an interface string, or None while it is untranslated (or fuzzy)."""
    if not SERBIAN_CATALOGUE.exists():
        return None
    entry = polib.pofile(str(SERBIAN_CATALOGUE)).find(msgid)
    if entry is None or not entry.msgstr or entry.fuzzy or entry.obsolete:
        return None
    return entry.msgstr


def publish(page):
    """Publishes the page as an editor would: a new revision, then publish it."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page
