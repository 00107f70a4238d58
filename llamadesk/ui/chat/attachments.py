"""Images attached to the message being written: added by the Attach button, by
dropping files or pictures on the composer, or by pasting; shown as thumbnails
above it, each removable (its × button, or Delete on it). Files are read off the
GUI thread (engine/images.py checks each); a bad one is said in a sentence and
the others stay."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QToolButton, QWidget

from llamadesk.engine.images import ImageInput
from llamadesk.ui import formats
from llamadesk.ui.background import run_in_background
from llamadesk.ui.chat.image_viewer import open_image
from llamadesk.ui.messages import message_of

THUMB = 56
# At most this many images ride on one message (a projector reads each in full).
MAX_IMAGES = 8


# What reading a file gives: the image and its thumbnail, or why it was refused.
Read = tuple[ImageInput, QImage] | Exception


def _read(data: bytes, name: str) -> tuple[ImageInput, QImage]:
    """Checked and thumbnailed on a worker thread: a photo is megabytes to decode."""
    from llamadesk.engine.images import read_image

    image = read_image(data, name)
    thumb = QImage.fromData(data).scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
    return image, thumb


def image_filter() -> str:
    return "*.png *.jpg *.jpeg *.webp *.gif"


class _Thumb(QToolButton):
    """One attached image: its picture; Delete or Backspace removes it."""

    removed = Signal(str)
    opened = Signal(object)

    def __init__(self, image: ImageInput, thumb: QImage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sha256 = image.sha256
        self.setIcon(QIcon(QPixmap.fromImage(thumb)))
        self.setIconSize(QSize(THUMB, THUMB))
        self.setAutoRaise(True)
        name = image.name or self.tr("image")
        self.setToolTip(self.tr("%1 (%2 × %3, %4)").replace("%1", name)
                        .replace("%2", str(image.width)).replace("%3", str(image.height))
                        .replace("%4", formats.size(len(image.data))))
        self.setAccessibleName(self.tr("Attached image %1").replace("%1", name))
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.opened.emit(image))
        menu.addAction(self.tr("Remove"), lambda: self.removed.emit(self.sha256))
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removed.emit(self.sha256)
            return
        super().keyPressEvent(event)


class AttachmentStrip(QWidget):
    """Signals: refused(str) with why a file was not attached; changed() when the
    images change."""

    refused = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self._images: list[ImageInput] = []
        self._thumbs: dict[str, QImage] = {}  # made with each image, off the GUI thread
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.dialog: QFileDialog | None = None
        self.hide()

    def images(self) -> tuple[ImageInput, ...]:
        return tuple(self._images)

    def take(self) -> tuple[ImageInput, ...]:
        """The images, handed over with the message; the strip empties."""
        taken = self.images()
        self.clear()
        return taken

    def clear(self) -> None:
        self._images.clear()
        self._thumbs.clear()
        self._rebuild()

    def choose(self, parent: QWidget) -> None:
        """The Attach button: a non-blocking file dialog for images."""
        dialog = QFileDialog(parent, self.tr("Attach images"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Images (%1)").replace("%1", image_filter())])
        dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        dialog.open()
        self.dialog = dialog

    def add_files(self, paths: Sequence[Path]) -> None:
        """Read and check ``paths`` off the GUI thread; attach those that are images."""
        def read() -> list[Read]:
            from llamadesk.engine.images import ImageError

            found: list[Read] = []
            for path in paths:
                try:
                    found.append(_read(path.read_bytes(), path.name))
                except ImageError as error:
                    found.append(error)
                except OSError as error:
                    found.append(ImageError(f"{path.name}: {error.strerror or error}"))
            return found
        run_in_background(read, self._add_read)

    def add_data(self, data: bytes, name: str) -> None:
        """A pasted picture (PNG bytes from the clipboard)."""
        def read() -> list[Read]:
            from llamadesk.engine.images import ImageError

            try:
                return [_read(data, name)]
            except ImageError as error:
                return [error]
        run_in_background(read, self._add_read)

    def _add_read(self, found: list[Read]) -> None:
        problems = []
        for item in found:
            if isinstance(item, Exception):
                problems.append(message_of(item))
            elif len(self._images) >= MAX_IMAGES:
                problems.append(self.tr("At most %1 images go with one message.")
                                .replace("%1", str(MAX_IMAGES)))
            elif all(known.sha256 != item[0].sha256 for known in self._images):
                self._images.append(item[0])
                self._thumbs[item[0].sha256] = item[1]
        self._rebuild()
        if problems:
            self.refused.emit(" ".join(dict.fromkeys(problems)))

    def remove(self, sha256: str) -> None:
        self._images = [image for image in self._images if image.sha256 != sha256]
        self._thumbs.pop(sha256, None)
        self._rebuild()

    def _rebuild(self) -> None:
        while self._row.count() > 1:
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, image in enumerate(self._images):
            thumb = _Thumb(image, self._thumbs[image.sha256], self)
            thumb.removed.connect(self.remove)
            thumb.opened.connect(lambda shown: open_image(self, shown.data, shown.name))
            self._row.insertWidget(index, thumb)
        self.setVisible(bool(self._images))
        self.changed.emit()
