"""Uploaded pictures lose everything but their pixels: EXIF (GPS position, camera and serial number,
time, maker notes), XMP, IPTC, comments and embedded thumbnails. A photo taken in a shelter must not
tell where the shelter is.

What is kept: the colour profile (ICC) and the orientation, which is applied to the pixels before the
EXIF that held it goes.

* JPEG, PNG and WebP are cleaned without re-encoding: the segments or chunks that carry metadata are
  left out and the picture data is copied byte for byte (a rotated photo is re-encoded once, at
  quality 95, to turn its pixels).
* AVIF, HEIC and GIF are re-encoded with Pillow (and pillow-heif for HEIC) without their metadata,
  but only when they carry some.
"""

import io
from dataclasses import dataclass, field

from PIL import Image, ImageOps

try:  # HEIC/HEIF support comes from pillow-heif (a dependency of Willow's HEIC support)
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover
    pass

ORIENTATION = 0x0112
GPS_IFD = 0x8825
MAKER_NOTE = 0x927C

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Chunks that draw the picture or describe its colours and size; everything else (eXIf, tEXt, zTXt,
# iTXt with XMP, tIME, private chunks) is left out.
PNG_KEPT_CHUNKS = {
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP",
    b"mDCV", b"mDCv", b"cLLI", b"cLLi", b"bKGD", b"hIST", b"pHYs", b"sPLT", b"acTL", b"fcTL", b"fdAT",
}  # fmt: skip
WEBP_KEPT_CHUNKS = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
WEBP_EXIF_AND_XMP_FLAGS = 0x08 | 0x04


class NotAnImage(ValueError):
    pass


@dataclass
class Cleaned:
    """The picture without metadata, and what was taken out (for reports)."""

    data: bytes
    removed: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.removed)


def describe_metadata(image):
    """What an opened Pillow image carries, in words a report can show."""
    found = []
    exif = image.getexif()
    if exif:
        found.append("EXIF")
        if exif.get_ifd(GPS_IFD) or GPS_IFD in exif:
            found.append("GPS")
        if exif.get_ifd(0x8769).get(MAKER_NOTE):
            found.append("maker notes")
        if exif.get(ORIENTATION, 1) not in (0, 1):
            found.append("orientation (applied to the pixels)")
    info = image.info
    if info.get("xmp") or info.get("XML:com.adobe.xmp"):
        found.append("XMP")
    if info.get("photoshop") or info.get("iptc"):
        found.append("IPTC")
    if info.get("comment"):
        found.append("comment")
    if any(key in info for key in ("tEXt", "zTXt", "iTXt")) or getattr(image, "text", None):
        found.append("text")
    return found


def _jpeg_segment_is_kept(marker, payload):
    if marker == 0xE0:
        return payload.startswith(b"JFIF\x00")  # not JFXX, which holds a thumbnail
    if marker == 0xE2:
        return payload.startswith(b"ICC_PROFILE\x00")  # not MPF (more pictures) or FlashPix
    if marker == 0xEE:
        return payload.startswith(b"Adobe")  # needed to decode CMYK and YCCK colours
    # APP1 (EXIF, XMP), APP3–APP13 and APP15 (maker data, IPTC in APP13), COM (comments).
    return not (0xE1 <= marker <= 0xEF or marker == 0xFE)


def strip_jpeg(data):
    if not data.startswith(b"\xff\xd8"):
        raise NotAnImage("not a JPEG")
    out = bytearray(b"\xff\xd8")
    i, size = 2, len(data)
    while i + 1 < size:
        if data[i] != 0xFF:
            raise NotAnImage("broken JPEG")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:  # end of image; whatever follows (more pictures, vendor trailers) goes
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[i : i + 2]
            i += 2
            continue
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if _jpeg_segment_is_kept(marker, data[i + 4 : end]):
            out += data[i:end]
        i = end
        if marker == 0xDA:  # compressed data runs to the next marker that is not a restart or a stuffed 0xFF
            j = i
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= size:
                    out += data[i:]
                    return bytes(out)
                following = data[j + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    j += 2
                elif following == 0xFF:
                    j += 1
                else:
                    break
            out += data[i:j]
            i = j
    return bytes(out)


def strip_png(data):
    if not data.startswith(PNG_SIGNATURE):
        raise NotAnImage("not a PNG")
    out = bytearray(PNG_SIGNATURE)
    i = len(PNG_SIGNATURE)
    while i + 8 <= len(data):
        length = int.from_bytes(data[i : i + 4], "big")
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if kind in PNG_KEPT_CHUNKS:
            out += data[i:end]
        i = end
        if kind == b"IEND":
            break
    return bytes(out)


def strip_webp(data):
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise NotAnImage("not a WebP")
    chunks = bytearray()
    i = 12
    while i + 8 <= len(data):
        kind = data[i : i + 4]
        length = int.from_bytes(data[i + 4 : i + 8], "little")
        end = i + 8 + length + (length & 1)
        if kind == b"VP8X":
            chunk = bytearray(data[i:end])
            chunk[8] &= ~WEBP_EXIF_AND_XMP_FLAGS & 0xFF
            chunks += chunk
        elif kind in WEBP_KEPT_CHUNKS:
            chunks += data[i:end]
        i = end
    return b"RIFF" + (len(chunks) + 4).to_bytes(4, "little") + b"WEBP" + bytes(chunks)


BYTE_LEVEL = {"JPEG": strip_jpeg, "MPO": strip_jpeg, "PNG": strip_png, "WEBP": strip_webp}


def _reencode(image, image_format):
    """The picture turned upright and saved again with its colour profile only."""
    upright = ImageOps.exif_transpose(image)
    options = {"icc_profile": image.info.get("icc_profile")}
    if image_format in ("JPEG", "MPO"):
        image_format = "JPEG"
        options["quality"] = 95
        if upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
    elif image_format in ("AVIF", "HEIF"):
        options.update(quality=90, exif=None, xmp=None)
    elif image_format == "WEBP":
        options.update(quality=95, lossless=bool(image.info.get("lossless")))
    elif image_format == "GIF":
        options.update(save_all=True, comment=b"")
        options.pop("icc_profile")
    buffer = io.BytesIO()
    upright.save(
        buffer,
        image_format,
        **{key: value for key, value in options.items() if value is not None or key in ("exif", "xmp")},
    )
    return buffer.getvalue()


def strip_metadata(data):
    """``Cleaned`` bytes of the picture in ``data``: the same bytes (nothing removed) when it carries
    no metadata. Raises NotAnImage for what Pillow cannot read."""
    try:
        image = Image.open(io.BytesIO(data))
        image_format = image.format
        removed = describe_metadata(image)
    except Exception as error:  # Pillow raises many types for unreadable files
        raise NotAnImage(str(error)) from error
    rotated = any(item.startswith("orientation") for item in removed)
    if image_format in BYTE_LEVEL:
        if rotated:
            data = _reencode(image, image_format)
        cleaned = BYTE_LEVEL[image_format](data)
        if cleaned != data and not removed:
            removed = ["embedded data"]
        return Cleaned(cleaned if removed else data, removed)
    if not removed:
        return Cleaned(data, [])
    return Cleaned(_reencode(image, image_format), removed)
