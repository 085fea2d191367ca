"""The site, served by gunicorn from a private PostgreSQL cluster, answers 503 while the cluster is
stopped and recovers by itself, without a restart, when it is back. The machine's own server is
never touched: the cluster lives in a temporary folder on a free port."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")

pytestmark = pytest.mark.skipif(
    not (POSTGRES_BIN / "initdb").exists(), reason=f"PostgreSQL server binaries not found in {POSTGRES_BIN}"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_postgres(*command):
    """initdb refuses to run as root: root runs the binaries as the postgres user."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *map(str, command)], check=True, capture_output=True, timeout=120)


class PrivateCluster:
    def __init__(self, folder):
        self.data = folder / "data"
        self.port = free_port()

    def create(self):
        self.data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres")
        as_postgres(POSTGRES_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres")

    def start(self):
        options = f"-p {self.port} -k /tmp -c listen_addresses=127.0.0.1"
        as_postgres(
            POSTGRES_BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.data / "server.log", "-w", "start"
        )

    def stop(self):
        as_postgres(POSTGRES_BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"


def fetch(url):
    """(status, headers, body) of a GET, HTTP errors included."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def wait_for(url, status, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            answer = fetch(url)
            if answer[0] == status or time.monotonic() > deadline:
                return answer
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.5)


@pytest.fixture(scope="module")
def site_on_private_cluster():
    folder = Path(tempfile.mkdtemp(prefix="portal-outage-"))
    os.chmod(folder, 0o755)
    cluster = PrivateCluster(folder)
    server = None
    try:
        cluster.create()
        cluster.start()
        as_postgres(POSTGRES_BIN / "createdb", "-h", "127.0.0.1", "-p", cluster.port, "-U", "postgres", "portal")
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": cluster.url("portal"),
        }
        for command in (["migrate", "--noinput", "-v0"], ["load_initial_content"]):
            subprocess.run(
                [sys.executable, "manage.py", *command], cwd=settings.BASE_DIR, env=environment, check=True, timeout=600
            )
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "portal.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1", "--timeout", "60"],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        yield cluster, f"http://127.0.0.1:{port}"
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        if (cluster.data / "postmaster.pid").exists():
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_database_outage_gives_503_then_the_site_recovers_without_a_restart(site_on_private_cluster):
    cluster, base = site_on_private_cluster

    before = wait_for(f"{base}/en/", 200)
    cluster.stop()
    during = fetch(f"{base}/en/")
    during_serbian = fetch(f"{base}/sr-latn/")
    cluster.start()
    after = wait_for(f"{base}/en/", 200, seconds=30)

    assert before[0] == 200
    assert during[0] == 503
    assert during[1]["Retry-After"] == "120"
    assert "Temporarily unavailable" in during[2]
    assert "Traceback" not in during[2]
    assert during_serbian[0] == 503
    assert 'lang="sr-Latn"' in during_serbian[2]
    assert after[0] == 200


def test_addresses_never_visited_answer_503_in_their_language_while_the_database_is_down(site_on_private_cluster):
    """No page below was routed before: the 503 must not depend on anything the server kept."""
    cluster, base = site_on_private_cluster
    wait_for(f"{base}/en/", 200)
    cluster.stop()
    try:
        answers = {path: fetch(base + path) for path in ("/en/news/", "/sr/vesti/", "/sr-latn/programi/", "/en/x/")}
    finally:
        cluster.start()
    after = wait_for(f"{base}/en/news/", 200, seconds=30)

    assert {path: status for path, (status, _headers, _body) in answers.items()} == dict.fromkeys(answers, 503)
    assert all(headers["Retry-After"] == "120" for _status, headers, _body in answers.values())
    assert 'lang="sr-Cyrl"' in answers["/sr/vesti/"][2]
    assert "Привремено недоступно" in answers["/sr/vesti/"][2]
    assert 'lang="sr-Latn"' in answers["/sr-latn/programi/"][2]
    assert "Privremeno nedostupno" in answers["/sr-latn/programi/"][2]
    assert 'lang="en"' in answers["/en/x/"][2]
    assert after[0] == 200
