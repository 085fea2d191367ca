"""The documentation an operator or editor follows matches the code: every environment variable the
settings read is in the operators' guide, every `manage.py` command the guides name exists, and every
link and picture in them leads to a file, with alt text for each picture."""

import re
from pathlib import Path

import pytest
from django.core.management import get_commands

PROJECT = Path(__file__).resolve().parent.parent
GUIDES = [PROJECT / "README.md", *sorted((PROJECT / "docs").glob("*.md"))]


def settings_variables():
    """Names read with the typed readers of portal/settings/environment.py."""
    source = "".join(path.read_text() for path in (PROJECT / "portal" / "settings").glob("*.py"))
    return set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z0-9_]+)"', source))


def test_every_environment_variable_of_the_settings_is_in_the_operators_guide():
    guide = (PROJECT / "docs" / "operators.md").read_text()
    variables = settings_variables()

    assert {"SECRET_KEY", "DATABASE_URL", "BASE_URL"} <= variables
    assert sorted(name for name in variables if f"`{name}`" not in guide) == []


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_command_a_guide_names_exists(guide):
    named = set(re.findall(r"manage\.py (\w+)", guide.read_text()))

    assert sorted(named - set(get_commands())) == []


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_link_and_picture_of_a_guide_leads_to_a_file(guide):
    text = guide.read_text()
    targets = [target for target in re.findall(r"\]\(([^)#\s]+)[^)]*\)", text) if "://" not in target]

    assert sorted(target for target in targets if not (guide.parent / target).exists()) == []


def test_the_editors_guide_shows_every_screenshot_with_alt_text():
    guide = (PROJECT / "docs" / "editors.md").read_text()
    pictures = dict((path, alt) for alt, path in re.findall(r"!\[([^\]]*)\]\((images/[^)]+)\)", guide))
    taken = {f"images/{path.name}" for path in (PROJECT / "docs" / "images").glob("*.png")}

    assert set(pictures) == taken
    assert all(len(alt.split()) >= 5 for alt in pictures.values()), pictures
