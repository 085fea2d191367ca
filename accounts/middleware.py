"""Two-factor sign-in for staff who set it up (accounts.two_factor)."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

ADMIN_PREFIX = "/admin/"


class TwoFactorMiddleware:
    """Staff who have set up a TOTP device must enter a code before using the admin. Staff without
    one sign in with their password alone (two-factor sign-in is optional, per person)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.needs_code(request):
            verify_url = reverse("two_factor_verify")
            return redirect(f"{verify_url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def needs_code(request):
        if not request.path.startswith(ADMIN_PREFIX) or request.path in exempt_paths():
            return False
        user = request.user
        return user.is_authenticated and not user.is_verified() and user_has_device(user, confirmed=True)


def exempt_paths():
    return {reverse("two_factor_verify"), reverse("wagtailadmin_logout")}
