"""Removes the metadata (GPS, camera, time, XMP, IPTC…) from every picture already stored, as new
uploads lose it, and deletes the picture's renditions (made again, clean, when next needed).
Reports what it removed from each picture; --dry-run only reports."""

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from image_library.metadata import NotAnImage, strip_metadata


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be removed.")

    def handle(self, dry_run=False, **options):
        cleaned_count = unreadable = checked = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            checked += 1
            where = f"image {image.pk} “{image.title}” ({image.file.name})"
            try:
                with image.open_file() as f:
                    cleaned = strip_metadata(f.read())
            except (NotAnImage, OSError) as error:
                unreadable += 1
                self.stderr.write(f"{where}: cannot be read, not changed ({error.__class__.__name__}).")
                continue
            if not cleaned.changed:
                continue
            cleaned_count += 1
            removed = ", ".join(cleaned.removed)
            if dry_run:
                self.stdout.write(f"{where}: would remove {removed}.")
                continue
            renditions = self.replace_file(image, cleaned.data)
            self.stdout.write(f"{where}: removed {removed}; {renditions} renditions deleted.")
        verb = "would be cleaned" if dry_run else "cleaned"
        self.stdout.write(f"Checked {checked} images: {cleaned_count} {verb}, {unreadable} unreadable.")

    def replace_file(self, image, data):
        """Stores the clean picture under a new name, points the image at it, then deletes the old file
        and the renditions: no moment without a file, and nothing of the old one left."""
        old_name, storage = image.file.name, image.file.storage
        new_file = ContentFile(data, name=old_name.rsplit("/", 1)[-1])
        with transaction.atomic():
            image.file.save(new_file.name, new_file, save=False)  # Django updates width and height
            image.file_size = len(data)
            image.file_hash = hash_filelike(ContentFile(data))
            image.save()
            renditions = image.renditions.count()
            image.renditions.all().delete()
        storage.delete(old_name)
        return renditions
