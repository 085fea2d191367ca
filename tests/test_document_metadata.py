"""Editors are warned when an uploaded document tells who wrote it or where: PDF and office
properties, comment authors, GPS in the pictures inside. The upload itself is kept."""

import io
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.models import Collection

from site_security.document_metadata import document_metadata

pytestmark = pytest.mark.django_db

PDF_HEAD = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


def pdf(info=b""):
    return (
        PDF_HEAD
        + b"1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< "
        + info
        + b" >>\nendobj\ntrailer\n<< /Info 2 0 R >>\n%%EOF\n"
    )


def pdf_with_author_in_an_object_stream():
    compressed = zlib.compress(b"2 0 << /Author (Jane Example) /Producer (Writer) >>")
    return (
        PDF_HEAD
        + b"3 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /Length %d >>\nstream\n" % len(compressed)
        + compressed
        + b"\nendstream\nendobj\n%%EOF\n"
    )


def jpeg_with_gps():
    exif = PillowImage.Exif()
    exif[0x8825] = {1: "N", 2: (44.0, 48.0, 45.0), 3: "E", 4: (20.0, 27.0, 40.0)}
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "white").save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def docx(creator="Jane Example", picture=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:creator>' + creator + "</dc:creator></cp:coreProperties>",
        )
        archive.writestr("word/document.xml", "<w:document/>")
        if picture:
            archive.writestr("word/media/image1.jpeg", picture)
    return buffer.getvalue()


def upload(client, name, content):
    data = {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk}
    return client.post("/admin/documents/add/", data, follow=True)


def test_a_pdf_with_an_author_is_kept_and_the_editor_warned(admin_client):
    response = upload(admin_client, "report.pdf", pdf(b"/Author (Jane Example) /Title (Report)"))

    html = response.content.decode()
    assert "hidden details" in html and "the author&#x27;s name" in html
    assert get_document_model().objects.filter(title="report.pdf").exists()


def test_a_word_file_with_an_author_and_a_gps_photo_is_warned_about(admin_client):
    response = upload(admin_client, "notes.docx", docx(picture=jpeg_with_gps()))

    html = response.content.decode()
    assert "the author&#x27;s name" in html and "a location (GPS) in a picture inside it" in html


def test_a_document_without_such_details_gets_no_warning(admin_client):
    response = upload(admin_client, "plain.pdf", pdf(b"/Producer (Writer)"))

    assert "hidden details" not in response.content.decode()
    assert get_document_model().objects.filter(title="plain.pdf").exists()


@pytest.mark.parametrize(
    ("extension", "content", "expected"),
    [
        ("pdf", pdf_with_author_in_an_object_stream(), "the author's name"),
        ("pdf", pdf(b'/Metadata << >> <x:xmpmeta><rdf:Description exif:GPSLatitude="44,48.75N"/>'), "location"),
        ("rtf", rb"{\rtf1{\info{\author Jane Example}{\operator J}}}", "the author's name"),
        ("docx", docx(creator=""), None),
    ],
)
def test_details_are_found_in_compressed_pdfs_xmp_and_rtf(extension, content, expected):
    labels = [str(label) for label in document_metadata(extension, content)]
    if expected is None:
        assert labels == []
    else:
        assert any(expected in label for label in labels)


def test_the_warning_is_in_serbian_for_a_serbian_editor():
    with translation.override("sr-latn"):
        labels = [str(label) for label in document_metadata("pdf", pdf(b"/Author (Jane Example)"))]
    assert labels == ["ime autora"]
