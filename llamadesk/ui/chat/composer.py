"""The message box: grows with its text; Enter (or Ctrl+Enter) sends.

Its height is measured again whenever its style or font changes: measured before
the stylesheet's padding applied, the empty box changed height at the first send.
The scroll bar shows only once the text is taller than the box can grow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MIN_LINES, MAX_LINES = 2, 10


class Composer(QPlainTextEdit):
    """Signals: send_requested(str) with the stripped text (maybe empty) when the send
    key is pressed; send_key_changed() when Enter and Ctrl+Enter swap roles;
    images_given(paths or PNG bytes) for images dropped or pasted."""

    send_requested = Signal(str)
    send_key_changed = Signal()
    # Dropped or pasted: image files (list[Path]) or a picture (PNG bytes).
    images_given = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setTabChangesFocus(True)
        self.ctrl_enter_sends = False
        self._update_placeholder()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(_image_paths(source)) or source.hasImage() \
            or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """A picture or image files go to the attachments; text is typed as ever."""
        paths = _image_paths(source)
        if paths:
            self.images_given.emit(paths)
            return
        if source.hasImage():
            picture = source.imageData()
            if isinstance(picture, QImage) and not picture.isNull():
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                picture.save(buffer, "PNG")  # type: ignore[call-overload]
                self.images_given.emit(bytes(data.data()))
                return
        super().insertFromMimeData(source)

    def set_send_key(self, key: str) -> None:
        """"enter": Enter sends, Shift+Enter is a new line; "ctrl_enter": the reverse."""
        self.ctrl_enter_sends = key == "ctrl_enter"
        self._update_placeholder()
        self.send_key_changed.emit()

    def take_early_text(self, text: str) -> None:
        """Keys typed into the window's first frame, before this box existed."""
        if text:
            self.setPlainText(text)
            self.moveCursor(QTextCursor.MoveOperation.End)

    def send_keys(self) -> tuple[str, str]:
        """(the key that sends, the key for a new line), as set now."""
        return ("Ctrl+Enter", "Enter") if self.ctrl_enter_sends else ("Enter", "Shift+Enter")

    def _update_placeholder(self) -> None:
        # The keys are said once, in the hint under the box (ChatPane).
        self.setPlaceholderText(self.tr("Message…"))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange):
            self._fit()
        return handled

    def _fit(self) -> None:
        # Grow with the text, from two lines up to ten; then it scrolls.
        needed = int(self.document().size().height())
        lines = max(MIN_LINES, min(MAX_LINES, needed))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed > MAX_LINES
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * lines + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom())
        if self.height() != int(height):
            self.setFixedHeight(int(height))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        modifiers = event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        sends = control if self.ctrl_enter_sends else not shift and not control
        if enter and sends:
            # Even empty: a message may be its images alone (the controller decides).
            self.send_requested.emit(self.toPlainText().strip())
            event.accept()
            return
        if enter and self.ctrl_enter_sends and not control:
            self.insertPlainText("\n")
            event.accept()
            return
        super().keyPressEvent(event)


_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif")


def _image_paths(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(_IMAGE_SUFFIXES)]
