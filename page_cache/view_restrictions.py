"""Reads the private sections of the site once per request instead of once per listing.

Wagtail's ``PageQuerySet.public()`` queries every page view restriction each time it is called, and
a page calls it for its menu, language switcher, related items and listings: seven identical queries
on a press release. While a reader's GET request is answered the restrictions cannot change, so they
are read once and reused; anywhere else (the admin saving, commands, tests) Wagtail's own code runs.
They are read from the database on every request, never remembered between requests: whether a page
is private must not depend on a cache having seen the change.
"""

from django.db.models import Q
from wagtail.query import PageQuerySet

from .reader_request import ReadOnce

_restrictions = ReadOnce("page_cache_view_restrictions")
_wagtail_private_q = PageQuerySet.private_q


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
    return _restrictions.get(_read_restrictions, outside=lambda: None)


def _read_restrictions():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.select_related("page"))


def install():
    PageQuerySet.private_q = private_q
