"""`make backup` / `make restore`: a round trip of the database and the media files into a fresh site
(SQLite, and PostgreSQL when the suite runs on it, into a scratch database)."""

import io
import os
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from operations.backups import postgres_url

pytestmark = pytest.mark.django_db


def restore_in_a_fresh_site(archive, database_url, media_root, *options):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
    }
    return subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(archive), *options],
        cwd=django_settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def scratch_target(tmp_path):
    """(DATABASE_URL, page counter) of an empty database of the suite's kind."""
    if connection.vendor == "sqlite":
        path = tmp_path / "restored.sqlite3"
        yield (
            f"sqlite:///{path}",
            lambda: sqlite3.connect(path).execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0],
        )
        return
    name = f"scratch_restore_{uuid.uuid4().hex[:8]}"
    url = postgres_url({**connection.settings_dict, "NAME": name})
    admin_url = postgres_url({**connection.settings_dict, "NAME": "postgres"})
    subprocess.run(["psql", admin_url, "-qc", f"CREATE DATABASE {name}"], check=True)

    def count():
        result = subprocess.run(["psql", url, "-tAc", "SELECT count(*) FROM wagtailcore_page"], capture_output=True)
        return int(result.stdout)

    yield url, count
    subprocess.run(["psql", admin_url, "-qc", f"DROP DATABASE IF EXISTS {name}"], check=True)


def test_backup_then_restore_brings_back_the_pages_and_the_media_files(tmp_path, settings, scratch_target, home_en):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "report.pdf").write_bytes(b"%PDF-1.7 report")
    out = io.StringIO()
    call_command("backup_site", output_dir=str(tmp_path / "backups"), stdout=out)
    archive = Path(out.getvalue().strip())
    database_url, count_pages = scratch_target
    restored_media = tmp_path / "restored-media"

    result = restore_in_a_fresh_site(archive, database_url, restored_media)

    assert archive.parent == tmp_path / "backups"
    assert archive.name.startswith("portal-") and archive.name.endswith(".tar.gz")
    assert oct(archive.stat().st_mode)[-3:] == "600"
    with tarfile.open(archive) as tar:
        assert "media/documents/report.pdf" in tar.getnames()
    assert result.returncode == 0, result.stderr
    assert count_pages() == Page.objects.count()
    assert (restored_media / "documents" / "report.pdf").read_bytes() == b"%PDF-1.7 report"


def test_restore_refuses_to_overwrite_a_site_without_force(tmp_path, settings, scratch_target):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    out = io.StringIO()
    call_command("backup_site", output_dir=str(tmp_path / "backups"), stdout=out)
    archive = out.getvalue().strip()
    database_url, count_pages = scratch_target
    restore_in_a_fresh_site(archive, database_url, tmp_path / "restored-media")

    refused = restore_in_a_fresh_site(archive, database_url, tmp_path / "restored-media")
    forced = restore_in_a_fresh_site(archive, database_url, tmp_path / "restored-media", "--force")

    assert refused.returncode != 0
    assert "--force" in refused.stderr
    assert forced.returncode == 0, forced.stderr
    assert count_pages() == Page.objects.count()
