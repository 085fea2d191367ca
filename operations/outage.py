"""The branded 503 page while the database is away, from the middleware and from Django's handler500."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render
from django.utils import translation
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)
DATABASE_ERRORS = (OperationalError, InterfaceError)


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


class DatabaseOutageMiddleware:
    """While the database cannot be reached, readers get the site's 503 page with Retry-After
    instead of a 500, at every address, visited before or not. It sits before every middleware that
    reads the database (the page cache reads the content version first of all) and wraps the whole
    request: a database error raised anywhere inside it, in a view or in a middleware, becomes the
    503 page (Django's handler500, operations.outage.server_error, does the same for errors Django
    has already turned into a response). Nothing here touches the database, so the next request
    after the database returns is served normally: Django opens a fresh connection for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_ERRORS:
            return service_unavailable(request, retry_after=settings.OUTAGE_RETRY_AFTER)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return service_unavailable(request, retry_after=settings.OUTAGE_RETRY_AFTER)
        return None
