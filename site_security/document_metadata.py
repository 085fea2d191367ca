"""What an uploaded document tells about who wrote it and where: the author and company in a PDF's or
an office file's properties, comment authors, and GPS positions in the pictures inside it. Editors are
warned (they decide: the author may be the organisation itself); nothing is changed or refused.

Read with the standard library only: PDF properties and XMP (also inside compressed streams), the
properties of Word, Excel, PowerPoint and OpenDocument files (ZIP + XML), RTF's info group.
"""

import contextvars
import io
import re
import zipfile
import zlib

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from PIL import Image

GPS_IFD = 0x8825
MAX_INFLATED = 2 * 1024 * 1024  # per compressed PDF stream: enough for properties, bounded for zip bombs
MAX_STREAMS = 200

AUTHOR = _("the author's name")
LAST_EDITOR = _("who last edited it")
COMPANY = _("a company or manager")
COMMENT_AUTHORS = _("the names of people who commented or changed it")
LOCATION = _("a location (GPS) in a picture inside it")
PLACE = _("a place name in its properties")

PDF_PATTERNS = [
    (AUTHOR, re.compile(rb"/Author\s*(?:\((?!\s*\))|<(?!\s*>)(?:FEFF)?[0-9A-Fa-f]{2})")),
    (AUTHOR, re.compile(rb"<dc:creator>\s*<rdf:(?:Seq|Bag)>\s*<rdf:li[^>]*>\s*[^<\s]")),
    (AUTHOR, re.compile(rb"pdf:Author\s*=\s*\"[^\"]")),
    (LOCATION, re.compile(rb"exif:GPS(?:Latitude|Longitude)")),
    (PLACE, re.compile(rb"(?:photoshop:City|Iptc4xmpCore:Location|photoshop:State)\s*(?:=\s*\"[^\"]|>\s*[^<\s])")),
]
OFFICE_PATTERNS = [
    (AUTHOR, re.compile(rb"<dc:creator>\s*[^<\s]")),
    (AUTHOR, re.compile(rb"<meta:initial-creator>\s*[^<\s]")),
    (LAST_EDITOR, re.compile(rb"<cp:lastModifiedBy>\s*[^<\s]")),
    (COMPANY, re.compile(rb"<(?:Company|Manager)>\s*[^<\s]")),
    (COMMENT_AUTHORS, re.compile(rb"\b(?:w:author|author)=\"[^\"]")),
]
OFFICE_PROPERTY_FILES = re.compile(
    r"^(?:docProps/(?:core|app|custom)\.xml|meta\.xml|word/(?:comments|document|people)\.xml|"
    r"xl/comments\d*\.xml|xl/threadedComments/.*\.xml|xl/persons/person\.xml|ppt/commentAuthors\.xml|content\.xml)$"
)
OFFICE_PICTURES = re.compile(r"^(?:word|xl|ppt)/media/|^Pictures/", re.IGNORECASE)
RTF_PATTERNS = [
    (AUTHOR, re.compile(rb"\{\\author\s*[^}\s]")),
    (LAST_EDITOR, re.compile(rb"\{\\operator\s*[^}\s]")),
    (COMPANY, re.compile(rb"\{\\(?:company|manager)\s*[^}\s]")),
]


def _matches(patterns, data, found):
    for label, pattern in patterns:
        if label not in found and pattern.search(data):
            found.append(label)


def _pdf(data, found):
    _matches(PDF_PATTERNS, data, found)
    for count, match in enumerate(re.finditer(rb"stream\r?\n", data)):
        if count >= MAX_STREAMS:
            break
        try:
            inflated = zlib.decompressobj().decompress(data[match.end() : match.end() + MAX_INFLATED], MAX_INFLATED)
        except zlib.error:
            continue
        _matches(PDF_PATTERNS, inflated, found)


def _picture_has_gps(data):
    try:
        return bool(Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD))
    except Exception:  # any picture Pillow cannot read tells nothing here
        return False


def _office(data, found):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return
    with archive:
        for member in archive.infolist():
            if member.file_size > MAX_INFLATED * 10:
                continue
            if OFFICE_PROPERTY_FILES.match(member.filename):
                _matches(OFFICE_PATTERNS, archive.read(member), found)
            elif OFFICE_PICTURES.match(member.filename) and LOCATION not in found:
                if _picture_has_gps(archive.read(member)):
                    found.append(LOCATION)


def document_metadata(extension, data):
    """The hidden details a document of this extension carries, as labels for the editor."""
    found = []
    if extension == "pdf":
        _pdf(data, found)
    elif extension in ("docx", "xlsx", "pptx", "odt"):
        _office(data, found)
    elif extension == "rtf":
        _matches(RTF_PATTERNS, data, found)
    return found


# The request's warnings, left by the upload form and shown by UploadWarningsMiddleware.
upload_warnings = contextvars.ContextVar("upload_warnings", default=None)


def warn_about(file_name, labels):
    warnings = upload_warnings.get()
    if warnings is None or not labels:
        return
    warnings.append(
        _(
            "“%(name)s” carries hidden details that anyone who downloads it can read: %(details)s. If "
            "they should not be public, remove them (Word: File → Info → Check for issues → Inspect "
            "document; Acrobat: Redact → Remove hidden information) and upload the file again."
        )
        % {"name": file_name, "details": ", ".join(str(label) for label in labels)}
    )


class UploadWarningsMiddleware:
    """Shows, as admin messages, the warnings that upload forms left during the request (forms have
    no request to add messages to). Sits after MessageMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/admin/"):
            return self.get_response(request)
        token = upload_warnings.set([])
        try:
            response = self.get_response(request)
            for warning in upload_warnings.get():
                messages.warning(request, warning)
        finally:
            upload_warnings.reset(token)
        return response
