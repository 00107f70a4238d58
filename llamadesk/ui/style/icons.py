"""The icon set (resources/icons/*.svg), tinted from the palette.

The SVGs draw in "currentColor": the colour asked for replaces it before Qt's
SVG reader renders them, so one file serves both themes.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap


def svg_text(name: str, colour: str) -> str:
    return resources.files("llamadesk.resources").joinpath(f"icons/{name}.svg").read_text(
        "utf-8").replace("currentColor", colour)


def _svg(name: str, colour: str) -> bytes:
    return svg_text(name, colour).encode("utf-8")


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.loadFromData(_svg(name, colour), "SVG")
    return QIcon(pixmap)


def icon_image(name: str, colour: str) -> QImage:
    """The icon as an image, for places that draw images rather than icons (the chat
    view's rich text). Rendered at 48 px: drawn smaller, it stays sharp on HiDPI."""
    data = QBuffer()
    data.setData(QByteArray(_svg(name, colour)))
    reader = QImageReader(data, QByteArray(b"svg"))
    reader.setScaledSize(QSize(48, 48))  # the SVG drawn at that size, not scaled up
    return reader.read()
