"""A message's images in the chat view: thumbnails on the message's band, each a
link (llamadesk:image/<sha256>) that a click, or Enter on it, opens large. The
pictures come from the history when the view first asks for them (loadResource),
read and scaled off the GUI thread (a photo is megabytes), then kept while the
view lives; the thumbnail's box is sized from the start, so nothing moves when it
arrives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit

from llamadesk.storage.records import MessageRecord
from llamadesk.ui.background import run_in_background

SCHEME = "llamadesk-image"
THUMB = 160


class ImageBlocks:
    def __init__(self, view: QTextEdit, link_scheme: str) -> None:
        self._view, self._link_scheme = view, link_scheme
        # The history's bytes of an image, by SHA-256 (set by the chat controller).
        self.source: Callable[[str], bytes] | None = None
        self._thumbs: dict[str, QImage] = {}
        self._pending: set[str] = set()  # being read and scaled

    def insert(self, cursor: QTextCursor, message: MessageRecord, band: QColor | None) -> None:
        block = QTextBlockFormat()
        if band is not None:
            block.setBackground(band)
        cursor.insertBlock(block)
        for image in message.images:
            scale = min(1.0, THUMB / max(image.width, image.height, 1))
            shown = QTextImageFormat()
            shown.setName(f"{SCHEME}:{image.sha256}")
            shown.setWidth(max(1, round(image.width * scale)))
            shown.setHeight(max(1, round(image.height * scale)))
            shown.setAnchor(True)
            shown.setAnchorHref(f"{self._link_scheme}:image/{image.sha256}")
            shown.setToolTip(QCoreApplication.translate(
                "ChatView", "%1 (%2 × %3): click to open").replace(
                "%1", image.name or QCoreApplication.translate("ChatView", "image"))
                .replace("%2", str(image.width)).replace("%3", str(image.height)))
            cursor.insertImage(shown)
            cursor.insertText(" ")

    def thumbnail(self, url: QUrl) -> QImage | None:
        """The thumbnail if it is ready; else None, and it is made in the background
        and handed to the document when done."""
        sha256 = url.path()
        if sha256 in self._thumbs:
            return self._thumbs[sha256]
        if sha256 not in self._pending and self.source is not None:
            self._pending.add(sha256)
            source, ratio = self.source, self._view.devicePixelRatioF()
            run_in_background(lambda: _scaled(source(sha256), ratio),
                              lambda thumb: self._arrived(url, thumb),
                              lambda _error: self._pending.discard(sha256))
        return None

    def _arrived(self, url: QUrl, thumb: QImage | None) -> None:
        self._pending.discard(url.path())
        if thumb is None:
            return
        self._thumbs[url.path()] = thumb
        self._view.document().addResource(QTextDocument.ResourceType.ImageResource, url,
                                          thumb)
        self._view.viewport().update()

    def open(self, sha256: str) -> None:
        from llamadesk.ui.chat.image_viewer import open_image

        data = self._data(sha256)
        if data is not None:
            open_image(self._view, data, "")

    def _data(self, sha256: str) -> bytes | None:
        if self.source is None:
            return None
        try:
            return self.source(sha256)
        except Exception:  # noqa: BLE001 - a picture the history lost shows as nothing
            return None


def _scaled(data: bytes, ratio: float) -> QImage | None:
    picture = QImage.fromData(data)
    if picture.isNull():
        return None
    thumb = picture.scaled(int(THUMB * ratio), int(THUMB * ratio),
                           Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    thumb.setDevicePixelRatio(ratio)
    return thumb
