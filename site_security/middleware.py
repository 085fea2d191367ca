"""Response headers that protect readers."""

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
