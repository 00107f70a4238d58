"""The conversation on screen. A streaming reply grows by inserting each piece at
the end; nothing already shown is laid out again."""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
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
        self._text_format = QTextCharFormat()
        self._label_format = QTextCharFormat()
        self._label_format.setFontWeight(QFont.Weight.Bold)
        self._label_format.setForeground(QColor("#3b5bdb"))
        self._note_format = QTextCharFormat()
        self._note_format.setFontItalic(True)
        self._note_format.setForeground(QColor("gray"))

    def show_messages(self, messages: list[MessageRecord]) -> None:
        self.clear()
        self._positions: dict[int, int] = {}
        for message in messages:
            self._positions[message.id] = self._end().position()
            self.append_message(message.role, message.content, message.finish_reason)

    def scroll_to_message(self, message_id: int) -> None:
        position = getattr(self, "_positions", {}).get(message_id)
        if position is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def show_placeholder(self, text: str) -> None:
        self.setHtml(f"<p style='color: gray'>{html.escape(text)}</p>")

    def append_message(self, role: str, content: str, finish_reason: str | None = None) -> None:
        # Explicit formats for every insert: text typed after a bold label or an
        # italic note must not inherit them.
        cursor = self._end()
        heading = QTextBlockFormat()
        if not self.document().isEmpty():
            heading.setTopMargin(12)
            cursor.insertBlock(heading, self._label_format)
        else:
            cursor.setBlockFormat(heading)
        cursor.insertText(self.tr(_ROLE_LABELS.get(role, role.title())), self._label_format)
        cursor.insertBlock(QTextBlockFormat(), self._text_format)
        cursor.insertText(content, self._text_format)
        self._add_note(cursor, finish_reason)
        self.ensureCursorVisible()

    def _add_note(self, cursor: QTextCursor, finish_reason: str | None) -> None:
        note = _NOTES.get(finish_reason or "")
        if note:
            cursor.insertText(f"  [{self.tr(note)}]", self._note_format)

    def begin_reply(self, prefix: str = "") -> None:
        self.append_message("assistant", prefix)
        self._streaming = True

    def append_reply_text(self, piece: str) -> None:
        if not self._streaming:
            return
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        self._end().insertText(piece, self._text_format)
        if following:  # only follow the reply while the user has not scrolled up
            bar.setValue(bar.maximum())

    def end_reply(self, finish_reason: str | None) -> None:
        if self._streaming:
            self._add_note(self._end(), finish_reason)
        self._streaming = False

    def _end(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor
