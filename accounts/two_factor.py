"""Optional two-factor sign-in for staff: a TOTP app (any authenticator) gives a 6-digit code."""

import base64

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def safe_next(request):
    target = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "wagtailadmin_home"


def verify(request):
    """Asks a signed-in staff member with a device for the current code."""
    form = CodeForm(request.POST or None)
    if form.is_valid():
        for device in TOTPDevice.objects.devices_for_user(request.user, confirmed=True):
            if device.verify_token(form.cleaned_data["code"]):
                otp_login(request, device)
                return redirect(safe_next(request))
        form.add_error("code", _("That code is not valid. Check your device's clock and try again."))
    return render(request, "accounts/two_factor_verify.html", {"form": form})


def setup(request):
    """Shows a new secret to add to an authenticator app; the device counts once a code confirms it."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, name=DEVICE_NAME, defaults={"confirmed": False}
    )
    form = CodeForm(request.POST or None)
    if device.confirmed:
        return render(request, "accounts/two_factor_setup.html", {"device": device})
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-factor sign-in is on. You will be asked for a code when you sign in."))
            return redirect("wagtailadmin_home")
        form.add_error("code", _("That code is not valid. Check your device's clock and try again."))
    context = {"form": form, "secret": base64.b32encode(device.bin_key).decode(), "config_url": device.config_url}
    return render(request, "accounts/two_factor_setup.html", context)
