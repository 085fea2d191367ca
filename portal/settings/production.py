"""Production: every secret comes from the environment; a missing one stops the start-up."""

from .base import *  # noqa: F403

STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
