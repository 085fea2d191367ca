"""Production installs requirements-production.txt: the site's pins without test tools. requirements.txt
stays the developers' full pinned set, the same versions plus pytest and pytest-django."""

import re
from pathlib import Path

from django.conf import settings

TEST_TOOLS = {"pytest", "pytest-django", "wagtail-factories", "factory-boy", "feedparser", "playwright", "ruff"}


def pins(name):
    lines = (Path(settings.BASE_DIR) / name).read_text().splitlines()
    entries = [line.strip() for line in lines if line.strip() and not line.startswith(("#", "-r"))]
    assert all("==" in entry for entry in entries), entries
    return {entry.split("==")[0].lower().replace("_", "-"): entry.split("==")[1] for entry in entries}


def direct_dependencies():
    lines = (Path(settings.BASE_DIR) / "requirements.in").read_text().splitlines()
    return {re.split(r"[\[<>=]", line)[0].strip().lower() for line in lines if line.strip() and line[0] != "#"}


def test_production_requirements_hold_no_test_tools():
    assert not TEST_TOOLS & set(pins("requirements-production.txt"))


def test_production_pins_every_direct_dependency_at_the_developers_versions():
    production, full = pins("requirements-production.txt"), pins("requirements.txt")

    assert direct_dependencies() <= set(production)
    assert {name: full.get(name) for name in production} == production


def test_the_developers_set_adds_only_pytest_and_what_it_needs():
    production, full = pins("requirements-production.txt"), pins("requirements.txt")

    assert {"wagtail", "django", "wagtail-localize", "psycopg2-binary", "pytest-django"} <= set(full)
    assert set(full) - set(production) == {"pytest", "pytest-django", "iniconfig", "packaging", "pluggy", "pygments"}
