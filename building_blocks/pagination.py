"""Listings' pages, from Django's Paginator: a bad ?page= shows the first page, one beyond the end the last."""

from django.core.paginator import Page, Paginator


def paginate(items, raw_page, per_page, count=None) -> Page:
    """The page of items a ``?page=`` value asks for. A count known already (cached) saves counting."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    # get_page sends 0 and negative numbers to the last page and reads other scripts' digits ("٣"):
    # here only plain digits name a page.
    text = (raw_page or "").strip()
    return paginator.get_page(text if text.isascii() and text.isdigit() and text.lstrip("0") else 1)


def page_window(page):
    """Page numbers to link to: the first, the last and two either side of the current one, with
    Paginator.ELLIPSIS for the numbers left out."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
