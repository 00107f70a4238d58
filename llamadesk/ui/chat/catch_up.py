"""A streaming reply on screen: plain text at once, each finished Markdown block
rendered in its place a few milliseconds at a time.

The reply's plain (not yet rendered) text starts at ``plain_start``: first the
finished blocks waiting to be rendered, in order, then the block still being
written. Rendering a block replaces its plain text; nothing else is laid out
again. It is queued and done between other events: a fast model finishes a dozen
code blocks in one frame, and rendering them at once held the window still for a
tenth of a second.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from llamadesk.ui.chat.markdown import MarkdownWriter

# How long one turn of the event loop may spend rendering finished blocks.
_RENDER_SLICE_S = 0.004
# Finished blocks waiting to be rendered are joined up to this many characters and
# rendered in one step (a paragraph is usually one step of its own).
_RENDER_BATCH_CHARS = 300
# At most this many characters of plain text are shown ahead of blocks waiting to be
# rendered.
_PLAIN_AHEAD = 1_000


@dataclass
class Block:
    """A finished Markdown block of the reply, shown as plain text until rendered."""
    text: str
    first: bool = False  # the reply's first block: it follows the header
    last: bool = False  # the reply's final block: nothing follows it


def _utf16_length(text: str) -> int:
    """Positions in a QTextDocument count UTF-16 units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


class CatchUp(QObject):
    def __init__(self, document: QTextDocument, markdown: MarkdownWriter,
                 text_format: QTextCharFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.markdown = markdown
        self.text_format = text_format
        self.plain_start = 0
        self._unrendered: deque[Block] = deque()
        # How many characters of the plain text are in the document, and the rest of
        # the reply so far, held back: while finished blocks wait to be rendered, at
        # most _PLAIN_AHEAD characters are shown ahead of them. Each rendering moves
        # every character after it, so a reply that outruns the view would otherwise
        # make each step slower than the last (3-6 ms a block with 28,000 characters
        # waiting, against 0.5 ms).
        self._plain_chars = 0
        self._held = ""
        # Run once the reply's last block is rendered (its sources go below it).
        self._after_render: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render_some)
        self._own_edit = False
        document.contentsChange.connect(self._on_contents_change)

    def reset(self) -> None:
        """The document was cleared: nothing is waiting."""
        self._unrendered.clear()
        self._plain_chars, self._held = 0, ""
        self._after_render.clear()

    def clear_plain(self) -> None:
        """Take out what stands where the reply's text will go ("Writing…")."""
        cursor = self._end()
        cursor.setPosition(self.plain_start, QTextCursor.MoveMode.KeepAnchor)
        self._edit(cursor.removeSelectedText)

    def queue(self, blocks: list[Block]) -> None:
        self._unrendered.extend(blocks)
        self._timer.start(0)

    def add_text(self, piece: str) -> None:
        self._held += piece
        self._show_held()

    def after_render(self, callback: Callable[[], None]) -> None:
        self._after_render.append(callback)

    @property
    def rendering(self) -> bool:
        """Finished blocks of the reply are still shown as plain text."""
        return bool(self._unrendered)

    def finish(self) -> None:
        """Render every queued block now."""
        while self._unrendered:
            self._render_block(self._unrendered.popleft())
        self._show_held()
        self._timer.stop()
        self._rendered_all()

    def _show_held(self) -> None:
        """Put held-back text at the end of the document while there is room: all of
        it when nothing waits to be rendered (a long block being written is shown
        whole)."""
        if not self._held:
            return
        room = len(self._held) if not self._unrendered else _PLAIN_AHEAD - self._plain_chars
        if room <= 0:
            return
        shown, self._held = self._held[:room], self._held[room:]
        self._edit(lambda: self._end().insertText(shown, self.text_format))
        self._plain_chars += len(shown)

    def _rendered_all(self) -> None:
        callbacks, self._after_render = self._after_render, []
        for callback in callbacks:
            callback()

    def _render_some(self) -> None:
        deadline = time.perf_counter() + _RENDER_SLICE_S
        while self._unrendered:
            self._render_block(self._next_batch())
            if time.perf_counter() > deadline:
                break
        self._show_held()
        if self._unrendered:
            self._timer.start(0)
        else:
            self._rendered_all()

    def _next_batch(self) -> Block:
        """The next queued blocks, joined into one, up to _RENDER_BATCH_CHARS: each
        rendering moves all the plain text after it, so a reply that outruns the view
        (hundreds of blocks a second) is caught up in a few large steps, not many
        small ones."""
        batch = [self._unrendered.popleft()]
        size = len(batch[0].text)
        while self._unrendered and size + len(self._unrendered[0].text) <= _RENDER_BATCH_CHARS:
            batch.append(self._unrendered.popleft())
            size += len(batch[-1].text)
        if len(batch) == 1:
            return batch[0]
        return Block("".join(block.text for block in batch), first=batch[0].first,
                     last=batch[-1].last)

    def _render_block(self, block: Block) -> None:
        """The block's plain text, at the start of the plain text, gives way to its
        rendering (what of it was held back is dropped)."""
        shown = min(len(block.text), self._plain_chars)
        self._plain_chars -= shown
        self._held = self._held[len(block.text) - shown:]
        cursor = QTextCursor(self.document)
        cursor.setPosition(self.plain_start)
        cursor.setPosition(min(self.plain_start + _utf16_length(block.text[:shown]),
                               self._end().position()), QTextCursor.MoveMode.KeepAnchor)

        def render() -> None:
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            if block.text.strip():
                self.markdown.insert(cursor, block.text, after=not block.first)
                if not block.last:
                    cursor.insertBlock(QTextBlockFormat(), self.text_format)
            cursor.endEditBlock()
            self.plain_start = cursor.position()

        self._edit(render)

    def _edit(self, change: Callable[[], object]) -> None:
        """Run one of its own changes to the reply's plain text (which moves
        plain_start itself)."""
        self._own_edit = True
        try:
            change()
        finally:
            self._own_edit = False

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        # Text put in or taken out above the reply (older messages loaded, a note on
        # a header) moves where its plain text starts.
        if not self._own_edit and position < self.plain_start:
            self.plain_start = max(position, self.plain_start + added - removed)

    def _end(self) -> QTextCursor:
        cursor = QTextCursor(self.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor
