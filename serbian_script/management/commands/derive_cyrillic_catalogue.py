from django.core.management.base import BaseCommand

from serbian_script.catalogue import CYRILLIC_CATALOGUE, derive_cyrillic_catalogue


class Command(BaseCommand):
    help = "Writes locale/sr (Serbian, Cyrillic) from locale/sr_Latn (Serbian, Latin)."

    def handle(self, *args, **options):
        CYRILLIC_CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
        derive_cyrillic_catalogue().save(str(CYRILLIC_CATALOGUE))
        self.stdout.write(f"Wrote {CYRILLIC_CATALOGUE}")
