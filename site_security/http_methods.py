"""Which HTTP methods the site answers.

Readers' pages are read with GET and HEAD; only forms (the contact form, the password and sign-in
screens of private pages) take POST. Everything else is refused with 405 and an empty body, TRACE
(which would echo the request, cookies included) everywhere, the admin too. OPTIONS is answered with
an empty 200 whose ``Allow`` names what the address really accepts. Wagtail's pages say it through
``BasePage.allowed_http_methods``; the other public views through ``FORM_VIEWS`` below.
"""

from django.http import HttpResponse, HttpResponseNotAllowed

READ = ("GET", "HEAD")
READ_AND_POST = READ + ("POST",)
# Never answered, not even in the admin: TRACE and TRACK echo the request; CONNECT opens a tunnel.
NEVER = {"TRACE", "TRACK", "CONNECT"}
# The admin's own JavaScript uses PATCH and DELETE; it keeps every method but those above.
ADMIN_PREFIX = "/admin/"
# Public views (by view name, with its namespace) that take a form's POST. Wagtail's pages answer
# for themselves.
FORM_VIEWS = {
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
    "wagtaildocs_authenticate_with_password",
    "press_alerts:subscribe",
    "press_alerts:confirm",
    "press_alerts:unsubscribe",  # RFC 8058's one-click POST
}
PAGE_VIEW = "wagtail_serve"


def allow_header(methods):
    return ", ".join(methods)


def not_allowed(methods):
    """405 with the methods the address accepts and no body (nothing of the request is echoed)."""
    response = HttpResponseNotAllowed(methods)
    response["Allow"] = allow_header(methods)
    response["Cache-Control"] = "no-store"
    return response


def options_response(methods):
    response = HttpResponse(status=200)
    response["Allow"] = allow_header(methods)
    response["Content-Length"] = "0"
    return response


class HttpMethodsMiddleware:
    """Refuses methods the site never answers before anything else runs, and answers OPTIONS and
    refuses POST for public views that have no form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        method = request.method
        if method in READ:
            return self.get_response(request)
        if method in NEVER:
            return not_allowed(READ_AND_POST if is_admin(request.path) else READ)
        if method not in ("POST", "OPTIONS") and not is_admin(request.path):
            return not_allowed(READ)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("POST", "OPTIONS") or is_admin(request.path):
            return None
        match = request.resolver_match
        name = match.view_name if match else None
        if name == PAGE_VIEW:
            return None  # the page's allowed_http_methods decide
        methods = READ_AND_POST if name in FORM_VIEWS else READ
        if request.method == "OPTIONS":
            return options_response(methods)
        if "POST" not in methods:
            return not_allowed(methods)
        return None


def is_admin(path):
    return path.startswith(ADMIN_PREFIX)
