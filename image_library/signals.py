"""No picture reaches storage with its metadata, whichever path saves it: the admin's forms clean the
upload first (so its size, hash and dimensions are those of the clean file), and this guard cleans any
new file an image or a pending multiple-upload (Wagtail's ``UploadedFile``) is about to store: code,
imports, commands. Renditions are cleaned in ``CreditedImage.generate_rendition_file``."""

from django.core.files.base import ContentFile
from django.db.models.signals import pre_save
from wagtail.images import get_image_model
from wagtail.models import UploadedFile
from wagtail.utils.file import hash_filelike

from .metadata import NotAnImage, strip_metadata


def clean_file(field_file):
    """A ContentFile without metadata for a new, not yet stored file, or None if nothing changes."""
    if not field_file or getattr(field_file, "_committed", True):
        return None
    field_file.open("rb")
    field_file.seek(0)
    data = field_file.read()
    field_file.seek(0)
    try:
        cleaned = strip_metadata(data)
    except NotAnImage:
        return None  # not a picture: Wagtail's own checks refuse it, or it is a document
    if not cleaned.changed:
        return None
    return ContentFile(cleaned.data, name=field_file.name)


def clean_new_image_file(sender, instance, raw=False, **kwargs):
    if raw:
        return
    cleaned = clean_file(instance.file)
    if cleaned is None:
        return
    instance.file = cleaned  # Django's ImageField updates width and height from the new file
    instance.file_size = cleaned.size
    instance.file_hash = hash_filelike(cleaned)
    cleaned.seek(0)


def clean_new_uploaded_file(sender, instance, raw=False, **kwargs):
    if raw:
        return
    cleaned = clean_file(instance.file)
    if cleaned is not None:
        instance.file = cleaned


def connect():
    pre_save.connect(clean_new_image_file, sender=get_image_model(), dispatch_uid="image_library.clean_image")
    pre_save.connect(clean_new_uploaded_file, sender=UploadedFile, dispatch_uid="image_library.clean_upload")
