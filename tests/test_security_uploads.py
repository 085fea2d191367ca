"""Uploads in the admin: type and content checked, SVG refused, clean names, documents downloaded."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from site_security.uploads import safe_file_name

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'


def png_bytes():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def upload_document(client, name, content):
    data = {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk}
    return client.post("/admin/documents/add/", data)


def upload_image(client, name, content):
    data = {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk}
    return client.post("/admin/images/add/", data)


def test_a_real_pdf_is_accepted(admin_client):
    response = upload_document(admin_client, "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")

    assert response.status_code == 302
    assert get_document_model().objects.filter(title="report.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", HTML),
        ("report.docx", HTML),
        ("notes.txt", HTML),
        ("table.csv", b"name,value\n<script>alert(1)</script>,1\n"),
        ("archive.zip", b"not a zip at all"),
    ],
)
def test_a_document_whose_content_is_not_its_type_is_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)

    assert response.status_code == 200
    assert "content is not a" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_document_with_a_forbidden_extension_is_refused(admin_client):
    response = upload_document(admin_client, "page.html", HTML)

    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_an_svg_image_is_refused(admin_client):
    response = upload_image(admin_client, "logo.svg", SVG)

    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_a_web_page_named_png_is_refused(admin_client):
    response = upload_image(admin_client, "photo.png", HTML)

    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_an_image_gets_a_clean_file_name(admin_client):
    response = upload_image(admin_client, "..\\..\\evil\x07 photo.png", png_bytes())

    assert response.status_code == 302
    stored = get_image_model().objects.get().file.name
    assert stored.startswith("original_images/")
    assert ".." not in stored
    assert "\x07" not in stored


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\report.pdf", "report.pdf"),
        ("bad\x00name\x1f.pdf", "badname.pdf"),
        ("  ..  ", "upload"),
        ("izveštaj.pdf", "izveštaj.pdf"),
    ],
)
def test_file_names_lose_paths_and_control_characters(given, expected):
    assert safe_file_name(given) == expected


def test_documents_are_downloaded_never_shown_in_the_browser(admin_client, client):
    upload_document(admin_client, "report.pdf", b"%PDF-1.7\n%%EOF\n")
    document = get_document_model().objects.get()

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
