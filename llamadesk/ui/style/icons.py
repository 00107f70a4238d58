"""The icon set (resources/icons/*.svg), tinted from the palette.

The SVGs draw in "currentColor": the colour asked for replaces it before Qt's
SVG reader renders them, so one file serves both themes.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    svg = resources.files("llamadesk.resources").joinpath(f"icons/{name}.svg").read_text(
        "utf-8").replace("currentColor", colour)
    pixmap = QPixmap(size, size)
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return QIcon(pixmap)
