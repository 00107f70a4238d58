"""An image shown large: a message's picture, or one about to be sent. Esc or the
window's close button closes it; it scales with the window, never above 100 %."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


class ImageViewer(QDialog):
    def __init__(self, data: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("image_viewer")
        self.setWindowTitle(name or self.tr("Image"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._pixmap = QPixmap.fromImage(QImage.fromData(data))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(name or self.tr("Image"))
        self.picture.setMinimumSize(64, 64)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        screen = (parent.screen() if parent is not None else self.screen()).availableSize()
        width = min(self._pixmap.width(), int(screen.width() * 0.8))
        height = min(self._pixmap.height(), int(screen.height() * 0.8))
        self.resize(max(width, 200), max(height, 150))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._pixmap.isNull():
            return
        size = self.picture.size()
        if self._pixmap.width() <= size.width() and self._pixmap.height() <= size.height():
            self.picture.setPixmap(self._pixmap)
        else:
            self.picture.setPixmap(self._pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))


def open_image(parent: QWidget, data: bytes, name: str) -> ImageViewer:
    viewer = ImageViewer(data, name, parent)
    viewer.open()
    return viewer
