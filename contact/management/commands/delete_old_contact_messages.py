import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import ContactMessage


class Command(BaseCommand):
    help = "Deletes contact messages older than CONTACT_RETENTION_DAYS (sent or not)."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.CONTACT_RETENTION_DAYS)
        deleted, _by_model = ContactMessage.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} contact message(s) older than {settings.CONTACT_RETENTION_DAYS} days.")
