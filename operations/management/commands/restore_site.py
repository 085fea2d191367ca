from django.core.management.base import BaseCommand, CommandError

from operations.backups import database_has_content, restore_backup


class Command(BaseCommand):
    help = (
        "Replaces the database and the media files with those in a backup archive. Never asks: it "
        "refuses to overwrite an existing site unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--force", action="store_true", help="Overwrite the current database and media files.")

    def handle(self, *args, archive, force, **options):
        if database_has_content() and not force:
            raise CommandError(
                "The database already holds a site; add --force (make restore ... FORCE=1) to replace it."
            )
        manifest = restore_backup(archive)
        self.stdout.write(f"Restored the backup made {manifest['created']}.")
