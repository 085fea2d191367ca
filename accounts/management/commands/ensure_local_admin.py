import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Creates a local administrator on first run, unless one exists. The password comes from "
        "ADMIN_PASSWORD or is generated and printed once; it is never a fixed value."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        admin_url = f"{settings.BASE_URL}/admin/"
        existing = User.objects.filter(is_superuser=True).order_by("pk").first()
        if existing:
            self.stdout.write(
                f"Admin: {admin_url} — log in as “{existing.get_username()}” (password as set before; "
                f"change it with: .venv/bin/python manage.py changepassword {existing.get_username()})"
            )
            return
        username = os.environ.get("ADMIN_USERNAME", "admin")
        if User.objects.filter(username=username).exists():
            raise CommandError(
                f"A user “{username}” exists but is not a superuser: set ADMIN_USERNAME to another name, or "
                f"promote that user in the admin."
            )
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        shown = "from ADMIN_PASSWORD" if os.environ.get("ADMIN_PASSWORD") else password
        self.stdout.write(self.style.SUCCESS(f"Created the local admin account. Log in at {admin_url}"))
        self.stdout.write(self.style.SUCCESS(f"  user: {username}   password: {shown}"))
        self.stdout.write("  This password is shown only once: note it now.")
