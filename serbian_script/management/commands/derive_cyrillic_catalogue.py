from django.core.management.base import BaseCommand

from serbian_script.catalogue import catalogue_pairs, derive_cyrillic_catalogue


class Command(BaseCommand):
    help = "Writes each Serbian Cyrillic catalogue (locale/sr, locale/admin/sr) from its Latin one (sr_Latn)."

    def handle(self, *args, **options):
        for latin, cyrillic in catalogue_pairs():
            cyrillic.parent.mkdir(parents=True, exist_ok=True)
            derive_cyrillic_catalogue(latin).save(str(cyrillic))
            self.stdout.write(f"Wrote {cyrillic}")
