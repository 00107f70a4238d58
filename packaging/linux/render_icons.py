"""Renders the SVG app icon to the PNG sizes desktops look for (hicolor theme)."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(target: Path) -> None:
    app = QGuiApplication(sys.argv[:1])
    svg = resources.files("llamadesk.resources").joinpath("llamadesk.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / "llamadesk.png"))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "llamadesk.svg").write_bytes(svg)
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]))
