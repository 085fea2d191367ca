"""Compares the site's search index (site_search) with Wagtail's database search backend on Serbian
queries: which finds the page it should, and how long a query takes. Issue 18 keeps the site's own
index only if Wagtail's backend cannot give the same results and speed.

Runs in a throwaway test database (test_<name> of DATABASE_URL, SQLite or PostgreSQL): the seed,
a fictitious archive, and one Serbian page for each (query, text) pair of tests/test_search_stemming.py.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python scripts/compare_search.py [--archive 1000]
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings, setup_databases, teardown_databases  # noqa: E402
from test_search_stemming import PAIRS  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from initial_content.models import LoadedSeedItem  # noqa: E402
from news.factories import PressReleasePageFactory  # noqa: E402
from news.models import NewsIndexPage  # noqa: E402
from site_search.indexer import rebuild  # noqa: E402
from site_search.normalise import query_terms  # noqa: E402
from site_search.search import find  # noqa: E402

# Queries the search tests ask of the seeded Serbian release "Otvoren prvi centar za reintegraciju
# žrtava trgovine ljudima" (Beograd is in its text).
SEEDED_QUERIES = [
    "žrtava", "zrtava", "жртава", "ŽRTVE", "zrtve", "жртве", "centra", "centru", "Beogradu", "Београду",
    "reintegraciju", "реинтеграција", "trgovine ljudima", "трговина људима",
]  # fmt: skip
REPEAT = 5
WAGTAIL_DATABASE = {"BACKEND": "wagtail.search.backends.database"}


def site_search(query, locale):
    """What the search page runs: the terms, the first ten results and the count."""
    terms = query_terms(query)
    if not terms:
        return [], 0
    entries = find(terms, locale)
    return list(entries.values_list("page_id", flat=True)[:10]), entries.count()


def wagtail_search(query, locale, backend="wagtail"):
    """What the issue names: Wagtail's backend on the locale's live pages, first ten and the count."""
    results = Page.objects.live().filter(locale=locale).search(query, backend=backend)
    return [page.pk for page in results[:10]], results.count()


def backend_search(query, locale):
    """The site's index through Wagtail's search API (what the admin and the API call)."""
    return wagtail_search(query, locale, backend="default")


def site_finds(query, locale, target):
    terms = query_terms(query)
    return bool(terms) and find(terms, locale).filter(page_id=target).exists()


def wagtail_finds(query, locale, target, backend="wagtail"):
    return target in {page.pk for page in Page.objects.live().filter(locale=locale).search(query, backend=backend)}


def backend_finds(query, locale, target):
    return wagtail_finds(query, locale, target, backend="default")


def timed(function, *args):
    """Median milliseconds of REPEAT runs after one to warm caches."""
    function(*args)
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        function(*args)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(label, cases, locale, engines):
    rows = []
    for query, target in cases:
        row = {"query": query}
        for name, (search, finds) in engines.items():
            row[name] = (finds(query, locale, target), timed(search, query, locale))
        rows.append(row)
    print(f"\n### {label} ({len(cases)} queries)")
    print("| engine | found | median ms/query | max ms |")
    print("|---|---|---|---|")
    for name in engines:
        found = sum(row[name][0] for row in rows)
        times = [row[name][1] for row in rows]
        print(f"| {name} | {found}/{len(rows)} | {statistics.median(times):.2f} | {max(times):.2f} |")
    return rows


def print_misses(rows, engines, limit=40):
    for name in engines:
        missed = [row["query"] for row in rows if not row[name][0]]
        shown = ", ".join(missed[:limit]) + (" …" if len(missed) > limit else "")
        print(f"- {name} misses {len(missed)}: {shown}")


def rebuild_wagtail(backend_name="wagtail"):
    call_command("update_index", backend_name=backend_name, verbosity=0, stdout=io.StringIO())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=int, default=1000, help="Fictitious releases per language.")
    arguments = parser.parse_args()

    old_config = setup_databases(verbosity=0, interactive=False)
    backends = {"default": {"BACKEND": "site_search.backend"}, "wagtail": WAGTAIL_DATABASE}
    try:
        call_command("load_initial_content", stdout=io.StringIO())
        call_command("generate_fictitious_archive", count=arguments.archive, stdout=io.StringIO())
        serbian = Locale.objects.get(language_code="sr-latn")
        news_sr = NewsIndexPage.objects.get(locale=serbian)
        pair_cases = []
        for number, (query, text) in enumerate(PAIRS):
            page = PressReleasePageFactory(
                parent=news_sr, title=f"M{number:03d}", slug=f"m{number:03d}", introduction=text, locale=serbian
            )
            pair_cases.append((query, page.pk))
        record = LoadedSeedItem.objects.get(key="release:first-reintegration-centre:en")
        release = Page.objects.get(translation_key=record.translation_key, locale=serbian)
        seeded_cases = [(query, release.pk) for query in SEEDED_QUERIES]

        override = override_settings(WAGTAILSEARCH_BACKENDS=backends)
        override.enable()
        started = time.perf_counter()
        pages = rebuild()
        site_seconds = time.perf_counter() - started
        started = time.perf_counter()
        rebuild_wagtail()
        wagtail_seconds = time.perf_counter() - started
        print(f"Database: {connection.vendor}; {pages} live pages indexed.")
        print(f"Rebuild: site index {site_seconds:.1f} s, Wagtail's (every indexed model) {wagtail_seconds:.1f} s.")

        engines = {
            "site_search (search page)": (site_search, site_finds),
            "site_search backend (Page.objects.search)": (backend_search, backend_finds),
            "wagtail database": (wagtail_search, wagtail_finds),
        }
        seeded_rows = measure("Seeded release, queries of tests/test_search_site.py", seeded_cases, serbian, engines)
        pair_rows = measure("Inflected pairs of tests/test_search_stemming.py", pair_cases, serbian, engines)
        print_misses(seeded_rows + pair_rows, engines)

        if connection.vendor == "postgresql":
            # Wagtail's backend with PostgreSQL's Serbian text search configuration (Snowball's stemmer).
            serbian_config = {**backends, "wagtail": {**WAGTAIL_DATABASE, "SEARCH_CONFIG": "serbian"}}
            with override_settings(WAGTAILSEARCH_BACKENDS=serbian_config):
                assert get_search_backend("wagtail").config == "serbian"
                rebuild_wagtail()
                engines = {"wagtail database, SEARCH_CONFIG=serbian": (wagtail_search, wagtail_finds)}
                rows = measure("Seeded release, config serbian", seeded_cases, serbian, engines)
                rows += measure("Inflected pairs, config serbian", pair_cases, serbian, engines)
                print_misses(rows, engines)
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
