"""A reply's tool calls in the chat view: between its rounds of text, one compact
line per call ("⚙ math › add: done"), a link that a click or Enter opens to show
the arguments and the result, and closes again. Folded, as the thinking is."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from llamadesk.storage.records import MessageRecord, ToolCallRecord

# Inserts a link: (cursor, text, target, tooltip).
LinkInserter = Callable[[QTextCursor, str, str, str], None]
# Renders text as the reply's own (Markdown) at the cursor.
BodyInserter = Callable[[QTextCursor, str], None]


@dataclass
class _Call:
    line_end: QTextCursor
    call: ToolCallRecord
    opened: QTextCursor | None = None


def status_text(status: str) -> str:
    translate = QCoreApplication.translate
    return {"done": translate("ToolBlocks", "done"),
            "denied": translate("ToolBlocks", "not allowed"),
            "failed": translate("ToolBlocks", "failed"),
            "cancelled": translate("ToolBlocks", "stopped")}.get(status, status)


class ToolBlocks:
    def __init__(self, document: QTextDocument, insert_link: LinkInserter) -> None:
        self._document, self._insert_link = document, insert_link
        self.text_format = QTextCharFormat()
        self.detail_format = QTextCharFormat()
        self._calls: dict[str, _Call] = {}

    def set_colour(self, muted: str) -> None:
        self.detail_format.setForeground(QColor(muted))

    def clear(self) -> None:
        self._calls.clear()

    def insert_rounds(self, cursor: QTextCursor, message: MessageRecord,
                      insert_body: BodyInserter) -> None:
        """Each round's text, then a line per call, at ``cursor``."""
        for number, done in enumerate(message.tool_rounds):
            if done.text:
                insert_body(cursor, done.text)
            for index, call in enumerate(done.calls):
                cursor.insertBlock(QTextBlockFormat(), self.text_format)
                key = f"{message.id}/{number}/{index}"
                where = f"{call.server} \u203a {call.name}" if call.server else call.name
                self._insert_link(cursor, f"\u2699 {where}: {status_text(call.status)}",
                                  f"toolcall/{key}", QCoreApplication.translate(
                                      "ToolBlocks", "Show or hide what was sent and what "
                                      "came back"))
                line_end = QTextCursor(self._document)
                line_end.setPosition(cursor.position())
                line_end.setKeepPositionOnInsert(True)
                self._calls[key] = _Call(line_end, call)

    def has(self, key: str) -> bool:
        """Whether call ``key`` ("reply id/round/call") is shown."""
        return key in self._calls

    def is_open(self, key: str) -> bool:
        shown = self._calls.get(key)
        return shown is not None and shown.opened is not None

    def toggle(self, key: str) -> bool:
        shown = self._calls.get(key)
        if shown is None:
            return False
        if shown.opened is not None:
            shown.opened.removeSelectedText()
            shown.opened = None
            return True
        translate = QCoreApplication.translate
        cursor = QTextCursor(self._document)
        cursor.setPosition(shown.line_end.position())
        start = cursor.position()
        cursor.insertBlock(QTextBlockFormat(), self.detail_format)
        cursor.insertText(translate("ToolBlocks", "Sent:") + " " + _pretty(shown.call.arguments),
                          self.detail_format)
        cursor.insertBlock(QTextBlockFormat(), self.detail_format)
        cursor.insertText(translate("ToolBlocks", "Came back:") + " "
                          + (shown.call.result.strip() or "\u2014").replace("\r", ""),
                          self.detail_format)
        opened = QTextCursor(self._document)
        opened.setPosition(start)
        opened.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
        shown.opened = opened
        return True


def _pretty(arguments: str) -> str:
    try:
        return json.dumps(json.loads(arguments), ensure_ascii=False)
    except ValueError:
        return arguments
