from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from building_blocks.pagination import paginate
from serbian_script.transliteration import in_active_script

from .models import Kind
from .normalise import query_terms
from .search import editors_picks, find, highlight

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def search(request):
    """The search page of the reader's language: results from that language only."""
    query = request.GET.get("q", "")
    kind = request.GET.get("type", "")
    context = {"query": query, "kind": kind, "kinds": Kind.choices, "max_length": MAX_QUERY_LENGTH}
    if len(query) > MAX_QUERY_LENGTH or kind not in {"", *Kind.values}:
        context["error"] = _("Please shorten the search to at most %(count)s characters and choose a listed type.") % {
            "count": MAX_QUERY_LENGTH
        }
        return render(request, "site_search/search.html", context, status=400)
    terms = query_terms(query)
    if terms:
        locale = Locale.objects.get(language_code=get_supported_content_language_variant(get_language()))
        picks = editors_picks(query, locale) if request.GET.get("page", "1") == "1" else []
        entries = find(terms, locale, kind or None).exclude(page_id__in=[pick.pk for pick in picks])
        results = paginate(entries, request.GET.get("page"), PER_PAGE)
        context.update(picks=picks, results=results, items=_items(request, results, terms), searched=True)
        context["page_query"] = QueryDict(mutable=True)
        context["page_query"].update({"q": query, **({"type": kind} if kind else {})})
    else:
        context["searched"] = bool(query.strip())
    return render(request, "site_search/search.html", context)


def _items(request, results, terms):
    """What each result shows: title, link, date (news only), type and a highlighted snippet (one query
    for the links). Under /sr/ title and snippet are transliterated whole before the words are marked,
    so no word is split between scripts."""
    entries = list(results.object_list)
    pages = Page.objects.in_bulk([entry.page_id for entry in entries])
    kinds = dict(Kind.choices)
    return [
        {
            "title": highlight(in_active_script(entry.title), terms, length=None),
            "url": pages[entry.page_id].get_url(request),
            "date": entry.date if entry.kind == Kind.NEWS else None,
            "kind": kinds.get(entry.kind, ""),
            "snippet": highlight(in_active_script(entry.plain_text), terms),
        }
        for entry in entries
        if entry.page_id in pages
    ]
