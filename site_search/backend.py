"""Wagtail's search backend for this site (WAGTAILSEARCH_BACKENDS["default"]): pages are searched in
the site's own index (SearchEntry and SearchWord), so the admin's page search, the page chooser,
the API and the search page find the same pages; every other indexed model (images, documents,
snippets) is left to Wagtail's database backend. Pages are never written to Wagtail's index, and
`manage.py update_index` rebuilds both (scripts/compare_search.py measured why: Wagtail's backend
does not stem Serbian on SQLite nor fold diacritics on PostgreSQL)."""

import re

from django.db.models import F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page
from wagtail.search.backends import database
from wagtail.search.backends.base import BaseIndex, BaseSearchBackend, BaseSearchResults, EmptySearchResults
from wagtail.search.index import class_is_indexed
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Boost, MatchAll, Not, Or, SearchQuery

from .indexer import rebuild, remove_page
from .models import SearchEntry
from .normalise import MAX_TERMS, query_terms
from .search import hits, matching, matching_any

NOT_WORD = re.compile(r"[\W_]+")


class PageIndex(BaseIndex):
    """The site's index as Wagtail's indexing sees it. Saves are not indexed from here: the site's own
    signals (signals.py) index what is published, never a draft saved over a live page."""

    def get_key(self):
        return "site_search"

    def add_model(self, model):
        pass

    def refresh(self):
        pass

    def reset(self):
        SearchEntry.objects.all().delete()

    def add_item(self, obj):
        pass

    def add_items(self, model, items):
        pass

    def delete_item(self, item):
        remove_page(item)


class Rebuilder:
    """update_index's rebuilder for each index: the site's rebuild for pages (which also drops the
    page entries Wagtail's index kept before this backend), the database backend's for the rest."""

    def __init__(self, index):
        self.index = index
        self.models_rebuilder = None if isinstance(index, PageIndex) else index.backend.rebuilder_class(index)

    def start(self):
        return self.models_rebuilder.start() if self.models_rebuilder else self.index

    def finish(self):
        if self.models_rebuilder:
            self.models_rebuilder.finish()
        else:
            IndexEntry.objects.filter(content_type_id__in=Page.objects.values("content_type_id")).delete()
            rebuild()


def query_text(query):
    """The words of a query: a string, or the query objects Wagtail's admin parses its search into
    (PlainText, Phrase, And, Or, ...; words under Not are left out). Returns (text, operator)."""
    if isinstance(query, str):
        return query, None
    if isinstance(query, Not):
        return "", None
    if isinstance(query, Boost):
        return query_text(query.subquery)
    if isinstance(query, And | Or):
        texts = [query_text(subquery)[0] for subquery in query.subqueries]
        return " ".join(texts), "or" if isinstance(query, Or) else "and"
    return getattr(query, "query_string", ""), getattr(query, "operator", None)


class PageQuery:
    """A page search as BaseSearchResults expects its query compiler: the queryset, the terms."""

    def __init__(self, queryset, query, operator, order_by_relevance):
        self.queryset = queryset
        self.match_all = isinstance(query, MatchAll)
        text, parsed_operator = query_text(query)
        self.terms = query_terms(text)
        self.words = NOT_WORD.sub(" ", text).split()[:MAX_TERMS]
        self.operator = operator or parsed_operator
        self.order_by_relevance = order_by_relevance

    def pages(self):
        """Live pages whose index words the terms begin (every term, or any with operator "or"). Pages that
        are not live have no entry (their text may be embargoed): the admin finds them by their title.
        Best first as on the search page: more terms in the title, then in the lead (one subquery)."""
        if self.match_all:
            return self.queryset
        find = matching_any if self.operator == "or" else matching
        found = Q(pk__in=find(SearchEntry.objects.all(), self.terms).values("page_id"))
        draft_titles = Q(live=False)
        for word in self.words:
            draft_titles &= Q(title__icontains=word)
        pages = self.queryset.filter(found | draft_titles)
        if not self.order_by_relevance:
            return pages
        # At most MAX_TERMS lead hits, so a title hit always counts for more.
        rank = hits("normalised_title", self.terms) * (MAX_TERMS + 1) + hits("normalised_lead", self.terms)
        entry = SearchEntry.objects.filter(page_id=OuterRef("pk")).annotate(rank=rank).values("rank")[:1]
        relevance = Coalesce(Subquery(entry), Value(0), output_field=IntegerField())
        return pages.annotate(search_rank=relevance).order_by(
            "-search_rank", F("last_published_at").desc(nulls_last=True), "-pk"
        )


class PageSearchResults(BaseSearchResults):
    def _do_search(self):
        return self.query_compiler.pages()[self.start : self.stop]

    def _do_count(self):
        count = self.query_compiler.pages().count()
        stop = count if self.stop is None else min(self.stop, count)
        return max(stop - self.start, 0)


class SiteSearchBackend(BaseSearchBackend):
    index_class = PageIndex
    results_class = PageSearchResults
    rebuilder_class = Rebuilder

    def __init__(self, params):
        super().__init__(params)
        self.models_backend = database.SearchBackend(params)

    def get_index_for_model(self, model):
        return PageIndex(self) if issubclass(model, Page) else self.models_backend.get_index_for_model(model)

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return self._find(self.models_backend.search, query, model_or_queryset, fields, operator, order_by_relevance)

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        # Query terms begin index words already: a search is an autocomplete.
        find = self.models_backend.autocomplete
        return self._find(find, query, model_or_queryset, fields, operator, order_by_relevance)

    def _find(self, find_models, query, model_or_queryset, fields, operator, order_by_relevance):
        queryset = model_or_queryset if isinstance(model_or_queryset, QuerySet) else model_or_queryset.objects.all()
        if not issubclass(queryset.model, Page):
            if isinstance(query, str):
                # Plain words only: quotes, stars and operators never reach the full-text engine's syntax.
                query = " ".join(NOT_WORD.sub(" ", query).lower().split())
                if not query:
                    return EmptySearchResults()
            return find_models(query, queryset, fields=fields, operator=operator, order_by_relevance=order_by_relevance)
        if not class_is_indexed(queryset.model) or not isinstance(query, str | SearchQuery):
            return EmptySearchResults()
        compiler = PageQuery(queryset, query, operator, order_by_relevance)
        return self.results_class(self, compiler) if compiler.terms or compiler.match_all else EmptySearchResults()


SearchBackend = SiteSearchBackend
