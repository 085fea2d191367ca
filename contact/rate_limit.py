"""How many contact messages one client may post per hour (CONTACT_RATE_LIMIT)."""

import hashlib

from django.conf import settings
from django.core.cache import cache

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
