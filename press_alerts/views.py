"""Subscribing (double opt-in), confirming, unsubscribing in one click, and advance copies.

Links in e-mails carry signed tokens (subscriptions) or random ones kept hashed (advance copies), so
these pages set no cookie and ask for no CSRF token: the token in the address is the proof. Pages
reached by such a link are never cached anywhere (private, no-store).
"""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .forms import SubscribeForm
from .mail import (
    CONFIRM_SALT,
    UNSUBSCRIBE_SALT,
    embargo_label,
    page_url_in,
    scheduled_release,
    send_now,
    subscriber_key,
)
from .models import (
    AdvanceCopy,
    AdvanceCopyOpening,
    ConfirmationMail,
    MailStatus,
    Subscriber,
    SubscriberLanguage,
    hash_token,
)

RATE_WINDOW_SECONDS = 60 * 60
# A confirmation mail is sent to one address at most this often, whoever asks.
RESEND_AFTER = datetime.timedelta(minutes=10)


def over_rate_limit(request):
    """At most PRESS_ALERTS_RATE_LIMIT posts an hour per client (a salted hash of its address)."""
    address = request.META.get("REMOTE_ADDR", "")
    key = "press-alerts-posts:" + hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        posts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW_SECONDS)
        posts = 1
    return posts > settings.PRESS_ALERTS_RATE_LIMIT


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    language = translation.get_language()
    if request.method == "POST":
        if over_rate_limit(request):
            return render(request, "press_alerts/subscribe.html", {"rate_limited": True}, status=429)
        form = SubscribeForm(request.POST, language=language)
        if form.is_valid():
            mail = record_subscription(form.cleaned_data, language)
            if mail is not None:
                transaction.on_commit(lambda: send_now(ConfirmationMail, mail.pk))
            return redirect("press_alerts:check_your_email")
        form.fresh_token()
    else:
        form = SubscribeForm(language=language)
    return render(request, "press_alerts/subscribe.html", {"form": form})


@transaction.atomic
def record_subscription(data, language):
    """Saves the choices of a new or unconfirmed address and queues its confirmation mail; a confirmed
    address is told it is subscribed (and how to leave). The answer on screen is the same either way,
    so the form does not reveal who is subscribed. Returns the queued mail, or None when one was
    queued for the address a moment ago."""
    subscriber, created = Subscriber.objects.select_for_update().get_or_create(email=data["email"])
    recent = subscriber.confirmation_mails.filter(created_at__gt=timezone.now() - RESEND_AFTER)
    if not created and recent.exists():
        return None
    if subscriber.confirmed_at:
        kind = ConfirmationMail.Kind.ALREADY_SUBSCRIBED
    else:
        kind = ConfirmationMail.Kind.CONFIRM
        subscriber.created_at = timezone.now()  # kept unconfirmed for the full period from now
        subscriber.save(update_fields=["created_at"])
        subscriber.languages.all().delete()
        SubscriberLanguage.objects.bulk_create(
            SubscriberLanguage(subscriber=subscriber, language=code) for code in data["languages"]
        )
        subscriber.topics.set(data["topics"])
    return ConfirmationMail.objects.create(subscriber=subscriber, kind=kind, language=language)


def check_your_email(request):
    return render(request, "press_alerts/check_your_email.html", {"days": settings.PRESS_ALERTS_UNCONFIRMED_DAYS})


def subscriber_for(token, salt, max_age=None):
    key = subscriber_key(token, salt, max_age)
    if key is None:
        raise Http404
    return Subscriber.objects.filter(key=key).first()


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET asks (mail scanners open links), POST confirms."""
    subscriber = subscriber_for(token, CONFIRM_SALT, max_age=settings.PRESS_ALERTS_UNCONFIRMED_DAYS * 24 * 3600)
    if subscriber is None:
        raise Http404
    if request.method == "POST":
        if subscriber.confirmed_at is None:
            Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(confirmed_at=timezone.now())
        return render(request, "press_alerts/confirmed.html", {"subscriber": subscriber})
    return render(request, "press_alerts/confirm.html", {"subscriber": subscriber})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """RFC 8058: a POST unsubscribes at once (mail programs' "Unsubscribe" button); a GET shows a
    button. Unsubscribing deletes the address and everything kept about it."""
    subscriber = subscriber_for(token, UNSUBSCRIBE_SALT)
    if request.method == "POST":
        if subscriber is not None:
            subscriber.delete()
        return render(request, "press_alerts/unsubscribed.html")
    if subscriber is None:  # already gone
        return render(request, "press_alerts/unsubscribed.html")
    return render(request, "press_alerts/unsubscribe.html", {"subscriber": subscriber})


@never_cache
@require_http_methods(["GET", "HEAD"])
def advance_copy(request, token):
    """A journalist's personal link to a release under embargo: the approved, scheduled revision until
    the embargo lifts, then the public release. Nobody else's token opens it; a revoked journalist's
    does not either. Every opening is logged."""
    copy = (
        AdvanceCopy.objects.filter(token_hash=hash_token(token), status=MailStatus.SENT)
        .select_related("journalist", "release")
        .first()
    )
    if copy is None:
        raise Http404
    page = copy.release.specific
    language = copy.journalist.language
    release, until = scheduled_release(page)
    if not copy.journalist.active:
        outcome = AdvanceCopyOpening.Outcome.REFUSED
    elif release is not None and not page.live:
        outcome = AdvanceCopyOpening.Outcome.SHOWN
    elif page.live or page.scheduled_revision is not None:  # lifted (or lifting at the next minute)
        outcome = AdvanceCopyOpening.Outcome.REDIRECTED
    else:  # the embargo was withdrawn
        outcome = AdvanceCopyOpening.Outcome.REFUSED
    AdvanceCopyOpening.objects.create(copy=copy, outcome=outcome)
    if outcome == AdvanceCopyOpening.Outcome.REFUSED:
        raise Http404
    if outcome == AdvanceCopyOpening.Outcome.REDIRECTED:
        return redirect(page_url_in(language, page))
    request.is_preview = True  # nothing built from this draft is remembered for readers
    context = release.get_context(request)
    context.update(advance_copy=copy, embargo=embargo_label(until, translation.get_language()))
    response = TemplateResponse(request, "press_alerts/advance_copy.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
    return response
