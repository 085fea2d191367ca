#!/usr/bin/env python
"""Soak test: holds a production-settings gunicorn on a loopback port under concurrent load and
reports errors, latency and the memory (RSS) of the server's process tree.

Only ever talks to 127.0.0.1, with bounded duration and concurrency. Exits non-zero on any error
(5xx, an unexpected status, a refused connection) or when memory grows more than --max-growth-mb
between the end of the warm-up and the end of the run.

    python scripts/soak.py --duration 60 --concurrency 16
"""

import argparse
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# (path, expected status): pages of every kind and language, a feed, and a missing page.
TARGETS = [
    ("/en/", 200),
    ("/sr-latn/", 200),
    ("/sr/", 200),
    ("/en/news/", 200),
    ("/sr-latn/vesti/", 200),
    ("/en/news/?page=2&topic=x", 200),
    ("/en/news/feed/rss/", 200),
    ("/en/contact/", 200),
    ("/sr/kontakt/", 200),
    ("/en/no-such-page/", 404),
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment():
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback; a proxy terminates TLS in production
    }


def collect_static(environment):
    """The production storage serves hashed file names from a manifest that collectstatic writes."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=PROJECT, env=environment, check=True
    )


def start_server(port, workers, log, environment):
    command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers)]
    return subprocess.Popen(command, cwd=PROJECT, env=environment, stdout=log, stderr=log)


def process_tree(root):
    """The root process and all its descendants, from /proc."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(children.get(pid, []))
    return tree


def rss_kib(root):
    total = 0
    for pid in process_tree(root):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def fetch(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return type(error).__name__


def wait_until_up(base, server, log, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise SystemExit(f"gunicorn exited: {log.read().decode(errors='replace')[-2000:]}")
        if isinstance(fetch(base, "/en/"), int):
            return
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer in time")


class Load:
    def __init__(self, base):
        self.base = base
        self.statuses = Counter()
        self.unexpected = Counter()
        self.latencies = []
        self.lock = threading.Lock()

    def worker(self, offset, stop_at):
        index = offset
        while time.monotonic() < stop_at:
            path, expected = TARGETS[index % len(TARGETS)]
            index += 1
            started = time.perf_counter()
            status = fetch(self.base, path)
            elapsed = time.perf_counter() - started
            with self.lock:
                self.statuses[status] += 1
                self.latencies.append(elapsed)
                if status != expected:
                    self.unexpected[f"{path} -> {status}"] += 1

    def run(self, concurrency, seconds):
        stop_at = time.monotonic() + seconds
        threads = [threading.Thread(target=self.worker, args=(n, stop_at)) for n in range(concurrency)]
        for thread in threads:
            thread.start()
        return threads


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (at most 600)")
    parser.add_argument("--concurrency", type=int, default=16, help="parallel clients (at most 64)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--warmup", type=int, default=10, help="seconds of load before the first memory sample")
    parser.add_argument("--max-growth-mb", type=float, default=32.0)
    options = parser.parse_args()
    duration = max(1, min(options.duration, 600))
    concurrency = max(1, min(options.concurrency, 64))

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environment = production_environment()
    collect_static(environment)
    log = tempfile.TemporaryFile()
    server = start_server(port, options.workers, log, environment)
    try:
        wait_until_up(base, server, log)
        for path, _expected in TARGETS:
            fetch(base, path)
        load = Load(base)
        threads = load.run(concurrency, options.warmup + duration)
        time.sleep(options.warmup)
        samples = [rss_kib(server.pid)]
        started = time.monotonic()
        while any(thread.is_alive() for thread in threads):
            time.sleep(5)
            samples.append(rss_kib(server.pid))
        elapsed = time.monotonic() - started + options.warmup
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    requests = sum(load.statuses.values())
    errors = sum(load.unexpected.values())
    latencies = sorted(load.latencies)
    growth_mb = (samples[-1] - samples[0]) / 1024
    print(f"requests: {requests} in {elapsed:.0f} s ({requests / elapsed:.0f}/s), concurrency {concurrency}")
    print(f"statuses: {dict(load.statuses)}")
    print(f"unexpected: {dict(load.unexpected) or 0}")
    print(
        f"latency: median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
    )
    print(
        f"server RSS (all processes): {samples[0] / 1024:.1f} MB after warm-up, peak {max(samples) / 1024:.1f} MB, "
        f"{samples[-1] / 1024:.1f} MB at the end ({growth_mb:+.1f} MB)"
    )
    if errors or growth_mb > options.max_growth_mb:
        raise SystemExit("soak test FAILED")
    print("soak test passed")


if __name__ == "__main__":
    main()
