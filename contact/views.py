"""The contact form's request handling: rate limit, validation, save, then e-mail, then redirect."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect
from django.utils import translation

from .forms import ContactForm
from .notifications import send_notification

RATE_WINDOW_SECONDS = 60 * 60


def client_key(request):
    """A salted hash of the client's address: the address itself is never stored."""
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"contact-form-posts:{digest}"


def over_rate_limit(request):
    key = client_key(request)
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        posts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW_SECONDS)
        posts = 1
    return posts > settings.CONTACT_RATE_LIMIT


def contact_form(page, request):
    """CSRF is checked by the middleware; only this page renders a token, so only it sets the cookie."""
    if request.method == "POST":
        if over_rate_limit(request):
            response = page.render(request, context_overrides={"form": None, "rate_limited": True})
            response.status_code = 429
            return response
        form = ContactForm(request.POST)
        if form.is_valid():
            message = form.save(language=translation.get_language())
            send_notification(message)
            return redirect(page.get_url(request) + page.reverse_subpage("thank_you"))
        form.fresh_token()
    else:
        form = ContactForm()
    return page.render(request, context_overrides={"form": form})
