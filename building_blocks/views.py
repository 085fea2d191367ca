from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .languages import public_translations


def not_translated(request, page_id):
    """Where the language switcher sends a reader whose language a page is not (yet) translated into:
    told so in their language and offered the page in the language it exists in. A private page is
    a 404, as if it did not exist; once the translation is published this redirects to it."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None or page.get_view_restrictions().exists():
        raise Http404
    content_code = get_supported_content_language_variant(translation.get_language())
    translated = public_translations(page).get(content_code)
    if translated is not None:
        return redirect(translated.get_url(request))
    return render(request, "navigation/not_translated.html", {"original": page.specific}, status=200)
