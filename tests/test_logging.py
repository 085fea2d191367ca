"""Operators read warnings and errors on stderr, one line per record; the test run stays quiet."""

import logging
import os
import re
import secrets
import subprocess
import sys

from django.conf import settings

LOG_SOME_RECORDS = """
import logging, django
django.setup()
logging.getLogger("django.request").warning("Not Found: /en/nothing/")
logging.getLogger("contact.notifications").info("sent")
logging.getLogger("contact.notifications").warning("mail server refused")
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("django.request").error("Internal Server Error: /en/", exc_info=True)
"""
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} (WARNING|ERROR) [\w.]+ .+$")


def production_stderr():
    environment = {key: value for key, value in os.environ.items() if key not in ("DEBUG",)}
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="x.org"
    )
    result = subprocess.run(
        [sys.executable, "-c", LOG_SOME_RECORDS], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stderr.splitlines()


def test_warnings_and_request_errors_reach_stderr_one_line_each():
    lines = production_stderr()

    assert len(lines) == 2, lines
    assert all(LINE.match(line) for line in lines), lines
    assert " WARNING contact.notifications mail server refused" in lines[0]
    assert " ERROR django.request Internal Server Error: /en/\\nTraceback" in lines[1]
    assert lines[1].endswith("ZeroDivisionError: division by zero")


def test_the_test_run_prints_no_log_records():
    """pytest's own handlers still collect every record (caplog), and show them when a test fails."""
    ours = [handler for handler in logging.getLogger().handlers if not type(handler).__module__.startswith("_pytest")]

    assert ours and all(isinstance(handler, logging.NullHandler) for handler in ours)
