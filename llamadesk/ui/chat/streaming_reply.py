"""A reply as it streams into the chat view: "Writing…" until the first piece,
thinking shown live and folded when the answer starts, each piece inserted as plain
text and each finished Markdown block rendered in its place (catch_up.py), then the
reply's note, statistics and actions when it ends. Mixed into ChatView (view.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from llamadesk.storage.export.markdown_render import BlockSplitter
from llamadesk.storage.records import MessageRecord
from llamadesk.ui.chat.catch_up import Block

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from llamadesk.ui.chat.catch_up import CatchUp
    from llamadesk.ui.chat.thinking import Thinking


@dataclass
class Shown:
    record: MessageRecord
    start: QTextCursor  # at the message's first character; moves with edits above it
    label_end: QTextCursor  # after the role label: notes and actions go here
    left_out: bool = False



@dataclass
class Stream:
    reply_id: int
    label_end: QTextCursor
    message_start: QTextCursor
    splitter: BlockSplitter
    waiting: bool = False  # "Writing…" is shown until the first piece of text
    answered: bool = False  # the answer has started (after any thinking)
    rendered_any: bool = False  # a finished block has been queued


class StreamingReply:
    """Mixed into ChatView (``self`` is the view): what it uses of the view."""

    if TYPE_CHECKING:
        _stream: Stream | None
        _shown: dict[int, Shown]
        _order: list[int]
        _catch_up: CatchUp
        thinking: Thinking
        _text_format: QTextCharFormat
        _note_format: QTextCharFormat

        def document(self) -> QTextDocument: ...
        def _end(self) -> QTextCursor: ...
        def _marker(self, position: int) -> QTextCursor: ...
        def _separator(self) -> QTextBlockFormat: ...
        def _insert_header(self, cursor: QTextCursor, role: str,
                           message: MessageRecord | None,
                           versions: dict[int, tuple[int, int]]) -> int: ...
        def _insert_note(self, cursor: QTextCursor, finish_reason: str | None) -> None: ...
        def _insert_actions(self, cursor: QTextCursor, message: MessageRecord,
                            version: tuple[int, int] | None) -> None: ...
        def _insert_sources(self, cursor: QTextCursor, message: MessageRecord) -> None: ...
        def _insert_footer(self, cursor: QTextCursor, message: MessageRecord) -> None: ...
        def _stats(self, message: MessageRecord) -> str: ...
        def _reveal(self) -> None: ...

    def begin_reply(self, reply_id: int, prefix: str = "", reasoning: str = "",
                    thinking_ms: float | None = None) -> None:
        """A reply starts streaming; a reply carried on starts with what it had (its
        thinking, live again and timed on from ``thinking_ms``, and its answer)."""
        self.finish_rendering()  # the previous reply's last blocks, if still queued
        cursor = self._end()
        if not self.document().isEmpty():
            cursor.insertBlock(self._separator(), self._text_format)
        message_start = cursor.position()
        label_end = self._insert_header(cursor, "assistant", None, {})
        cursor.insertBlock(QTextBlockFormat(), self._text_format)
        self._catch_up.plain_start = cursor.position()
        # Until the first token: the prompt is being read, which can take a while.
        cursor.insertText(QCoreApplication.translate("ChatView", "Writing…"), self._note_format)
        self._stream = Stream(reply_id, self._marker(label_end), self._marker(message_start),
                               BlockSplitter(), waiting=True)
        if reasoning:
            self.append_reasoning(reasoning, thinking_ms)
        if prefix:
            self.append_reply_text(prefix)

    def _end_waiting(self, stream: Stream) -> None:
        if stream.waiting:
            stream.waiting = False
            self._catch_up.clear_plain()

    def append_reasoning(self, piece: str, earlier_ms: float | None = None) -> None:
        """A thinking model's reasoning, live and dimmed until its answer starts."""
        stream = self._stream
        if stream is None or stream.answered:
            return
        self._end_waiting(stream)
        self._catch_up.plain_start = self.thinking.add_live(self._end, piece, earlier_ms)

    def append_reply_text(self, piece: str) -> None:
        stream = self._stream
        if stream is None:
            return
        stream.answered = True
        folded = self.thinking.fold_live(self._end, stream.reply_id)
        if folded is not None:  # the answer goes below the folded line
            self._catch_up.plain_start = folded
        self._end_waiting(stream)
        # Qt reads "\r\n" as one line break and Python as two characters: without
        # "\r" the plain text's length in the document is the text's own.
        piece = piece.replace("\r", "")
        done = stream.splitter.feed(piece)
        if done:
            first = not stream.rendered_any
            stream.rendered_any = True
            self._catch_up.queue([Block(block, first=first and index == 0)
                                  for index, block in enumerate(done)])
        self._catch_up.add_text(piece)

    def end_reply(self, record: MessageRecord | None,
                  versions: dict[int, tuple[int, int]] | None = None,
                  finish_reason: str | None = None) -> None:
        """The reply is over: its note, stats and actions now; its last blocks are
        rendered in turn, as they were while it streamed."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        self._end_waiting(stream)
        # Ended while thinking (stopped, or out of tokens): the thinking stays, folded.
        folded = self.thinking.fold_live(self._end, stream.reply_id, interrupted=True)
        if folded is not None:
            self._catch_up.plain_start = folded
        self._catch_up.queue([Block(stream.splitter.pending, first=not stream.rendered_any,
                                    last=True)])
        label_end = stream.label_end.position()
        cursor = QTextCursor(stream.label_end)
        cursor.beginEditBlock()
        if record is None:
            self._insert_note(cursor, finish_reason)
        else:
            # The label's tooltip first: what is inserted after it must keep its own.
            label = QTextCursor(stream.message_start)
            label.setPosition(label_end, QTextCursor.MoveMode.KeepAnchor)
            tooltip = QTextCharFormat()
            tooltip.setToolTip(self._stats(record))
            label.mergeCharFormat(tooltip)
            self._insert_note(cursor, record.finish_reason)
            self._insert_actions(cursor, record, (versions or {}).get(record.id))
            # A fresh marker: the stream's moved along with the text put at it.
            self._shown[record.id] = Shown(record, stream.message_start,
                                            self._marker(label_end))
            self._order.append(record.id)
            if record.sources:
                # Below the reply's text, which is still being rendered.
                self._catch_up.after_render(
                    lambda: self._insert_sources(self._end(), record))
            self._catch_up.after_render(lambda: self._insert_footer(self._end(), record))
        cursor.endEditBlock()
        self._reveal()

    @property
    def rendering(self) -> bool:
        """Finished blocks of the reply are still shown as plain text."""
        return self._catch_up.rendering

    def finish_rendering(self) -> None:
        """Render every queued block now."""
        self._catch_up.finish()
