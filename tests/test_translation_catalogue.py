"""Every string a reader or editor sees has a Serbian translation: a missing or fuzzy one fails here."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "sr_Latn" / "LC_MESSAGES" / "django.po"
NOT_SOURCE = shutil.ignore_patterns(".venv", ".git", "node_modules", "media", "staticfiles", "*.sqlite3", "*.mo")


def untranslated(catalogue):
    return [entry.msgid for entry in catalogue if not entry.obsolete and (not entry.translated() or entry.fuzzy)]


def test_committed_serbian_catalogue_is_complete():
    assert untranslated(polib.pofile(str(CATALOGUE))) == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_every_string_in_the_code_is_in_the_serbian_catalogue(tmp_path):
    """Extracts the strings afresh from a copy of the code, as `make messages` would, and checks that
    none is new (untranslated) or merged as a fuzzy guess."""
    copy = tmp_path / "portal"
    shutil.copytree(settings.BASE_DIR, copy, ignore=NOT_SOURCE)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale=sr_Latn", "--no-location", "--ignore=.venv"],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        check=True,
        capture_output=True,
    )
    fresh = polib.pofile(str(copy / "locale" / "sr_Latn" / "LC_MESSAGES" / "django.po"))
    assert untranslated(fresh) == []
