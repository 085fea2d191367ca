from django.utils import translation

from .transliteration import CYRILLIC_LANGUAGE, transliterate_html


class CyrillicMiddleware:
    """Serves Serbian in Cyrillic at /sr/… from the one (Latin) Serbian translation, by transliterating
    the rendered page on its way out. Interface strings come already in Cyrillic from locale/sr."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._applies(request, response):
            charset = response.charset or "utf-8"
            response.content = transliterate_html(response.content.decode(charset)).encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def _applies(request, response):
        return (
            translation.get_language() == CYRILLIC_LANGUAGE
            and request.path.startswith(f"/{CYRILLIC_LANGUAGE}/")
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        )
