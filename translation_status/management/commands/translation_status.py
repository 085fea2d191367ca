from django.core.management.base import BaseCommand

from translation_status.states import STATE_LABELS, totals, translation_rows


class Command(BaseCommand):
    help = "Prints how many English pages and snippets have a Serbian translation in each state."

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="Also list every object that is not up to date.")

    def handle(self, *args, list=False, **options):
        rows = translation_rows()
        for state, count in totals(rows).items():
            self.stdout.write(f"{STATE_LABELS[state]}: {count}")
        self.stdout.write(f"Total: {len(rows)}")
        if list:
            for row in rows:
                if row.state != "up-to-date":
                    self.stdout.write(f"{row.state_label}\t{row.kind}\t{row.title}")
