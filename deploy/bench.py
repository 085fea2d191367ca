"""`make bench`: how fast the serve stack answers with a 10,000-release archive in both languages.

Builds the archive once into its own database (PostgreSQL, the production database, when a server
answers on 127.0.0.1:5432; SQLite otherwise; BENCH_DATABASE_URL chooses), starts deploy/serve.sh,
and measures with wrk (10 s per URL, 64 connections, 127.0.0.1 only): through nginx's cache (warm), straight to gunicorn
with Django's page cache, and gunicorn rendering every request (a cookie makes the cache step aside).
Then a release is published and the proxy polled until it shows the new title.
The same release saved as a file and served by nginx is the machine's physical limit; every figure
is also given as a share of it. Results go to bench-results/<time>.json and a table on stdout.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("BENCH_DIR", "/tmp/portal-bench"))
PORT = int(os.environ.get("BENCH_PORT", "8870"))
APP_PORT = PORT + 1
RELEASES = int(os.environ.get("BENCH_RELEASES", "10000"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "64")
PYTHON = os.environ.get("PYTHON", sys.executable)
# Any cookie the page cache does not know makes Django render the page afresh.
UNCACHED_HEADER = "Cookie: bench=uncached"


def database_url():
    """BENCH_DATABASE_URL, else a database of its own on the local PostgreSQL server (created once),
    else SQLite in the bench folder."""
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    if shutil.which("pg_isready") and subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode == 0:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", "portal_bench"], capture_output=True)
        return "postgres://postgres@127.0.0.1:5432/portal_bench"
    return f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"


DATABASE_URL = database_url()


def environment():
    env = dict(os.environ)
    env.setdefault("SECRET_KEY", "benchmark-only-throwaway-key-" + os.urandom(8).hex())
    env["DATABASE_URL"] = DATABASE_URL
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/8")
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    env.update(PORT=str(PORT), APP_PORT=str(APP_PORT), RUN_DIR=str(BENCH_DIR / "run"), PYTHON=PYTHON)
    return env


def manage(*arguments, check=True):
    return subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=environment(), check=check)


def build_archive():
    """The archive, searchable, once per database (it is there when the releases are)."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    manage("migrate", "--noinput", "-v0")
    code = (
        "from news.models import PressReleasePage; "
        f"raise SystemExit(0 if PressReleasePage.objects.count() >= {RELEASES} else 1)"
    )
    if manage("shell", "-c", code, check=False).returncode == 0:
        return
    print(f"Building the archive: {RELEASES} releases in each language (once)…", flush=True)
    manage("load_initial_content")
    manage("generate_fictitious_archive", "--count", str(RELEASES))
    manage("update_index")


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read().decode()


def wait_until_up(url, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            get(url)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"The serve stack did not answer at {url}")


def pages(base):
    """The URLs measured: home, news index, a release (the newest), the feed and search."""
    _, index = get(f"{base}/en/news/")
    release = re.search(r'class="card__title"><a href="(/en/news/[^"]+/)"', index).group(1)
    return {
        "home": "/en/",
        "news index": "/en/news/",
        "release": release,
        "feed": "/en/news/feed/rss/",
        "search": "/en/search/?q=trafficking",
    }


def wrk(url, header=None):
    """wrk's figures, and the CPU time gunicorn's workers spent per request: it depends less than
    req/s on what else the machine is doing (though it still varies between runs here, 13–20 ms)."""
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url]
    if header:
        command[1:1] = ["-H", header]
    cpu_before = app_cpu_seconds()
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu = app_cpu_seconds() - cpu_before
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency(output, "50%"),
        "p99_ms": latency(output, "99%"),
        "app_cpu_ms_per_request": round(cpu * 1000 / requests, 2) if requests else None,
        "errors": "Non-2xx" in output or "Socket errors" in output,
    }


def app_cpu_seconds():
    """User and system CPU time of gunicorn's workers so far (from /proc; 0 where there is none)."""
    pid_file = BENCH_DIR / "run" / "gunicorn.pid"
    if not pid_file.exists() or not Path("/proc").is_dir():
        return 0.0
    master = pid_file.read_text().strip()
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        if fields[1] == master:  # fields after the name: state, ppid, …, utime (12th), stime (13th)
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def latency(output, percentile):
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)\b", output).groups()
    return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


def measure(urls):
    proxy, app = f"http://127.0.0.1:{PORT}", f"http://127.0.0.1:{APP_PORT}"
    static_dir = BENCH_DIR / "run" / "static"
    static_dir.mkdir(parents=True, exist_ok=True)
    (static_dir / "release.html").write_text(get(proxy + urls["release"])[1])
    results = {"nginx static file": {"release": wrk(f"{proxy}/__static__/release.html")}}
    for path in urls.values():  # warm both caches
        get(proxy + path)
        get(proxy + path)
    results["nginx cache"] = {name: wrk(proxy + path) for name, path in urls.items()}
    results["gunicorn + Django cache"] = {name: wrk(app + path) for name, path in urls.items()}
    results["gunicorn rendering"] = {name: wrk(app + path, UNCACHED_HEADER) for name, path in urls.items()}
    return results


def seconds_until_fresh(release_path):
    """Publishes a new title for the release (as the admin would) and polls the proxy until it shows."""
    slug = release_path.rstrip("/").rsplit("/", 1)[-1]
    title = f"[Fictitious] Republished {int(time.time())}"
    code = (
        "from wagtail.models import Page; "
        f"page = Page.objects.get(slug={slug!r}, locale__language_code='en').specific; "
        f"page.title = {title!r}; page.save_revision().publish()"
    )
    manage("shell", "-c", code)
    published = time.monotonic()
    while time.monotonic() - published < 10:
        if title in get(f"http://127.0.0.1:{PORT}{release_path}")[1]:
            return round(time.monotonic() - published, 3)
        time.sleep(0.05)
    return None


def print_table(results):
    limit = results["nginx static file"]["release"]["requests_per_second"]
    print(
        f"\n{'layer':24} {'page':12} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of static':>9} {'app CPU ms/req':>15}"
    )
    for layer, figures in results.items():
        for page, figure in figures.items():
            share = figure["requests_per_second"] / limit
            cpu = figure["app_cpu_ms_per_request"]
            print(
                f"{layer:24} {page:12} {figure['requests_per_second']:9.0f} {figure['p50_ms']:8.2f}"
                f" {figure['p99_ms']:8.2f} {share:9.2f} {cpu if cpu is not None else '-':>15}"
                + ("  (errors)" if figure["errors"] else "")
            )


def main():
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)
    build_archive()
    env = environment() | {"LOAD_INITIAL_CONTENT": "0"}
    serve = subprocess.Popen(["deploy/serve.sh"], cwd=ROOT, env=env, start_new_session=True)
    try:
        wait_until_up(f"http://127.0.0.1:{APP_PORT}/en/")  # gunicorn itself: nginx may hold old copies
        urls = pages(f"http://127.0.0.1:{PORT}")
        results = measure(urls)
        fresh_after = seconds_until_fresh(urls["release"])
    finally:
        os.killpg(serve.pid, signal.SIGINT)
        serve.wait(timeout=30)
    out = ROOT / "bench-results" / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "releases_per_language": RELEASES,
                "database": DATABASE_URL.split(":", 1)[0],
                "urls": urls,
                "results": results,
                "fresh_after_s": fresh_after,
            },
            indent=2,
        )
    )
    print(f"\n{RELEASES} releases per language, database: {DATABASE_URL}")
    print_table(results)
    print(f"\nA release published while serving was fresh through the proxy after {fresh_after} s.")
    print(f"Saved to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
