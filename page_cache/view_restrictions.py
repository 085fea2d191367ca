"""Reads the private sections of the site once per request instead of once per listing.

Wagtail's ``PageQuerySet.public()`` queries every page view restriction each time it is called, and
a page calls it for its menu, language switcher, related items and listings: seven identical queries
on a press release. While a reader's GET request is answered the restrictions cannot change, so they
are read once and reused; anywhere else (the admin saving, commands, tests) Wagtail's own code runs.
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
    memo = _restrictions.get()
    if memo is None:
        return _wagtail_private_q(queryset)
    if not memo:
        from wagtail.models import PageViewRestriction

        memo.append(list(PageViewRestriction.objects.select_related("page")))
    q = Q()
    for restriction in memo[0]:
        q |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page


def install():
    PageQuerySet.private_q = private_q
