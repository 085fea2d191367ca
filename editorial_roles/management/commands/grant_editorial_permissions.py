from django.core.management.base import BaseCommand

from editorial_roles.setup import grant_editorial_permissions


class Command(BaseCommand):
    help = (
        "Grants the editorial groups their page permissions and assigns the moderation workflow to the "
        "news and programme indexes in every language. Safe to run again; load_initial_content runs it."
    )

    def handle(self, *args, **options):
        grant_editorial_permissions(log=self.stdout.write)
