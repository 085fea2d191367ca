"""Which page answers in which language, and the links between them.

LANGUAGES may hold more languages than WAGTAIL_CONTENT_LANGUAGES (a script variant served from the
same content), so a language is mapped to its content locale before looking up a translation.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site

from page_cache.cached_values import cached_value, cached_value_for_page
from page_cache.versions import no_view_restrictions_anywhere

from .site_address import page_full_url


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    full_url: str
    is_current: bool
    is_translation: bool

    @property
    def hreflang(self):
        return bcp47(self.code)


# Django's "sr" is Serbian in Cyrillic; BCP 47 says so explicitly.
IMPLIED_SCRIPTS = {"sr": "sr-Cyrl"}


def bcp47(language_code):
    """Django's "sr-latn" is BCP 47's "sr-Latn": the script subtag is title-cased."""
    if language_code in IMPLIED_SCRIPTS:
        return IMPLIED_SCRIPTS[language_code]
    parts = language_code.split("-")
    return "-".join([parts[0]] + [part.title() if len(part) == 4 else part.upper() for part in parts[1:]])


def localized_home(request, language_code=None):
    """The site's home page in the given (default: active) language, or None if it has no live one."""
    cache = request.__dict__.setdefault("_localized_homes", {})
    language_code = language_code or translation.get_language()
    if language_code not in cache:
        content_code = get_supported_content_language_variant(language_code)
        home = cached_value(f"home:{request.get_host()}:{content_code}", lambda: _read_home(request, content_code))
        cache[language_code] = home or None
    return cache[language_code]


def _read_home(request, content_code):
    """The site's root page in the content language ("" when it has no live one, so it is remembered)."""
    root = Site.find_for_request(request).root_page
    homes = Page.objects.live().filter(translation_key=root.translation_key, locale__language_code=content_code)
    return homes.first() or ""


def language_links(request, page=None):
    """One link per language: to the page's translation where it exists, else to that language's home."""
    cache = request.__dict__.setdefault("_language_links", {})
    key = page.pk if page else None
    if key not in cache:
        cache[key] = cached_value_for_page(
            request, page, "language-links", lambda: _build_language_links(request, page)
        )
    return cache[key]


def public_translations(page):
    """{language code: page} for the page's live translations that nobody needs to log in to read:
    a private (view-restricted) translation is not announced by its public siblings. Live Serbian
    pages are finished translations (translation_status.integrity refuses anything else)."""
    translations = list(Page.objects.live().filter(translation_key=page.translation_key).select_related("locale"))
    if no_view_restrictions_anywhere():
        return {p.locale.language_code: p for p in translations}
    paths = {p.path[:end] for p in translations for end in range(Page.steplen, len(p.path) + 1, Page.steplen)}
    restricted = set(PageViewRestriction.objects.filter(page__path__in=paths).values_list("page__path", flat=True))
    return {
        p.locale.language_code: p
        for p in translations
        if p.pk == page.pk or not any(p.path.startswith(path) for path in restricted)
    }


def _build_language_links(request, page):
    translations = public_translations(page) if page is not None else {}
    active = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(get_supported_content_language_variant(code))
        is_translation = target is not None
        if target is None and page is not None and page.pk is not None and page.live:
            # Not translated (or not public) in this language: say so in it, and offer this page.
            with translation.override(code):
                url = reverse("not_translated", args=[page.pk])
            links.append(LanguageLink(code, name, url, request.build_absolute_uri(url), code == active, False))
            continue
        target = target or localized_home(request, code)
        if target is None:
            continue
        with translation.override(code):
            url = target.get_url(request)
            full_url = page_full_url(target, request)
        links.append(LanguageLink(code, name, url, full_url, code == active, is_translation))
    return links
