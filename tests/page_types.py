"""One address per page type in each language form (English, Serbian Latin, Serbian Cyrillic), for
tests that must hold on every kind of page: the seeded pages, the search page with and without
results, and a 404."""

from django.utils import translation
from wagtail.models import Page

LANGUAGE_FORMS = ("en", "sr-latn", "sr")


def page_type_urls():
    """[(language form, label, path)]: the first live page of each type in each language form."""
    first = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("content_type", "locale").order_by("path"):
        first.setdefault((page.locale.language_code, page.content_type.model), page)
    urls = []
    for (language, model), page in sorted(first.items()):
        with translation.override(language):  # a page's URL follows the active language's script
            path = page.url
        urls.append((language, model, path))
        if language == "sr-latn":
            urls.append(("sr", model, path.replace("/sr-latn/", "/sr/", 1)))
    for language in LANGUAGE_FORMS:
        urls.append((language, "search", f"/{language}/search/"))
        urls.append((language, "search results", f"/{language}/search/?q=centar"))
        urls.append((language, "not found", f"/{language}/no-such-page/"))
    return urls
