"""A thinking model's reasoning in the chat view.

While the model thinks, a dimmed "Thinking…" block grows live above the answer;
when the answer starts it folds to one line, "Thought for 12 s", a link that a
click or Enter (Tab reaches it) opens and closes. Stored replies show the folded
line. The reasoning is never part of the answer's text: Copy copies the answer.

Every position is a QTextCursor into the view's document, so text put in or
taken out above (older messages loaded, a note) moves it along.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from llamadesk.ui import formats

# Inserts a link: (cursor, text, target, tooltip).
LinkInserter = Callable[[QTextCursor, str, str, str], None]


@dataclass
class _Folded:
    line_end: QTextCursor  # after the "Thought for…" link; the opened text goes here
    reasoning: str
    opened: QTextCursor | None = None  # the opened text, selected


class Thinking:
    def __init__(self, document: QTextDocument, insert_link: LinkInserter) -> None:
        self._document, self._insert_link = document, insert_link
        self.text_format = QTextCharFormat()
        self.note_format = QTextCharFormat()
        self.note_format.setFontItalic(formats.notes_in_italics())
        self.reasoning_format = QTextCharFormat()
        self._folded: dict[int, _Folded] = {}
        self._live: QTextCursor | None = None  # where the live block starts
        self._live_text = ""
        self._live_since = 0.0

    def set_colour(self, muted: str) -> None:
        self.reasoning_format.setForeground(QColor(muted))
        self.note_format.setForeground(QColor(muted))

    def clear(self) -> None:
        """The view shows other messages: forget every block."""
        self._folded.clear()
        self._live, self._live_text = None, ""

    # -- stored replies ----------------------------------------------------------

    def insert_folded(self, cursor: QTextCursor, message_id: int, reasoning: str,
                      thinking_ms: float | None, *, interrupted: bool = False) -> None:
        """The folded line, on a block of its own at ``cursor``."""
        cursor.insertBlock(QTextBlockFormat(), self.text_format)
        self._fold_line(cursor, message_id, reasoning, thinking_ms, interrupted)

    def _fold_line(self, cursor: QTextCursor, message_id: int, reasoning: str,
                   thinking_ms: float | None, interrupted: bool) -> None:
        translate = QCoreApplication.translate
        label = translate("Thinking", "Thought for %1").replace(
            "%1", formats.duration((thinking_ms or 0) / 1000)) if thinking_ms is not None \
            else translate("Thinking", "Thought")
        if interrupted:
            label += " " + translate("Thinking", "(interrupted)")
        self._insert_link(cursor, "▸ " + label, f"thinking/{message_id}",
                          translate("Thinking", "Show or hide how the model thought"))
        line_end = QTextCursor(self._document)
        line_end.setPosition(cursor.position())
        line_end.setKeepPositionOnInsert(True)
        self._folded[message_id] = _Folded(line_end, reasoning)

    def is_open(self, message_id: int) -> bool:
        folded = self._folded.get(message_id)
        return folded is not None and folded.opened is not None

    def toggle(self, message_id: int) -> bool:
        """Open or close a reply's reasoning; False when it has none shown."""
        folded = self._folded.get(message_id)
        if folded is None:
            return False
        if folded.opened is not None:
            folded.opened.removeSelectedText()
            folded.opened = None
            return True
        cursor = QTextCursor(self._document)
        cursor.setPosition(folded.line_end.position())
        start = cursor.position()
        cursor.insertBlock(QTextBlockFormat(), self.reasoning_format)
        cursor.insertText(folded.reasoning.strip().replace("\r", ""), self.reasoning_format)
        opened = QTextCursor(self._document)
        opened.setPosition(start)
        opened.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
        folded.opened = opened
        return True

    # -- a streaming reply -------------------------------------------------------

    @property
    def live(self) -> bool:
        return self._live is not None

    def add_live(self, end: Callable[[], QTextCursor], piece: str,
                 earlier_ms: float | None = None) -> int:
        """Grow the live block at the document's end; where the document now ends.
        ``earlier_ms``: how long a reply carried on had already thought."""
        if self._live is None:
            cursor = end()
            self._live = QTextCursor(self._document)
            self._live.setPosition(cursor.position())
            self._live.setKeepPositionOnInsert(True)
            self._live_text = ""
            self._live_since = time.monotonic() - (earlier_ms or 0.0) / 1000
            cursor.insertText(QCoreApplication.translate("Thinking", "Thinking…"),
                              self.note_format)
            cursor.insertBlock(QTextBlockFormat(), self.reasoning_format)
            piece = piece.lstrip()  # the space a tokenizer puts before the first word
        self._live_text += piece
        end().insertText(piece.replace("\r", ""), self.reasoning_format)
        return end().position()

    def fold_live(self, end: Callable[[], QTextCursor], message_id: int, *,
                  interrupted: bool = False) -> int | None:
        """The answer starts (or the reply ended while thinking): the live block
        becomes its folded line. Where the document now ends; None if nothing was live."""
        live, self._live = self._live, None
        if live is None:
            return None
        cursor = QTextCursor(self._document)
        cursor.setPosition(live.position())
        cursor.setPosition(end().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._fold_line(cursor, message_id, self._live_text,
                        (time.monotonic() - self._live_since) * 1000, interrupted)
        cursor.insertBlock(QTextBlockFormat(), self.text_format)
        return end().position()
