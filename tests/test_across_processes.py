"""A change made by another OS process (cron's ``publish_scheduled``, ``manage.py shell``, a second
app server) is seen by the running site on the very next request, page cache on: with the embedded
default (a SQLite file, no Redis, two gunicorn workers each with its own memory) and with PostgreSQL
and Redis. The servers are real gunicorn processes on a copy of the seeded database."""

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from test_outage_postgres import fetch, free_port

# The suite's test database must be set up: the servers work on a copy of it.
pytestmark = pytest.mark.django_db

RELEASE = "/en/news/first-reintegration-centre-for-trafficking-victims-opens/"
ABOUT = "/en/who-we-are/about/"
IOM_GLOBAL = "/en/who-we-are/iom-global/"
DATA_AND_RESOURCES = "/en/our-work/data-and-resources/"
PASSWORD = "a-long-test-password-for-two-servers"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/5"
FIND_PAGE = "from wagtail.models import Page\npage = next(p for p in Page.objects.specific() if p.url == {url!r})\n"


def manage(environment, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )


def shell(environment, code):
    """Runs Python in ``manage.py shell -c``: a separate OS process, as an operator's would be."""
    return manage(environment, "shell", "-c", code)


class Server:
    """gunicorn serving the site from the given environment on a free port."""

    def __init__(self, environment, workers=2):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "portal.wsgi", "-b", f"127.0.0.1:{self.port}", "-w", str(workers)],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch(self.base + "/en/")
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)

    def get(self, path):
        """(status, page cache status, body) of a GET, redirects not followed."""
        opener = urllib.request.build_opener(NoRedirects)
        try:
            with opener.open(self.base + path, timeout=30) as response:
                return response.status, response.headers.get("X-Page-Cache"), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("X-Page-Cache"), error.read().decode()

    def warm(self, path):
        """Visits until the page comes from the page cache (of each worker), so a stale copy could be served."""
        answers = [self.get(path) for _ in range(6)]
        assert answers[-1][0] == 200 and answers[-1][1] == "hit", answers[-1][:2]
        return answers[-1]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def environment_for(database_url, redis_url=""):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PAGE_CACHE_SECONDS": "600",
    }


def postgres_reachable():
    try:
        subprocess.run(["psql", f"{POSTGRES}/postgres", "-qAtc", "SELECT 1"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def seeded_copy_on_sqlite(folder, django_db_blocker):
    """A SQLite file holding the seeded database: the suite's own, copied (SQLite's backup API),
    or, when the suite runs on PostgreSQL, migrated and seeded afresh."""
    path = folder / "site.sqlite3"
    environment = environment_for(f"sqlite:///{path}")
    if connection.vendor == "sqlite":
        with django_db_blocker.unblock():
            connection.ensure_connection()
            with sqlite3.connect(path) as copy:
                connection.connection.backup(copy)
    else:
        manage(environment, "migrate", "--noinput", "-v0")
        manage(environment, "load_initial_content")
    return environment


def seeded_copy_on_postgres(name, django_db_blocker):
    """A PostgreSQL database holding the seeded database: a copy of the suite's (CREATE DATABASE …
    TEMPLATE) when the suite runs on PostgreSQL, else migrated and seeded afresh."""
    environment = environment_for(f"{POSTGRES}/{name}", REDIS)
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock():
            template = connection.settings_dict["NAME"]
            connection.close()
            subprocess.run(
                ["psql", f"{POSTGRES}/postgres", "-qc", f'CREATE DATABASE "{name}" TEMPLATE "{template}"'], check=True
            )
    else:
        subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", f'CREATE DATABASE "{name}"'], check=True)
        manage(environment, "migrate", "--noinput", "-v0")
        manage(environment, "load_initial_content")
    return environment


def clear_redis_database():
    """Empties this test's own Redis database (never FLUSHALL: Redis is shared)."""
    import redis

    redis.Redis.from_url(REDIS).flushdb()


@pytest.fixture(scope="module", params=["sqlite", "postgresql+redis"])
def site(request, django_db_setup, django_db_blocker):
    """(environment, server): the seeded site served by gunicorn, and the environment that reaches
    its database (for other processes)."""
    folder = Path(tempfile.mkdtemp(prefix="portal-processes-"))
    database = f"portal_processes_{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        environment = seeded_copy_on_sqlite(folder, django_db_blocker)
    else:
        if not postgres_reachable():
            pytest.skip(f"PostgreSQL is not reachable at {POSTGRES}")
        clear_redis_database()
        environment = seeded_copy_on_postgres(database, django_db_blocker)
    server = Server(environment)
    try:
        yield environment, server
    finally:
        server.stop()
        if request.param != "sqlite":
            clear_redis_database()
            subprocess.run(
                ["psql", f"{POSTGRES}/postgres", "-qc", f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)']
            )


def test_publish_scheduled_run_by_cron_shows_on_the_next_request(site):
    environment, server = site
    server.warm(RELEASE)
    shell(
        environment,
        FIND_PAGE.format(url=RELEASE)
        + "from django.utils import timezone\nimport datetime\n"
        + "page.title = 'Corrected by the scheduled publish'\n"
        + "page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(seconds=1))\n",
    )
    assert "Corrected by the scheduled publish" not in server.get(RELEASE)[2]  # a draft: not live yet

    manage(environment, "publish_scheduled")

    status, _cache, body = server.get(RELEASE)
    assert status == 200
    assert "Corrected by the scheduled publish" in body
    assert all("Corrected by the scheduled publish" in server.get(RELEASE)[2] for _ in range(4))  # every worker


def test_a_page_unpublished_in_the_shell_is_gone_on_the_next_request(site):
    environment, server = site
    server.warm(ABOUT)

    shell(environment, FIND_PAGE.format(url=ABOUT) + "page.unpublish()\n")

    assert [server.get(ABOUT)[0] for _ in range(4)] == [404] * 4


def test_a_page_made_private_by_a_script_asks_for_a_login_on_the_next_request(site):
    environment, server = site
    server.warm(IOM_GLOBAL)

    shell(
        environment,
        FIND_PAGE.format(url=IOM_GLOBAL)
        + "from wagtail.models import PageViewRestriction\n"
        + "PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)\n",
    )

    answers = [server.get(IOM_GLOBAL) for _ in range(4)]
    assert [status for status, _cache, _body in answers] == [302] * 4
    assert not any("IOM" in body and "<h1" in body for _status, _cache, body in answers)


def test_a_page_unpublished_in_the_admin_of_one_app_server_is_gone_from_the_other(site):
    """Two app servers on one database (and, with PostgreSQL, one Redis): an editor unpublishes a page
    through one; readers of the other get the change on their next request."""
    environment, first = site
    second = Server(environment, workers=1)
    try:
        page_id = shell(
            environment,
            FIND_PAGE.format(url=DATA_AND_RESOURCES)
            + "from django.contrib.auth import get_user_model\n"
            + f"get_user_model().objects.create_superuser('two-servers', 'editor@example.org', {PASSWORD!r})\n"
            + "print(page.pk)\n",
        ).stdout.split()[-1]
        second.warm(DATA_AND_RESOURCES)
        editor = Editor(first)

        editor.post(f"/admin/pages/{page_id}/unpublish/", {})

        assert first.get(DATA_AND_RESOURCES)[0] == 404
        assert [second.get(DATA_AND_RESOURCES)[0] for _ in range(3)] == [404] * 3
    finally:
        second.stop()


class Editor:
    """A signed-in editor's browser, as far as forms go: cookies and the CSRF token."""

    def __init__(self, server):
        self.server = server
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.post("/admin/login/", {"username": "two-servers", "password": PASSWORD})

    def post(self, path, data):
        self.opener.open(self.server.base + path, timeout=30).read()  # the form, and its CSRF cookie
        token = next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(self.server.base + path, body, headers={"Referer": self.server.base + path})
        with self.opener.open(request, timeout=30) as response:
            assert response.status == 200, response.status
            return response.read().decode()
