"""A reply's Markdown in the chat view's document: rendered with raw HTML off, each
code block under a bar with its language and a Copy link.

Qt's rich text has its own limits, met here: a very long unbroken run lays out in
quadratic time, each line of a <pre> becomes a spaced paragraph, tables have no
nth-child, and every frame makes later edits slower.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextOption

from llamadesk.storage.export.markdown_render import markdown_with_code_blocks
from llamadesk.ui.style.tokens import Palette, palette_for

SCHEME = "llamadesk"
_LONG_RUN = re.compile(r"\S{200,}")
_ROW = re.compile(r"<tr>")
# A code block's header bar is the block with this user state. Its text is inset by
# two spaces on the left (an indent would not be shaded: about 8 px), and its Copy
# link's tab stop is this far from the right edge.
_CODE_BAR = 0x0C0DE
_CODE_BAR_RIGHT_INSET = 8


def breakable(text: str) -> str:
    """Qt lays out one very long unbroken run in quadratic time (a 1 MB paste froze
    the view for minutes): allow a line break every 100 characters inside such runs.
    Only the display changes; copying takes the stored text."""
    if not _LONG_RUN.search(text):
        return text
    return _LONG_RUN.sub(lambda run: "\u200b".join(
        run[0][i:i + 100] for i in range(0, len(run[0]), 100)), text)


def _zebra(markup: str) -> str:
    """Every other body row of each table shaded (Qt's rich text has no nth-child)."""
    if "<table" not in markup:
        return markup
    count = 0

    def row(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "<tr class='odd'>" if count % 2 == 0 else match[0]

    return _ROW.sub(row, markup)


def _tight_pre(piece: str) -> str:
    """``piece`` ends inside a <pre> (if it has one): its newlines become <br>."""
    start = piece.rfind("<pre")
    if start < 0:
        return piece
    code = piece[start:].rstrip("\n")
    return piece[:start] + code.replace("\n", "<br>")


class MarkdownWriter:
    """Puts rendered Markdown into ``document``; ``code`` keeps each code block's text
    as written, for its Copy link (``SCHEME:code/<number>``)."""

    def __init__(self, document: QTextDocument, copy_label: Callable[[], str]) -> None:
        self.document = document
        self.code: dict[int, str] = {}
        self.palette: Palette = palette_for(False)
        self._copy_label = copy_label  # the view's translation of "Copy code"

    def insert(self, cursor: QTextCursor, text: str, *, after: bool = False) -> None:
        """``after``: the cursor is on the empty line left after a rendered block."""
        if not text.strip():
            return
        shown = breakable(text)
        rendered, blocks = markdown_with_code_blocks(shown)
        if shown is not text:  # copy the code as written, without the break points
            blocks = markdown_with_code_blocks(text)[1]
        pieces = _zebra(rendered).split("</pre>")
        # Qt makes each line of a <pre> its own paragraph, spaced apart; line breaks
        # keep a code block one tight block with one background.
        pieces = [_tight_pre(piece) for piece in pieces]
        out = []
        copy_label = html.escape(self._copy_label())
        for index, piece in enumerate(pieces):
            if index < len(blocks):
                # A header bar above each code block: its language, and Copy.
                language, code = blocks[index]
                number = len(self.code)
                self.code[number] = code
                at = piece.rfind("<pre")
                # A paragraph, not a table: every table is a frame, and each frame in
                # the document makes every later edit of it slower (a streaming reply
                # with 250 code blocks took 3-5 ms per block instead of 0.1 ms).
                # "Copy" sits on a right tab stop, placed for the column's width.
                p = self.palette
                bar = (f"<p style='-qt-user-state: {_CODE_BAR}; white-space: pre; "
                       f"background-color: {p.hover}; color: {p.muted}; "
                       f"margin-top: 6px; margin-bottom: 0'>"
                       f"  {html.escape(language)}\t"
                       f"<a href='{SCHEME}:code/{number}'>{copy_label}</a></p>")
                if at >= 0:  # the bar and its code touch
                    piece = piece[:at] + bar + "<pre style='margin-top: 0'" + piece[at + 4:]
                out.append(piece + "</pre>")
            else:
                out.append(piece)
        markup = "".join(out).strip()  # whitespace would become a space or a paragraph
        if after and markup.startswith("<table") and cursor.atBlockStart():
            # A table put on an empty line keeps that line above it, which the same
            # blocks rendered together do not have.
            cursor.deletePreviousChar()
        start = cursor.position()
        cursor.insertHtml(markup)
        if blocks:
            self.place_code_bars(start, cursor.position())

    def place_code_bars(self, start: int = 0, end: int | None = None) -> None:
        """Put each code bar's right tab stop (for its Copy link) at the right edge of
        the reading column, for the bars between start and end (all by default)."""
        document = self.document
        frame = document.rootFrame().frameFormat()
        # The root frame's side margins are the column's (they replace the document
        # margin on those sides).
        width = (document.textWidth() - frame.leftMargin() - frame.rightMargin()
                 - _CODE_BAR_RIGHT_INSET)
        if width <= 0:
            return  # not laid out yet: placed when the view gets its size
        tab = QTextBlockFormat()
        tab.setTabPositions([QTextOption.Tab(width, QTextOption.TabType.RightTab)])
        block = document.findBlock(start)
        last = document.characterCount() if end is None else end
        while block.isValid() and block.position() <= last:
            if block.userState() == _CODE_BAR:
                QTextCursor(block).mergeBlockFormat(tab)
            block = block.next()
