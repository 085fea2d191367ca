"""Consent of the people pictures show: which pictures a page uses, which of them may not be published,
and the withdrawal of pictures whose consent has ended.

The rule holds at three places. An image of an identifiable person cannot be saved without a consent
record (``CreditedImage.clean``). A page cannot be published, submitted or approved while it uses a
picture whose consent is missing or over (the page form, ``before_publish_page`` and the page's
``publish()``, which workflow approval, bulk publishing and translations go through). And whatever
was published earlier, a picture is rendered and downloadable only while its consent lasts: that is
checked whenever a page is rendered, and ``withdraw_expired_images`` saves each picture whose consent
has ended, so the content version moves on and no cached page keeps showing it.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.fields import StreamField
from wagtail.images import get_image_model

from .models import CONSENT_WARNING_DAYS


def image_ids_in_value(value, field=None):
    """The ids of the images a model field's value refers to: a foreign key or a StreamField."""
    image_model = get_image_model()
    if isinstance(field, StreamField) and value is not None:
        return {
            int(object_id)
            for model, object_id, _path, _content in field.stream_block.extract_references(value)
            if issubclass(model, image_model)
        }
    if isinstance(value, image_model):
        return {value.pk}
    return set()


def image_ids_used_by(obj):
    """The ids of every picture a page (or any model instance) shows, in its fields and body blocks."""
    image_model = get_image_model()
    ids = set()
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, image_model):
            if (pk := getattr(obj, field.attname)) is not None:
                ids.add(pk)
        elif isinstance(field, StreamField):
            ids |= image_ids_in_value(getattr(obj, field.attname), field)
    return ids


def may_be_shown(today=None):
    """A filter for images that may be shown today (the query form of ``consent_is_valid``)."""
    today = today or timezone.localdate()
    has_record = models.Q(consent_given_on__isnull=False) & ~models.Q(consent_given_by="")
    lasting = models.Q(consent_until__isnull=True) | models.Q(consent_until__gte=today)
    return models.Q(shows_identifiable_person=False) | (has_record & lasting)


def images_lacking_consent(image_ids, today=None):
    """The pictures among these that may not be shown today."""
    if not image_ids:
        return []
    images = get_image_model().objects.filter(pk__in=image_ids, shows_identifiable_person=True).order_by("title")
    return [image for image in images if not image.consent_is_valid(today)]


class ConsentRefused(ValidationError, PermissionDenied):
    """A publish refused for want of consent: forms show it as a validation error; screens that
    publish without a form (workflow approval from the dashboard, bulk actions) answer the admin's
    403 page with it, never a 500."""


def consent_error(images):
    titles = ", ".join(f"“{image.title}”" for image in images)
    return ConsentRefused(
        ngettext(
            "Not published: the picture %(titles)s shows an identifiable person and has no valid consent "
            "record. Record the consent on the image, or choose another picture.",
            "Not published: the pictures %(titles)s show identifiable people and have no valid consent "
            "record. Record the consent on the images, or choose other pictures.",
            len(images),
        )
        % {"titles": titles},
        code="image_consent",
    )


def check_images_may_be_published(obj):
    """Raises a ValidationError naming the pictures of this page that may not be published."""
    refused = images_lacking_consent(image_ids_used_by(obj))
    if refused:
        raise consent_error(refused)


# --- Expiry: withdrawal and warnings (manage.py withdraw_expired_images, run by cron) --------------


def withdraw_expired(now=None):
    """Records the withdrawal of every picture whose consent has ended and deletes its renditions (so
    their files are gone too). Saving the picture moves the content version on: every cached page
    is rendered afresh, without it. Returns the pictures withdrawn."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    expired = get_image_model().objects.filter(consent_withdrawn_at__isnull=True).exclude(may_be_shown(today))
    withdrawn = []
    for image in expired:
        with transaction.atomic():
            image.renditions.all().delete()
            image.consent_withdrawn_at = now
            image.save(update_fields=["consent_withdrawn_at"])
        withdrawn.append(image)
    return withdrawn


def consents_ending_soon(today=None):
    """Pictures still shown whose consent ends within the warning period, soonest first."""
    today = today or timezone.localdate()
    return (
        get_image_model()
        .objects.filter(
            shows_identifiable_person=True,
            consent_until__gte=today,
            consent_until__lt=today + datetime.timedelta(days=CONSENT_WARNING_DAYS),
        )
        .order_by("consent_until", "title")
    )


def editors_to_warn():
    """Active staff who may change images: they can renew the consent or replace the picture."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    image_model = get_image_model()
    permission = Permission.objects.filter(
        content_type__app_label=image_model._meta.app_label, codename=f"change_{image_model._meta.model_name}"
    )
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    may_change_images = (
        models.Q(is_superuser=True)
        | models.Q(groups__permissions__in=permission)
        | models.Q(user_permissions__in=permission)
    )
    return users.filter(may_change_images).distinct()


def warn_editors(today=None, base_url=None):
    """E-mails the editors once about each picture whose consent ends within two weeks (once per end
    date: a renewed consent that ends again is warned about again). Returns the pictures warned about."""
    images = [image for image in consents_ending_soon(today) if image.consent_warning_sent_for != image.consent_until]
    recipients = [user.email for user in editors_to_warn()]
    if not images or not recipients:
        return []
    body = render_to_string(
        "image_library/consent_warning_email.txt",
        {"images": images, "base_url": base_url or settings.WAGTAILADMIN_BASE_URL},
    )
    subject = str(_("Pictures whose consent ends within two weeks"))
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    for image in images:
        type(image).objects.filter(pk=image.pk).update(consent_warning_sent_for=image.consent_until)
    return images
