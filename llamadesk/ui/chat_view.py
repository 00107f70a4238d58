"""The conversation on screen. A streaming reply grows by inserting each piece at
the end; nothing already shown is laid out again."""

from __future__ import annotations

import html

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from llamadesk.storage.records import MessageRecord

_ROLE_LABELS = {"user": "You", "assistant": "Assistant", "system": "System"}
_NOTES = {
    "cancelled": "stopped",
    "interrupted": "interrupted: LlamaDesk closed before this reply ended",
    "error": "failed",
}


class ChatView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_view")
        self.setOpenExternalLinks(True)
        self.setOpenLinks(True)
        self._streaming = False

    def show_messages(self, messages: list[MessageRecord]) -> None:
        self.clear()
        for message in messages:
            self.append_message(message.role, message.content, message.finish_reason)

    def show_placeholder(self, text: str) -> None:
        self.setHtml(f"<p style='color: gray'>{html.escape(text)}</p>")

    def append_message(self, role: str, content: str, finish_reason: str | None = None) -> None:
        cursor = self._end()
        if not self.document().isEmpty():
            cursor.insertBlock()
        label = self.tr(_ROLE_LABELS.get(role, role.title()))
        cursor.insertHtml(f"<b>{html.escape(label)}</b>")
        cursor.insertBlock()
        cursor.insertText(content)
        note = _NOTES.get(finish_reason or "")
        if note:
            cursor.insertHtml(f" <i style='color: gray'>[{html.escape(self.tr(note))}]</i>")
        self.ensureCursorVisible()

    def begin_reply(self) -> None:
        self.append_message("assistant", "")
        self._streaming = True

    def append_reply_text(self, piece: str) -> None:
        if not self._streaming:
            return
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        self._end().insertText(piece)
        if following:  # only follow the reply while the user has not scrolled up
            bar.setValue(bar.maximum())

    def end_reply(self, finish_reason: str | None) -> None:
        note = _NOTES.get(finish_reason or "")
        if self._streaming and note:
            self._end().insertHtml(f" <i style='color: gray'>[{html.escape(self.tr(note))}]</i>")
        self._streaming = False

    def _end(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor
