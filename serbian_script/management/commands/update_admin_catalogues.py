from django.core.management.base import BaseCommand

from serbian_script import admin_catalogue


class Command(BaseCommand):
    help = (
        "Merges the strings of the installed Wagtail and wagtail-localize apps into the admin's Serbian "
        "catalogues (locale/admin/sr_Latn) and lists the entries still to translate."
    )

    def handle(self, *args, **options):
        for domain in admin_catalogue.ADMIN_DOMAINS:
            untranslated = admin_catalogue.update(domain)
            translated, fuzzy, _untranslated = admin_catalogue.statistics(domain)
            self.stdout.write(
                f"{admin_catalogue.latin_catalogue(domain)}: {translated} translated, {fuzzy} fuzzy, "
                f"{len(untranslated)} to translate"
            )
            for msgid in untranslated:
                self.stdout.write(f"  to translate: {msgid!r}")
