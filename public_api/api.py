"""The read-only API for partners (Wagtail API v2 at /api/v2/): live, public pages, images, documents.

Only JSON is rendered (no browsable HTML API); a locale parameter that names no language of the site
is a 400, not an empty list; and ?search= never reaches the full-text engine's query syntax: pages
are searched like the site's search page (any script, with or without diacritics), images and
documents with the query reduced to plain lower-case words."""

import re

from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from image_library.consent import may_be_shown
from news.models import PressReleasePage
from site_search.models import SearchEntry
from site_search.normalise import query_terms
from site_search.search import matching

NOT_WORD = re.compile(r"[\W_]+")
MAX_SEARCH_LENGTH = 200


def _search_text(request):
    text = request.GET["search"]
    if len(text) > MAX_SEARCH_LENGTH:
        raise BadRequestError(_("search is longer than %(count)s characters") % {"count": MAX_SEARCH_LENGTH})
    return text


class PageSearchFilter(SearchFilter):
    """?search= for pages: every word (normalised, stemmed) must begin a word of the page."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        terms = query_terms(_search_text(request))
        if not terms:
            return queryset.none()
        return queryset.filter(pk__in=matching(SearchEntry.objects.all(), terms).values("page_id"))


class PlainWordsSearchFilter(SearchFilter):
    """?search= for images and documents, as plain words: quotes, stars and operators are dropped
    (lower-case "and", "or" are words, not operators, to the full-text engine)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        words = NOT_WORD.sub(" ", _search_text(request)).lower().split()
        if not words:
            return queryset.none()
        return get_search_backend().search(" ".join(words), queryset, order_by_relevance="order" not in request.GET)


def _with_search_filter(filter_backends, search_filter):
    return [search_filter if backend is SearchFilter else backend for backend in filter_backends]


class PublicPagesAPIViewSet(PagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    filter_backends = _with_search_filter(PagesAPIViewSet.filter_backends, PageSearchFilter)

    def get_queryset(self):
        locale = self.request.GET.get("locale")
        if locale is not None and not Locale.objects.filter(language_code=locale).exists():
            known = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
            raise BadRequestError(
                _("Unknown locale “%(locale)s”. Known locales: %(known)s.") % {"locale": locale, "known": known}
            )
        # The locale is read for each page's URL: fetch it with the pages.
        queryset = super().get_queryset().select_related("locale")
        if issubclass(queryset.model, PressReleasePage):
            queryset = queryset.prefetch_related("topic_links__topic")
        return queryset


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    filter_backends = _with_search_filter(ImagesAPIViewSet.filter_backends, PlainWordsSearchFilter)

    def get_queryset(self):
        # Never a picture of a person whose consent is missing or has ended (nor its original's address).
        return super().get_queryset().filter(may_be_shown())


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    renderer_classes = [JSONRenderer]
    filter_backends = _with_search_filter(DocumentsAPIViewSet.filter_backends, PlainWordsSearchFilter)


def endpoint_not_found(request, *args, **kwargs):
    """Any other address under /api/: a JSON 404 like the endpoints' own, never an HTML page."""
    message = _("No such API endpoint. Endpoints: %(endpoints)s.") % {"endpoints": "pages, images, documents"}
    return JsonResponse({"message": message}, status=404)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
