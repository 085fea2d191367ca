"""Upload checks for the admin: a document's content must match its extension, and file names
lose path components and control characters before they are stored."""

import re
import unicodedata
from pathlib import PurePosixPath

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from image_library.metadata import NotAnImage, strip_metadata

from .document_metadata import document_metadata, warn_about

SNIFF_BYTES = 8192
ZIP_MAGIC = b"PK\x03\x04"
# What the first bytes of each allowed document type must be (WAGTAILDOCS_EXTENSIONS).
MAGIC_NUMBERS = {
    "pdf": (b"%PDF-",),
    "docx": (ZIP_MAGIC,),
    "xlsx": (ZIP_MAGIC,),
    "pptx": (ZIP_MAGIC,),
    "odt": (ZIP_MAGIC,),
    "zip": (ZIP_MAGIC, b"PK\x05\x06"),
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"csv", "txt"}
# Markup a browser would run if it ever displayed the file as a page.
MARKUP = re.compile(rb"<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|meta|\?xml)", re.IGNORECASE)
UNSAFE_NAME_CHARACTERS = re.compile(r"[\x00-\x1f\x7f<>:\"|?*\\]")


def safe_file_name(name):
    """The last path component only, without control or reserved characters; never empty."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/")
    name = PurePosixPath(name).name
    name = UNSAFE_NAME_CHARACTERS.sub("", name).strip(" .")
    return name or "upload"


def head_of(uploaded_file, size=SNIFF_BYTES):
    uploaded_file.seek(0)
    head = uploaded_file.read(size)
    uploaded_file.seek(0)
    return head


def content_matches_extension(extension, head):
    if extension in TEXT_EXTENSIONS:
        return not MARKUP.search(head) and b"\x00" not in head
    return head.startswith(MAGIC_NUMBERS.get(extension, ()))


class SafeDocumentForm(BaseDocumentForm):
    """Refuses a document whose content is not what its extension says (a ".pdf" that is really a
    web page), and cleans its file name."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or not hasattr(uploaded, "content_type"):
            return uploaded  # unchanged file on an edit
        uploaded.name = safe_file_name(uploaded.name)
        extension = PurePosixPath(uploaded.name).suffix.lower().lstrip(".")
        if not content_matches_extension(extension, head_of(uploaded)):
            raise forms.ValidationError(
                _("This file's content is not a %(extension)s document. Please upload the original file."),
                code="content_mismatch",
                params={"extension": extension.upper() or "?"},
            )
        self.hidden_details = document_metadata(extension, head_of(uploaded, size=-1))
        return uploaded

    def save(self, commit=True):
        document = super().save(commit=commit)
        warn_about(document.title or document.file.name, getattr(self, "hidden_details", []))
        return document


class SafeImageForm(BaseImageForm):
    """Cleans the file name and removes the picture's metadata (GPS, camera, XMP…: see
    image_library.metadata) before anything is stored; Wagtail itself checks that the content is an
    image of the extension's type."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):
            uploaded.name = safe_file_name(uploaded.name)
            try:
                cleaned = strip_metadata(head_of(uploaded, size=-1))
            except NotAnImage as error:
                raise forms.ValidationError(
                    _(
                        "This picture's hidden details (such as where it was taken) cannot be removed. "
                        "Save it as JPEG or PNG and upload it again."
                    ),
                    code="metadata_not_removable",
                ) from error
            if cleaned.changed:
                uploaded = SimpleUploadedFile(uploaded.name, cleaned.data, uploaded.content_type)
        return uploaded
