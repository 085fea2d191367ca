from django import template
from django.db.models import OuterRef, Subquery
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from page_cache.cached_values import cached_value, reader_key
from site_settings.models import DEFAULT_QUICK_EXIT_URL, SiteSettings, SiteTexts

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """What the header and footer need from the settings, in the active language."""
    request = context.get("request")
    if request is None:
        return {}
    if "previewed_site_texts" in context:  # the admin's preview of a draft of the site texts
        return {**chrome_for(request), "texts": context["previewed_site_texts"]}
    return chrome_for(request)


def chrome_for(request):
    """The settings, texts and chosen pages' addresses of the request's site in the active language:
    cached per content version for all readers (every page shows them), kept on the request."""
    language = translation.get_language()
    per_request = request.__dict__.setdefault("_site_chrome", {})
    if language not in per_request:
        per_request[language] = cached_value(reader_key(request, "site-chrome"), lambda: _build(request, language))
    return per_request[language]


def _build(request, language):
    settings = SiteSettings.for_request(request)
    settings.default_share_image  # read now, so the cached settings carry it  # noqa: B018
    content_language = get_supported_content_language_variant(language)
    texts = SiteTexts.objects.live().filter(locale__language_code=content_language).first()
    chosen = {"privacy_url": settings.privacy_page_id, "cover_tracks_url": settings.cover_tracks_page_id}
    urls = _translated_urls(request, chosen, content_language)
    return {
        "settings": settings,
        "texts": texts,
        **urls,
        "quick_exit_url": settings.quick_exit_url or DEFAULT_QUICK_EXIT_URL,
    }


def _translated_urls(request, chosen, content_language):
    """For each name → chosen page id, the URL of that page's translation in the reader's language
    ("" if there is none), in one query."""
    ids = [page_id for page_id in chosen.values() if page_id]
    chosen_id = Page.objects.filter(pk__in=ids, translation_key=OuterRef("translation_key")).values("pk")[:1]
    translations = (
        Page.objects.live()
        .public()
        .filter(
            locale__language_code=content_language,
            translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key"),
        )
        .annotate(chosen_id=Subquery(chosen_id))
    )
    by_chosen_id = {page.chosen_id: page for page in translations} if ids else {}
    return {
        name: by_chosen_id[page_id].get_url(request) if page_id in by_chosen_id else ""
        for name, page_id in chosen.items()
    }
