"""Long addresses through `make serve`'s nginx (deploy/nginx-serve.conf.template, rendered as
deploy/serve.sh does): the reader gets the site's own 404, never the proxy's 502."""

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from django.test.testcases import LiveServerThread, _StaticFilesHandler

pytestmark = pytest.mark.django_db

TEMPLATE = Path(settings.BASE_DIR) / "deploy" / "nginx-serve.conf.template"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def app_port(db):
    """Django on a loopback port, in a thread reading the test database (gunicorn's place)."""
    connection = connections["default"]
    overrides = {}
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        overrides["default"] = connection
        connection.inc_thread_sharing()
    server = LiveServerThread("127.0.0.1", _StaticFilesHandler, connections_override=overrides, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield server.port
    server.terminate()
    if overrides:
        connection.dec_thread_sharing()


@pytest.fixture
def nginx_port(app_port, tmp_path):
    if not os.path.exists(NGINX):
        pytest.skip("nginx is not installed (apt-get install -y nginx)")
    port = free_port()
    for folder in ("tmp", "cache", "static"):
        (tmp_path / folder).mkdir()
    config = (
        TEMPLATE.read_text()
        .replace("@RUN_DIR@", str(tmp_path))
        .replace("@PORT@", str(port))
        .replace("@APP_PORT@", str(app_port))
        .replace("@USER_LINE@", "user root;" if os.geteuid() == 0 else "")
    )
    (tmp_path / "nginx.conf").write_text(config)
    process = subprocess.Popen(
        [
            NGINX,
            "-p",
            str(tmp_path),
            "-c",
            str(tmp_path / "nginx.conf"),
            "-e",
            str(tmp_path / "error.log"),
            "-g",
            "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _attempt in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


# Paths from short to the longest request line nginx accepts (8k): the old 4k proxy buffer answered
# 502 for some of them (the cache key and Django's headers did not fit together).
PATH_LENGTHS = [1000, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 6000, 7000, 8000]


def test_long_paths_get_the_sites_404_through_nginx(nginx_port):
    answers = {}
    for length in PATH_LENGTHS:
        status, body = fetch(nginx_port, "/en/" + "a" * (length - 5) + "/")
        answers[length] = (status, 'class="site-header"' in body)

    assert answers == {length: (404, True) for length in PATH_LENGTHS}


def test_a_long_serbian_path_gets_the_serbian_404_through_nginx(nginx_port):
    status, body = fetch(nginx_port, "/sr-latn/" + "dugo-" * 1200)

    assert status == 404
    assert 'lang="sr-Latn"' in body


def test_pages_still_pass_through_nginx(nginx_port):
    status, body = fetch(nginx_port, "/en/")

    assert status == 200
    assert 'class="site-header"' in body
