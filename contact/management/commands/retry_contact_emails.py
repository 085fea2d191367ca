from django.core.management.base import BaseCommand

from contact.models import ContactMessage
from contact.notifications import send_notification


class Command(BaseCommand):
    help = "E-mails the staff about contact messages whose notification has not been sent yet."

    def handle(self, *args, **options):
        sent = failed = 0
        for message in ContactMessage.objects.filter(sent=False).order_by("created_at"):
            if send_notification(message):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Sent {sent} unsent contact message(s); {failed} still unsent.")
