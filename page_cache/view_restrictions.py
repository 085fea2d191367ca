"""Reads the private sections of the site once per content generation instead of once per listing.

Wagtail's ``PageQuerySet.public()`` queries every page view restriction each time it is called, and
a page calls it for its menu, language switcher, related items and listings: seven identical queries
on a press release. Saving or deleting a restriction moves the generation on (signals.py), so while a
reader's GET request is answered the remembered list is the current one; anywhere else (the admin
saving, commands, tests) Wagtail's own code runs.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from wagtail.query import PageQuerySet

from .generation import remembered

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
        memo.append(remembered("page-view-restrictions", _read_restrictions))
    q = Q()
    for restriction in memo[0]:
        q |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page


def no_restrictions_anywhere():
    """True while a reader's request is answered and no page of the site is private: then no page
    needs its own ancestors checked for restrictions."""
    memo = _restrictions.get()
    if memo is None:
        return False
    if not memo:
        memo.append(remembered("page-view-restrictions", _read_restrictions))
    return not memo[0]


def _read_restrictions():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.select_related("page"))


def install():
    PageQuerySet.private_q = private_q
