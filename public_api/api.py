"""The read-only API for partners (Wagtail API v2 at /api/v2/): live, public pages, images, documents.

Only JSON is rendered (no browsable HTML API); a locale parameter that names no language of the site
is a 400, not an empty list; and ?search= is Wagtail's, through the site's search backend
(site_search/backend.py): pages are found as on the search page (any script, with or without
diacritics), images and documents by plain words (never the full-text engine's query syntax)."""

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

from image_library.consent import may_be_shown
from news.models import PressReleasePage

MAX_SEARCH_LENGTH = 200
SEARCH_OPERATORS = {"and", "or"}


class BoundedSearchFilter(SearchFilter):
    """Wagtail's ?search= (through the site's search backend, site_search/backend.py), with the query's
    length and search_operator checked first: a bad one is a 400, not an error of the engine."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            if len(request.GET["search"]) > MAX_SEARCH_LENGTH:
                message = _("search is longer than %(count)s characters") % {"count": MAX_SEARCH_LENGTH}
                raise BadRequestError(message)
            if request.GET.get("search_operator", "and") not in SEARCH_OPERATORS:
                message = _("%(parameter)s must be one of: %(values)s")
                raise BadRequestError(message % {"parameter": "search_operator", "values": "and, or"})
        return super().filter_queryset(request, queryset, view)


def _with_search_filter(filter_backends):
    return [BoundedSearchFilter if backend is SearchFilter else backend for backend in filter_backends]


class PublicPagesAPIViewSet(PagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    filter_backends = _with_search_filter(PagesAPIViewSet.filter_backends)

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
    filter_backends = _with_search_filter(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        # Never a picture of a person whose consent is missing or has ended (nor its original's address).
        return super().get_queryset().filter(may_be_shown())


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    renderer_classes = [JSONRenderer]
    filter_backends = _with_search_filter(DocumentsAPIViewSet.filter_backends)


def endpoint_not_found(request, *args, **kwargs):
    """Any other address under /api/: a JSON 404 like the endpoints' own, never an HTML page."""
    message = _("No such API endpoint. Endpoints: %(endpoints)s.") % {"endpoints": "pages, images, documents"}
    return JsonResponse({"message": message}, status=404)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
