from django.conf import settings
from django.core.management.base import BaseCommand

from press_alerts.mail import send_queued, waiting


class Command(BaseCommand):
    help = (
        "Sends queued press e-mails (confirmations, advance copies, alerts of new releases): at most "
        "PRESS_ALERTS_PER_MINUTE, evenly spaced, so run it every minute from cron. Stops at the first "
        "refusal of the mail server; what is left waits for the next run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=None, help="At most this many messages (default PRESS_ALERTS_PER_MINUTE)."
        )

    def handle(self, *args, limit=None, **options):
        sent = send_queued(limit=limit if limit is not None else settings.PRESS_ALERTS_PER_MINUTE)
        self.stdout.write(f"Sent {sent} press e-mail(s); {waiting()} waiting.")
