from django.conf import settings
from django.core.management.base import BaseCommand

from press_alerts.mail import unconfirmed_cutoff
from press_alerts.models import Subscriber


class Command(BaseCommand):
    help = "Deletes alert subscriptions not confirmed within PRESS_ALERTS_UNCONFIRMED_DAYS (run it daily)."

    def handle(self, *args, **options):
        stale = Subscriber.objects.filter(confirmed_at__isnull=True, created_at__lt=unconfirmed_cutoff())
        deleted = stale.count()
        stale.delete()
        self.stdout.write(
            f"Deleted {deleted} unconfirmed subscription(s) older than {settings.PRESS_ALERTS_UNCONFIRMED_DAYS} days."
        )
