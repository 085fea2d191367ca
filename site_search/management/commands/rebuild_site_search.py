from django.core.management.base import BaseCommand

from site_search.indexer import rebuild


class Command(BaseCommand):
    help = "Rebuilds the site search index from the live pages (after an import or a restore)."

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {rebuild()} live pages.")
