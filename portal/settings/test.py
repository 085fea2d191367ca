"""Test settings: fast hashing, in-memory mail, media in a temporary folder."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-key")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Tests roll their changes back, which the page cache cannot see: it is on only in tests that say so.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# Quiet: pytest's caplog still sees every record, through the root logger.
LOGGING["handlers"]["stderr"] = {"class": "logging.NullHandler"}  # noqa: F405
