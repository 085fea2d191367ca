"""The site's own page for a refused CSRF token."""

from django.shortcuts import render


def csrf_failure(request, reason=""):
    """An expired or missing CSRF token gets the site's own, translated 403 page, not Django's."""
    return render(request, "403.html", status=403)
