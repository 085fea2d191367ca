"""The one pagination helper every listing uses: a bad, hostile or out-of-range ?page= never fails,
it lands on the first or the last page."""

from django.core.paginator import Page, Paginator

DEFAULT_PER_PAGE = 10
# Longer than any real page number: anything beyond is not parsed at all.
MAX_PAGE_DIGITS = 9


def page_number(raw):
    """A positive page number from a query-string value, or 1 for anything that is not one."""
    if isinstance(raw, (list, tuple)):
        raw = raw[0] if raw else None
    if raw is None:
        return 1
    text = str(raw).strip()
    if not text.isascii() or not text.isdigit() or len(text) > MAX_PAGE_DIGITS:
        return 1 if not (text.isascii() and text.isdigit()) else _LAST
    number = int(text)
    return number if number >= 1 else 1


class _Last:
    """Marker for a number too large to parse: the last page."""


_LAST = _Last()


def paginate(items, raw_page, per_page=DEFAULT_PER_PAGE, count=None) -> Page:
    """The requested page of items: page 1 for a missing or invalid number, the last page for one
    beyond the end. An empty list gives an empty first page. A count known already saves counting."""
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    if count is not None:
        paginator.count = count
    number = page_number(raw_page)
    if number is _LAST or number > paginator.num_pages:
        number = paginator.num_pages
    return paginator.page(number)


def page_window(page, around=2):
    """Page numbers to link to around the current one, with None where numbers are skipped."""
    last = page.paginator.num_pages
    wanted = {1, last} | set(range(max(1, page.number - around), min(last, page.number + around) + 1))
    window, previous = [], 0
    for number in sorted(wanted):
        if number - previous > 1:
            window.append(None)
        window.append(number)
        previous = number
    return window
