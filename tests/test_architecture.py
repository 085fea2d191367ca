"""The apps depend on each other one way: each imports only apps of a lower layer, none imports
another inside a function to dodge a cycle, and no two modules of the project import each other.
Reads the source as scripts/import_graph.py does (no Django needed)."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "import_graph.py"

# Each app's layer and job. An app may import only apps of a lower layer; a new app needs a line here.
LAYERS = {
    "accounts": 0,  # staff user model and two-factor sign-in
    "image_library": 0,  # the image model, credits, consent, metadata stripping, downloads
    "page_cache": 0,  # cached pages and values, the content version that invalidates them
    "serbian_script": 0,  # Latin/Cyrillic transliteration of pages and formats
    "building_blocks": 1,  # the base page, shared blocks, routing, languages, pagination, site address
    "partners": 2,  # partner organisations (snippets with drafts, on the base snippet)
    "contact": 2,  # contact page and form, offices, press contacts
    "programmes": 3,  # programme pages (confidential locations, partners' roles)
    "news": 4,  # press releases, the news index with its filters and feeds, the press room
    "home": 5,  # home, section and standard pages (latest news, programmes)
    "site_settings": 5,  # settings and texts of every page's chrome; the admin's "Site content" menu of all snippets
    "operations": 5,  # backups and restore, the 503 page while the database is away
    "press_alerts": 5,  # journalists' e-mail alerts and advance copies of releases
    "site_search": 5,  # the site's own search index and search page
    "site_security": 5,  # security headers, HTTP methods, CSRF page, upload checks
    "translation_status": 5,  # translation report and the publishing guard for translations
    "seo": 6,  # share metadata, JSON-LD, sitemap, legacy redirects (reads site settings)
    "editorial_roles": 6,  # editorial groups, who may edit which page, embargo
    "public_api": 6,  # the read-only API over releases and images
    "initial_content": 7,  # the seed content and the editorial set-up it needs
    "portal": 8,  # settings, URLs, WSGI: the wiring of everything
}


@pytest.fixture(scope="module")
def graph():
    spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.analyse()


def test_no_cycles_between_apps(graph):
    assert graph["cycles"] == []


def test_no_cycles_between_modules(graph):
    assert graph["module_cycles"] == []


def test_no_project_imports_inside_functions(graph):
    assert graph["imports_in_functions"] == []


def test_every_app_has_a_layer(graph):
    assert sorted(graph["edges"]) == sorted(LAYERS)


def test_apps_import_only_apps_below_them(graph):
    upward = [
        f"{app} (layer {LAYERS[app]}) imports {target} (layer {LAYERS[target]})"
        for app, targets in graph["edges"].items()
        for target in targets
        if LAYERS[target] >= LAYERS[app]
    ]
    assert upward == []
