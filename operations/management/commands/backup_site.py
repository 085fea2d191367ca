from django.conf import settings
from django.core.management.base import BaseCommand

from operations.backups import create_backup


class Command(BaseCommand):
    help = "Writes a timestamped archive of the database and the media files (default folder: backups/)."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=str(settings.BASE_DIR / "backups"))

    def handle(self, *args, output_dir, **options):
        archive = create_backup(output_dir)
        self.stdout.write(str(archive))
