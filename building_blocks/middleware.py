from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 answered by a view outside the language prefixes
    (the API, documents) stays that view's answer. Django redirects every unprefixed 404 to the same
    path under /en/, which Wagtail's catch-all always accepts: /api/v2/pages/99999/ became a redirect
    to an HTML "Page not found". Addresses that match no view are still redirected (/about/ → /en/about/)."""

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None) is not None
            and not translation.get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
