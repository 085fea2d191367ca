"""Sub-page addresses in the page's language: /sr-latn/kontakt/hvala/, /sr-latn/vesti/kanal/rss/.

Routes are declared once, in English, with RoutablePageMixin's @path; a page in another language
answers at the translated first segment and links to it (reverse_subpage). The English segment on a
translated page (an old link, a feed reader subscribed before) is redirected permanently."""

from django.http import HttpResponsePermanentRedirect
from django.urls import ResolverMatch
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant

# The first segment of a sub-page address, by content language.
SUBPAGE_SLUGS = {
    "sr-latn": {"thank-you": "hvala", "feed": "kanal", "contacts": "kontakti"},
}


def subpage_slug(language_code, english):
    """The segment for a sub-page address of a page in that language ("contacts" → "kontakti")."""
    return SUBPAGE_SLUGS.get(language_code, {}).get(english, english)


class TranslatedSubpagesMixin(RoutablePageMixin):
    """RoutablePageMixin whose sub-page addresses use the page's language."""

    def _subpage_slugs(self):
        # The language being served (Wagtail serves a page only under its own language's prefix, and
        # renders its links in it), not self.locale, which would cost a query on every sub-page.
        return SUBPAGE_SLUGS.get(get_supported_content_language_variant(translation.get_language()), {})

    def reverse_subpage(self, name, args=None, kwargs=None):
        path = super().reverse_subpage(name, args=args, kwargs=kwargs)
        first, slash, rest = path.partition("/")
        return self._subpage_slugs().get(first, first) + slash + rest

    def resolve_subpage(self, path):
        slugs = self._subpage_slugs()
        first, slash, rest = path.lstrip("/").partition("/")
        english = {translated: english for english, translated in slugs.items()}.get(first)
        if english is not None:
            return super().resolve_subpage(f"/{english}{slash}{rest}")
        if first in slugs:
            super().resolve_subpage(path)  # 404 if there is no such sub-page at all
            return ResolverMatch(self._redirect_to_translated_subpage, (slugs[first] + slash + rest,), {})
        return super().resolve_subpage(path)

    def _redirect_to_translated_subpage(self, request, subpage_path):
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(self.get_url(request) + subpage_path + (f"?{query}" if query else ""))
