"""Reads the private sections of the site once per request instead of once per listing.

Wagtail's ``PageQuerySet.public()`` queries every page view restriction each time it is called, and
a page calls it for its menu, language switcher, related items and listings: seven identical queries
on a press release. While a reader's GET request is answered the restrictions cannot change, so they
are read once and reused; anywhere else (the admin saving, commands, tests) Wagtail's own code runs.
They are read from the database on every request, never remembered between requests: whether a page
is private must not depend on a cache having seen the change.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from wagtail.query import PageQuerySet

_restrictions = ContextVar("page_cache_view_restrictions", default=None)
_wagtail_private_q = PageQuerySet.private_q


@contextmanager
def restrictions_read_once():
    token = _restrictions.set([])
    try:
        yield
    finally:
        _restrictions.reset(token)


def private_q(queryset):
    restrictions = _this_requests_restrictions()
    if restrictions is None:
        return _wagtail_private_q(queryset)
    q = Q()
    for restriction in restrictions:
        q |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page


def no_restrictions_anywhere():
    """True while a reader's request is answered and, as this request read, no page of the site is
    private: then no page needs its own ancestors checked for restrictions."""
    restrictions = _this_requests_restrictions()
    return restrictions is not None and not restrictions


def _this_requests_restrictions():
    """Every view restriction, read at the first need in a reader's request; None outside one."""
    memo = _restrictions.get()
    if memo is None:
        return None
    if not memo:
        from wagtail.models import PageViewRestriction

        memo.append(list(PageViewRestriction.objects.select_related("page")))
    return memo[0]


def install():
    PageQuerySet.private_q = private_q
