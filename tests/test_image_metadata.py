"""Pictures lose their metadata (GPS, camera, time, XMP) before anything is stored: the original and
every rendition, whichever way the picture arrives; a command cleans pictures stored before."""

import io
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image as PillowImage
from PIL import ImageCms
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

GPS = 0x8825
ORIENTATION = 0x0112
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description about="shelter"/></rdf:RDF></x:xmpmeta>'
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def photo(image_format="JPEG", orientation=None, size=(40, 20)):
    """A photo as a phone writes it: GPS position, camera make and serial number, time, XMP, sRGB."""
    exif = PillowImage.Exif()
    exif[GPS] = {1: "N", 2: (44.0, 48.0, 45.0), 3: "E", 4: (20.0, 27.0, 40.0)}
    exif[0x010F] = "PhoneMaker"
    exif[0x0132] = "2026:11:30 21:15:00"
    exif[0xA431] = "SERIAL-12345"
    if orientation:
        exif[ORIENTATION] = orientation
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, "red").save(buffer, image_format, exif=exif.tobytes(), xmp=XMP, icc_profile=SRGB)
    return buffer.getvalue()


def assert_no_metadata(data):
    image = PillowImage.open(io.BytesIO(data))
    image.load()
    assert not image.getexif().get_ifd(GPS)
    assert len(image.getexif()) == 0
    assert not image.info.get("xmp") and not image.info.get("exif")
    for secret in (b"PhoneMaker", b"SERIAL-12345", b"2026:11:30", b"xmpmeta", b"shelter"):
        assert secret not in data
    return image


def stored(image):
    with image.open_file() as f:
        return f.read()


def upload(client, name, content):
    data = {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk}
    return client.post("/admin/images/add/", data)


def test_a_jpeg_with_gps_loses_it_in_the_original_and_every_rendition(admin_client):
    response = upload(admin_client, "shelter.jpg", photo())

    assert response.status_code == 302
    image = get_image_model().objects.get(title="shelter.jpg")
    original = assert_no_metadata(stored(image))
    assert original.info.get("icc_profile") == SRGB
    assert image.file_size == len(stored(image))
    for spec in ("fill-20x20", "width-30|format-webp", "width-30|format-avif", "original"):
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as f:
            assert_no_metadata(f.read())


@pytest.mark.parametrize(
    ("name", "image_format"), [("a.png", "PNG"), ("a.webp", "WEBP"), ("a.avif", "AVIF"), ("a.heic", "HEIF")]
)
def test_png_webp_avif_and_heic_lose_their_metadata(admin_client, name, image_format):
    response = upload(admin_client, name, photo(image_format))

    assert response.status_code == 302
    image = get_image_model().objects.get(title=name)
    assert_no_metadata(stored(image))
    with image.get_rendition("fill-20x20").file.open("rb") as f:
        assert_no_metadata(f.read())


def test_orientation_is_turned_into_pixels(admin_client):
    upload(admin_client, "portrait.jpg", photo(orientation=6, size=(40, 20)))

    image = get_image_model().objects.get(title="portrait.jpg")
    assert assert_no_metadata(stored(image)).size == (20, 40)
    assert (image.width, image.height) == (20, 40)


def test_the_multiple_uploader_stores_no_metadata(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("many.jpg", photo())},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )

    assert response.status_code == 200
    image = get_image_model().objects.get()
    assert_no_metadata(stored(image))


def test_an_image_saved_by_code_stores_no_metadata():
    image = get_image_model().objects.create(title="by code", file=ImageFile(io.BytesIO(photo()), name="code.jpg"))

    assert_no_metadata(stored(image))
    assert (image.width, image.height) == (40, 20)


def _stored_before_the_guard(title="old"):
    """A picture stored before metadata was removed (bulk_create sends no pre_save signal)."""
    Image = get_image_model()
    storage = Image._meta.get_field("file").storage
    name = storage.save("original_images/old.jpg", ContentFile(photo()))
    (image,) = Image.objects.bulk_create(
        [Image(title=title, file=name, width=40, height=20, collection=Collection.get_first_root_node())]
    )
    return Image.objects.get(pk=image.pk)


def test_renditions_of_a_picture_stored_before_lose_its_metadata():
    image = _stored_before_the_guard()
    assert b"PhoneMaker" in stored(image)

    with image.get_rendition("width-30").file.open("rb") as f:
        assert_no_metadata(f.read())


def test_the_command_cleans_pictures_stored_before_and_reports_it():
    image = _stored_before_the_guard("Old photo")
    image.get_rendition("width-30")
    output = StringIO()

    call_command("strip_image_metadata", stdout=output)

    report = output.getvalue()
    assert f"image {image.pk}" in report and "Old photo" in report and "GPS" in report and "XMP" in report
    assert "1 cleaned" in report
    image.refresh_from_db()
    assert_no_metadata(stored(image))
    assert image.file_size == len(stored(image))
    assert not image.renditions.exists()

    again = StringIO()
    call_command("strip_image_metadata", stdout=again)
    assert "0 cleaned" in again.getvalue()


def test_the_command_dry_run_reports_without_changing():
    image = _stored_before_the_guard("Old photo")
    output = StringIO()

    call_command("strip_image_metadata", "--dry-run", stdout=output)

    assert "GPS" in output.getvalue()
    assert b"PhoneMaker" in stored(image)
