"""Pages the discovery tests hide from readers: an embargoed (scheduled, not yet live) release and a
private (password-protected) one, in the given news index."""

import datetime

from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.factories import PressReleasePageFactory


def embargoed_release(news, title):
    """A release scheduled to go live tomorrow: saved, its revision approved, not live."""
    release = PressReleasePageFactory(parent=news, title=title, live=False)
    release.go_live_at = timezone.now() + datetime.timedelta(days=1)
    release.save_revision().publish()
    release.refresh_from_db()
    assert not release.live
    return release


def private_release(news, title):
    release = PressReleasePageFactory(parent=news, title=title)
    PageViewRestriction.objects.create(page=release, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    return release
