"""What the browser tests share: where Chromium and axe-core are, the viewports, a recording tab."""

import os
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE = Path(os.environ.get("AXE_CORE_PATH", Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


class Visit:
    """A browser tab on the live site that records the host of every request it makes."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.requested_hosts = set()
        page.on("request", lambda request: self.requested_hosts.add(urlsplit(request.url).netloc))

    def go(self, path):
        return self.page.goto(self.base_url + path)

    def foreign_hosts(self):
        return self.requested_hosts - {urlsplit(self.base_url).netloc}
