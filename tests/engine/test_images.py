"""Images read before a vision model sees them: the formats taken, EXIF orientation,
the first frame of a GIF, scaling down; and every bad file refused with a sentence."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from llamadesk.engine.images import (
    ENCODE_SIDE,
    ImageError,
    decode_image,
    read_image,
)


def _png(width: int, height: int, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def test_the_formats_taken_and_their_facts() -> None:
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp"),
                      ("GIF", "image/gif")):
        out = io.BytesIO()
        Image.new("RGB", (30, 20), (10, 200, 10)).save(out, fmt)
        image = read_image(out.getvalue(), f"x.{fmt.lower()}")
        assert (image.mime, image.width, image.height) == (mime, 30, 20)
        assert len(image.sha256) == 64
        decoded = decode_image(image)
        assert (decoded.width, decoded.height) == (30, 20)
        assert len(decoded.rgb) == 30 * 20 * 3


def test_exif_orientation_is_honoured() -> None:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the phone on its side: turn a quarter
    Image.new("RGB", (40, 20), (0, 0, 255)).save(out, "JPEG", exif=exif.tobytes())
    image = read_image(out.getvalue(), "phone.jpg")
    assert (image.width, image.height) == (20, 40)
    decoded = decode_image(image)
    assert (decoded.width, decoded.height) == (20, 40)


def test_a_gif_gives_its_first_frame_and_a_large_image_is_scaled_down() -> None:
    out = io.BytesIO()
    frames = [Image.new("RGB", (16, 16), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    decoded = decode_image(read_image(out.getvalue(), "anim.gif"))
    assert decoded.rgb[:3] == bytes((255, 0, 0))
    big = decode_image(read_image(_png(4000, 1000), "wide.png"))
    assert (big.width, big.height) == (ENCODE_SIDE, ENCODE_SIDE // 4)


def test_bad_files_are_refused_with_a_sentence() -> None:
    # A decompression bomb: a PNG header that claims 30,000 × 30,000 pixels.
    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)
    bomb = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\0" * 64)) + _chunk(b"IEND", b""))
    with pytest.raises(ImageError, match="decompression bomb"):
        read_image(bomb, "bomb.png")
    whole = _png(64, 64)
    with pytest.raises(ImageError, match="truncated.png is damaged or cut short"):
        read_image(whole[: len(whole) // 2], "truncated.png")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    with pytest.raises(ImageError, match="drawing.svg is not an image.*SVG"):
        read_image(svg, "drawing.svg")
    with pytest.raises(ImageError, match="notes.png is not an image LlamaDesk can read"):
        read_image(b"these are my notes, renamed to .png", "notes.png")
    with pytest.raises(ImageError, match="huge.png is 200 MB; images up to 40 MB"):
        read_image(bytes(200 * 1024 * 1024), "huge.png")
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "TIFF")
    with pytest.raises(ImageError, match="scan.tif is a TIFF image"):
        read_image(out.getvalue(), "scan.tif")
    with pytest.raises(ImageError, match="empty.png is empty"):
        read_image(b"", "empty.png")


def test_an_image_kept_at_the_size_the_model_reads() -> None:
    from llamadesk.engine.images import reduced

    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"  # metadata a reduced copy does not keep
    Image.new("RGB", (3000, 2000), (90, 90, 200)).save(out, "JPEG", exif=exif.tobytes())
    photo = read_image(out.getvalue(), "photo.jpg")
    small = reduced(photo)
    assert (small.width, small.height) == (ENCODE_SIDE * 2 // 3, ENCODE_SIDE)  # upright
    assert small.mime == "image/jpeg" and len(small.data) < len(photo.data)
    assert not Image.open(io.BytesIO(small.data)).getexif()
    tiny = read_image(_png(40, 30), "tiny.png")
    assert reduced(tiny) == tiny  # already small: as it came
