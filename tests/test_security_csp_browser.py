"""Chromium applies the public Content-Security-Policy: JSON-LD data blocks raise no violation, an
inline script is blocked. Skipped when Chromium or Playwright is not installed."""

import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from site_security.middleware import PUBLIC_POLICY

CHROMIUM = shutil.which("chromium")
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}</script>
</head><body><p id="flag">untouched</p>
<script>document.getElementById("flag").textContent = "inline ran";</script></body></html>"""


class PolicyPage(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Security-Policy", PUBLIC_POLICY)
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture
def page_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PolicyPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_chromium_reports_the_inline_script_but_not_the_json_ld_block(page_url):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        page = browser.new_page()
        page.add_init_script(
            "window.violations = [];"
            "document.addEventListener('securitypolicyviolation',"
            " e => window.violations.push(e.sample || e.blockedURI));"
        )
        page.goto(page_url)
        # Violations are reported asynchronously: wait for the first (a busy machine may take a while),
        # then long enough for a second one to show if the JSON-LD block raised one too.
        page.wait_for_function("window.violations.length >= 1", timeout=10_000)
        page.wait_for_timeout(300)
        violations = page.evaluate("window.violations")
        flag = page.text_content("#flag")
        browser.close()

    assert flag == "untouched"
    assert len(violations) == 1
    assert "NewsArticle" not in " ".join(violations)
