"""Renders the SVG app icon: PNG sizes for the hicolor theme, or one .ico / .icns file.

    render_icons.py DIR            DIR/<size>x<size>/apps/llamadesk.png, scalable/…svg
    render_icons.py FILE.ico       Windows (256 px)
    render_icons.py FILE.icns      macOS (512 px)
"""

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


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main(target: Path) -> None:
    app = QGuiApplication(sys.argv[:1])
    svg = resources.files("llamadesk.resources").joinpath("llamadesk.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    if target.suffix in (".ico", ".icns"):
        if not render(renderer, 256 if target.suffix == ".ico" else 512).save(str(target)):
            raise SystemExit(f"could not write {target}")
        return
    for size in SIZES:
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(folder / "llamadesk.png"))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "llamadesk.svg").write_bytes(svg)
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]))
