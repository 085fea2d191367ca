"""Error pages that must work when the rest of the site cannot: a CSRF failure and a database outage."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render
from django.utils import translation
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)
DATABASE_ERRORS = (OperationalError, InterfaceError)


def csrf_failure(request, reason=""):
    """An expired or missing CSRF token gets the site's own, translated 403 page, not Django's."""
    return render(request, "403.html", status=403)


def service_unavailable(request, retry_after):
    """The branded 503 page, in the language of the address (the error may come before Django's
    LocaleMiddleware has chosen it). Its template reads nothing from the database, which is away."""
    logger.warning("Database unavailable; answered %s with 503", request.path)
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    """Django's 500 handler, except that a database error raised outside a view (in a middleware)
    still becomes the 503 page readers get during an outage."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return service_unavailable(request, retry_after=settings.OUTAGE_RETRY_AFTER)
    return django_server_error(request, template_name)
