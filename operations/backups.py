"""Backup archives: the database (a consistent SQLite copy, or a pg_dump in custom format) and the
media files, in one timestamped .tar.gz; and restoring them."""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from page_cache.versions import move_content_version_on

SQLITE_MEMBER = "database.sqlite3"
POSTGRES_MEMBER = "database.dump"
MEDIA_MEMBER = "media"
MANIFEST_MEMBER = "manifest.json"


def postgres_url(database):
    """libpq connection URL from Django's connection settings (the password travels in the
    environment, never on the command line)."""
    host = database.get("HOST") or "localhost"
    port = database.get("PORT") or 5432
    return f"postgresql://{database['USER']}@{host}:{port}/{database['NAME']}"


def postgres_environment(database):
    return {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}


def dump_database(folder):
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(folder / SQLITE_MEMBER)
        with target:
            connection.connection.backup(target)  # SQLite's online backup: a consistent copy
        target.close()
        return SQLITE_MEMBER
    if connection.vendor == "postgresql":
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={folder / POSTGRES_MEMBER}", postgres_url(database)],
            check=True,
            env=postgres_environment(database),
        )
        return POSTGRES_MEMBER
    raise NotImplementedError(f"No backup for the {connection.vendor} database")


def create_backup(directory):
    """Writes <directory>/portal-<timestamp>.tar.gz and returns its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    archive = directory / f"portal-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        member = dump_database(scratch)
        manifest = {"created": timezone.now().isoformat(), "database": connection.vendor, "database_file": member}
        (scratch / MANIFEST_MEMBER).write_text(json.dumps(manifest))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(scratch / MANIFEST_MEMBER, MANIFEST_MEMBER)
            tar.add(scratch / member, member)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                tar.add(media, MEDIA_MEMBER)
    archive.chmod(0o600)  # it holds contact messages: staff only
    return archive


def restore_database(folder, manifest):
    database = connection.settings_dict
    if manifest["database"] != connection.vendor:
        raise ValueError(f"This archive holds a {manifest['database']} database, not {connection.vendor}.")
    if connection.vendor == "sqlite":
        connection.close()
        source = sqlite3.connect(folder / SQLITE_MEMBER)
        target = sqlite3.connect(database["NAME"])
        with target:
            source.backup(target)
        source.close()
        target.close()
        return
    subprocess.run(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"]
        + [f"--dbname={postgres_url(database)}", str(folder / POSTGRES_MEMBER)],
        check=True,
        env=postgres_environment(database),
    )


def restore_backup(archive):
    """Replaces the database and the media files with the archive's."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(scratch, filter="data")  # refuses absolute paths, "..", devices
        manifest = json.loads((scratch / MANIFEST_MEMBER).read_text())
        restore_database(scratch, manifest)
        move_content_version_on()  # no save signals ran: cached pages and values describe the old site
        media = Path(settings.MEDIA_ROOT)
        if (scratch / MEDIA_MEMBER).is_dir():
            shutil.rmtree(media, ignore_errors=True)
            shutil.copytree(scratch / MEDIA_MEMBER, media)
    return manifest


def database_has_content():
    return "wagtailcore_page" in connection.introspection.table_names()
