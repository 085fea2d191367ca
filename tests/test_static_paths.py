"""No 500 for any address under /static/ or /media/, under `make run` (runserver, DEBUG on) too."""

import importlib
import io
import re
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.core import signals
from django.db import close_old_connections
from django.test import RequestFactory
from django.urls import clear_url_caches

pytestmark = pytest.mark.django_db

ODD_PATHS = [
    "/static/../",
    "/static/..%2f",
    "/static/%2e%2e/manage.py",
    "/static/css/../../manage.py",
    "/static/%00",
    "/static/css/%ff.css",
    "/static/",
    "/static/no-such-file.css",
    "/media/../",
    "/media/%2e%2e/manage.py",
    "/media/images/../../manage.py",
    "/media/%00",
    "/media/",
]


def makefile_runserver_options():
    """The options `make run` gives runserver (RUNSERVER_OPTIONS in the Makefile)."""
    makefile = (Path(django_settings.BASE_DIR) / "Makefile").read_text()
    match = re.search(r"^RUNSERVER_OPTIONS\s*:?=\s*(.*)$", makefile, re.MULTILINE)
    return match.group(1).split() if match else []


@pytest.fixture
def dev_server_handler(settings):
    """The WSGI handler `make run` serves with: runserver's, with DEBUG on (media served by Django)."""
    import portal.urls

    settings.DEBUG = True
    clear_url_caches()
    importlib.reload(portal.urls)
    options = makefile_runserver_options()
    handler = RunserverCommand().get_handler(
        use_static_handler="--nostatic" not in options, insecure_serving="--insecure" in options
    )
    yield handler
    settings.DEBUG = False
    clear_url_caches()
    importlib.reload(portal.urls)


def status_of(handler, path):
    """The status the handler answers, called as a WSGI server would. As Django's test client does,
    the request signals leave the test's database connection open (a real server opens its own)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        return _status_of(handler, path)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def _status_of(handler, path):
    environ = RequestFactory().get("/").environ
    environ["PATH_INFO"] = path.encode("utf-8").decode("latin-1") if "%" not in path else _unquoted(path)
    environ["wsgi.input"] = io.BytesIO(b"")
    environ["wsgi.errors"] = sys.stderr
    statuses = []
    body = handler(environ, lambda status, headers, *args: statuses.append(status))
    b"".join(body)
    return int(statuses[0].split()[0])


def _unquoted(path):
    from urllib.parse import unquote_to_bytes

    return unquote_to_bytes(path).decode("latin-1")


@pytest.mark.parametrize("path", ODD_PATHS)
def test_odd_static_and_media_paths_never_answer_500_under_make_run(dev_server_handler, path):
    assert status_of(dev_server_handler, path) in (200, 301, 302, 400, 404)


def test_static_files_are_still_served_under_make_run(dev_server_handler):
    assert status_of(dev_server_handler, "/static/css/site.css") == 200
    assert status_of(dev_server_handler, "/static/js/quick-exit.js") == 200


@pytest.mark.parametrize("path", ODD_PATHS)
def test_odd_static_and_media_paths_never_answer_500_in_production_settings(client, path):
    assert client.get(path).status_code != 500
