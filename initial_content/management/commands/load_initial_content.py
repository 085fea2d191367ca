from django.core.management.base import BaseCommand

from editorial_roles.setup import grant_editorial_permissions
from initial_content.loader import SeedLoader


class Command(BaseCommand):
    help = (
        "Loads the portal's initial content in English and Serbian. Safe to run again: content "
        "already loaded once is never recreated or overwritten."
    )

    def handle(self, *args, **options):
        SeedLoader(log=self.stdout.write).load()
        # The editorial roles' page permissions need the pages that were just loaded.
        grant_editorial_permissions(log=self.stdout.write)
