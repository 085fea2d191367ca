import csv

from django.core.management.base import BaseCommand, CommandError

from seo.legacy_redirects import import_redirects


class Command(BaseCommand):
    help = (
        "Imports redirects from the previous site's addresses: a CSV file with the columns "
        "old_path,new_path_or_url[,permanent]. Running it again changes only what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The CSV file (UTF-8).")

    def handle(self, *args, path, **options):
        try:
            with open(path, encoding="utf-8-sig", newline="") as lines:
                report = import_redirects(lines)
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        for line_number, message in report.errors:
            self.stderr.write(f"Line {line_number}: {message}")
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{len(report.errors)} bad rows."
        )
