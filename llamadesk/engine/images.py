"""Images a person attaches, read before a vision model sees them.

Pillow decodes them here rather than llama.cpp's stb_image, so every bad file is
refused with a sentence before it reaches the engine: too large a file, a
decompression bomb (Pillow's pixel limit), a truncated or corrupt file, a format we
do not take (SVG, HEIC...), or a file whose name says PNG and whose bytes do not.
EXIF orientation is applied, an animated GIF gives its first frame, and an image
larger than the model needs is scaled down before encoding (the original is kept by
the caller: the history stores it as it came)."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

# Formats taken, as Pillow names them, with their MIME types.
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "GIF": "image/gif"}
MAX_FILE_BYTES = 40 * 1024 * 1024
# Decoded pixels at most: a 12,000 × 12,000 photo passes; a bomb of small bytes does not.
MAX_PIXELS = 150_000_000
# The longest side handed to a projector: more only costs encoding time (Gemma 3
# and Qwen2.5-VL resize to well under this themselves).
ENCODE_SIDE = 1536


class ImageError(LlamaDeskError):
    """An image that cannot be used, with the reason in words."""


@dataclass(frozen=True)
class ImageInput:
    """An attached image: its bytes as they came (kept in the history) and what
    they are."""

    data: bytes
    sha256: str
    mime: str
    width: int
    height: int
    name: str = ""


@dataclass(frozen=True)
class DecodedImage:
    """RGB pixels for the encoder, upright and no larger than ENCODE_SIDE."""

    sha256: str
    width: int
    height: int
    rgb: bytes


def read_image(data: bytes, name: str = "") -> ImageInput:
    """Check ``data`` is an image we take; ImageError with the reason otherwise."""
    _check_size(data, name)
    image = _open(data, name)
    width, height = _upright_size(image)
    return ImageInput(data, hashlib.sha256(data).hexdigest(), FORMATS[str(image.format)],
                      width, height, name)


def decode_image(image: ImageInput, longest_side: int = ENCODE_SIDE) -> DecodedImage:
    """The pixels to encode: EXIF orientation applied, the first frame, RGB, scaled
    down to ``longest_side`` at most."""
    from PIL import Image, ImageOps

    opened = _open(image.data, image.name)
    try:
        opened.seek(0)
        upright = ImageOps.exif_transpose(opened) or opened
        rgb = upright.convert("RGB")
    except (OSError, ValueError, SyntaxError) as error:
        raise _unreadable(image.name, error) from None
    if max(rgb.size) > longest_side:
        rgb.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
    return DecodedImage(image.sha256, rgb.width, rgb.height, rgb.tobytes())


def _check_size(data: bytes, name: str) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is %2 MB; images up to %3 MB can be attached."),
            name or "The image", len(data) // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)))
    if not data:
        raise ImageError(Note(QT_TRANSLATE_NOOP("messages", "%1 is empty."),
                              name or "The image"))


def _open(data: bytes, name: str):  # type: ignore[no-untyped-def]
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it: a bomb either way.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()  # a truncated file fails here, not later in the encoder
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 would decode to more than %2 million pixels, which is more than "
            "any model reads; it is refused as a possible decompression bomb."),
            name or "The image", MAX_PIXELS // 1_000_000)) from None
    except UnidentifiedImageError:
        raise ImageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF "
            "are taken (SVG and other formats are not)."), name or "The file")) from None
    except (OSError, ValueError, SyntaxError) as error:
        raise _unreadable(name, error) from None
    if image.format not in FORMATS:
        raise ImageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is a %2 image; PNG, JPEG, WebP and GIF are taken."),
            name or "The image", str(image.format)))
    return image


def _unreadable(name: str, error: Exception) -> ImageError:
    return ImageError(Note(QT_TRANSLATE_NOOP(
        "messages", "%1 is damaged or cut short and cannot be read (%2)."),
        name or "The image", str(error) or type(error).__name__))


def _upright_size(image) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    # EXIF orientations 5 to 8 turn the picture a quarter: width and height swap.
    orientation = image.getexif().get(0x0112, 1)
    width, height = image.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def reduced(image: ImageInput, longest_side: int = ENCODE_SIDE) -> ImageInput:
    """``image`` as the model reads it, to keep instead of the original (a setting):
    upright, at most ``longest_side``, as JPEG (PNG where it has transparency or is
    a drawing in PNG), without the original's metadata. Already small: unchanged."""
    from PIL import ImageOps

    opened = _open(image.data, image.name)
    upright = ImageOps.exif_transpose(opened) or opened
    if max(upright.size) <= longest_side and image.mime in ("image/png", "image/jpeg") \
            and not opened.getexif():
        return image
    upright.thumbnail((longest_side, longest_side))
    out = io.BytesIO()
    if image.mime == "image/png" or upright.mode in ("RGBA", "LA", "P"):
        upright.save(out, "PNG", optimize=True)
    else:
        upright.convert("RGB").save(out, "JPEG", quality=90)
    return read_image(out.getvalue(), image.name)
