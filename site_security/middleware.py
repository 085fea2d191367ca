"""Response headers that protect readers, and a branded 503 while the database is away."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from .views import DATABASE_ERRORS, service_unavailable

ADMIN_PREFIX = "/admin/"


def header_value(directives):
    return "; ".join(f"{name} {value}".strip() for name, value in directives.items())


# Public pages load only the site's own files: no inline scripts or styles, no third parties.
# JSON-LD blocks (<script type="application/ld+json">) are data, never executed, so CSP ignores them.
PUBLIC_POLICY = header_value(
    {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
)
# Wagtail's admin needs inline styles and some inline scripts, and shows previews in a same-origin
# iframe; it still loads nothing from other hosts.
ADMIN_POLICY = header_value(
    {
        "default-src": "'self'",
        "script-src": "'self' 'unsafe-inline'",
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data: blob:",
        "font-src": "'self' data:",
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'self'",
    }
)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


class SecurityHeadersMiddleware:
    """Content-Security-Policy, Permissions-Policy and framing rules: strict for the public site, a
    looser policy for the admin. Listed before XFrameOptionsMiddleware so it has the last word."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            response["Content-Security-Policy"] = ADMIN_POLICY
            response["X-Frame-Options"] = "SAMEORIGIN"
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_POLICY)
            response["X-Frame-Options"] = "DENY"
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class DatabaseOutageMiddleware:
    """While the database cannot be reached, readers get the site's 503 page with Retry-After
    instead of a 500, at every address, visited before or not. It sits before every middleware that
    reads the database (the page cache reads the content version first of all) and wraps the whole
    request: a database error raised anywhere inside it, in a view or in a middleware, becomes the
    503 page (Django's handler500, site_security.views.server_error, does the same for errors Django
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


class TwoFactorMiddleware:
    """Staff who have set up a TOTP device must enter a code before using the admin. Staff without
    one sign in with their password alone (two-factor sign-in is optional, per person)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.needs_code(request):
            verify_url = reverse("site_security_verify")
            return redirect(f"{verify_url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def needs_code(request):
        if not request.path.startswith(ADMIN_PREFIX) or request.path in exempt_paths():
            return False
        user = request.user
        return user.is_authenticated and not user.is_verified() and user_has_device(user, confirmed=True)


def exempt_paths():
    return {reverse("site_security_verify"), reverse("wagtailadmin_logout")}
