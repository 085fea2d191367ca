import logging

from django.core.management.base import BaseCommand

from image_library.consent import warn_editors, withdraw_expired

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Withdraws from the site every picture whose consent has ended (its pages are rendered afresh "
        "without it, its downloads answer 404) and e-mails editors about consents ending within two weeks. "
        "Run it from cron, e.g. every five minutes."
    )

    def handle(self, *args, **options):
        withdrawn = withdraw_expired()
        for image in withdrawn:
            self.stdout.write(f"Withdrawn: image {image.pk} “{image.title}” (consent until {image.consent_until}).")
        try:
            warned = warn_editors()
        except OSError as error:  # the mail server is down: the warning is sent on a later run
            logger.warning("Consent expiry warning not sent (%s); it will be retried.", type(error).__name__)
            warned = []
        self.stdout.write(f"{len(withdrawn)} picture(s) withdrawn; editors warned about {len(warned)} picture(s).")
