"""Keeping bots out of the public forms without a third party: a hidden honeypot field, and a signed
time token that refuses a form sent too fast, forged or left open too long."""

import time

from django import forms
from django.core import signing

# The salt keeps its first name so that forms open in readers' browsers stay valid across upgrades.
TOKEN_SALT = "contact.form.time-token"
MINIMUM_SECONDS = 3
TOKEN_MAX_AGE = 2 * 60 * 60  # a form left open for two hours is sent again from a fresh page
REFUSALS = ("honeypot", "forged", "expired", "too_fast")


def new_time_token():
    return signing.dumps(time.time(), salt=TOKEN_SALT)


def refuse_bots(cleaned_data, messages):
    """Raise a ValidationError, with the form's own wording from `messages` (one per code in
    REFUSALS), when the honeypot `website` is filled in or the `token` is forged, expired or too new."""
    if cleaned_data.get("website"):
        raise forms.ValidationError(messages["honeypot"], code="honeypot")
    try:
        started = float(signing.loads(cleaned_data.get("token") or "", salt=TOKEN_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        raise forms.ValidationError(messages["forged"], code="forged") from None
    age = time.time() - started
    if age > TOKEN_MAX_AGE:
        raise forms.ValidationError(messages["expired"], code="expired")
    if age < MINIMUM_SECONDS:
        raise forms.ValidationError(messages["too_fast"], code="too_fast")
