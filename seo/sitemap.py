"""The sitemap: every live, public page in every language, each with its translations as
hreflang alternates. Serbian pages appear twice, at /sr-latn/ (Latin) and /sr/ (Cyrillic)."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from building_blocks.languages import bcp47
from building_blocks.site_address import page_full_url

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


@dataclass(frozen=True)
class SitemapUrl:
    location: str
    lastmod: object
    alternates: tuple  # (hreflang, url) pairs, x-default last


def sitemap_urls(request):
    """One entry per page and language variant, from one query for all pages."""
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path")
    groups = defaultdict(list)
    for page in pages:
        groups[page.translation_key].append(page)
    urls = []
    for translations in groups.values():
        by_language = _urls_by_language(request, translations)
        alternates = tuple((bcp47(code), url) for code, (url, _page) in by_language.items())
        if DEFAULT_LANGUAGE in by_language:
            alternates += (("x-default", by_language[DEFAULT_LANGUAGE][0]),)
        for url, page in by_language.values():
            urls.append(SitemapUrl(url, page.last_published_at, alternates if len(by_language) > 1 else ()))
    return urls


def _urls_by_language(request, translations):
    """{language code: (absolute URL, page)} for each language of the site the page group is in."""
    by_locale = {page.locale.language_code: page for page in translations}
    found = {}
    for code, _name in settings.LANGUAGES:
        page = by_locale.get(get_supported_content_language_variant(code))
        if page is None:
            continue
        with translation.override(code):
            url = page_full_url(page, request)
        if url:
            found[code] = (url, page)
    return found
