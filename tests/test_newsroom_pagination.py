"""The one pagination helper: any ?page= value lands on a real page."""

import pytest
from django.core.paginator import Paginator

from building_blocks.pagination import page_window, paginate

ITEMS = list(range(1, 26))  # 3 pages of 10


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, 1),
        ("", 1),
        ("1", 1),
        ("2", 2),
        (" 3 ", 3),
        ("abc", 1),
        ("-1", 1),
        ("0", 1),
        ("1.5", 1),
        ("1e3", 1),
        ("<script>", 1),
        ("2\x00", 1),
        ("٣", 1),
    ],
)
def test_page_number_reads_only_positive_ascii_integers(raw, expected):
    assert paginate(ITEMS, raw, per_page=10).number == expected


@pytest.mark.parametrize(("raw", "number"), [("1", 1), ("3", 3), ("4", 3), ("999999", 3), ("9" * 40, 3)])
def test_numbers_beyond_the_end_show_the_last_page(raw, number):
    assert paginate(ITEMS, raw, per_page=10).number == number


@pytest.mark.parametrize("raw", ["abc", "-1", "0", None, "", "%00", "\x00"])
def test_bad_page_number_shows_first_page(raw):
    page = paginate(ITEMS, raw, per_page=10)
    assert page.number == 1
    assert list(page) == list(range(1, 11))


def test_last_page_holds_the_remainder():
    assert list(paginate(ITEMS, "3", per_page=10)) == [21, 22, 23, 24, 25]


def test_empty_list_gives_an_empty_first_page():
    page = paginate([], "5", per_page=10)
    assert page.number == 1
    assert list(page) == []
    assert page.paginator.count == 0


def test_page_window_elides_far_pages():
    page = paginate(list(range(200)), "10", per_page=10)
    gap = Paginator.ELLIPSIS
    assert page_window(page) == [1, gap, 8, 9, 10, 11, 12, gap, 20]


def test_page_window_of_a_single_page():
    assert page_window(paginate(ITEMS, "1", per_page=100)) == [1]


def test_page_window_shows_a_single_left_out_number_rather_than_a_gap():
    page = paginate(list(range(200)), "5", per_page=10)
    assert page_window(page) == [1, 2, 3, 4, 5, 6, 7, Paginator.ELLIPSIS, 20]
