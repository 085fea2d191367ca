from django.core.management.base import BaseCommand

from initial_content.loader import SeedLoader


class Command(BaseCommand):
    help = (
        "Loads the portal's initial content in English and Serbian. Safe to run again: content "
        "already loaded once is never recreated or overwritten."
    )

    def handle(self, *args, **options):
        SeedLoader(log=self.stdout.write).load()
