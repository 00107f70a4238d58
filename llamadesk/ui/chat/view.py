"""The conversation on screen.

Windowed: the view holds a slice of the branch (the newest messages when a
conversation opens) and loads older ones as it is scrolled to the top, so a
10,000-message conversation costs what one screen shows.

A streaming reply grows by inserting each piece as plain text at the end; each
finished Markdown block is then rendered in its place (streaming_reply.py,
catch_up.py; the rendering itself is markdown.py).

Everything shown is untrusted: Markdown is rendered with raw HTML off, links
open in the system browser only when clicked, and no resource is ever loaded.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolButton, QWidget

from llamadesk.storage.export.markdown_render import code_style_css
from llamadesk.storage.records import MessageRecord, Source, file_uri
from llamadesk.ui import formats
from llamadesk.ui.chat.catch_up import CatchUp
from llamadesk.ui.chat.image_blocks import SCHEME as IMAGE_SCHEME
from llamadesk.ui.chat.image_blocks import ImageBlocks
from llamadesk.ui.chat.markdown import SCHEME, MarkdownWriter, breakable
from llamadesk.ui.chat.message_actions import ICON_SCHEME, MessageActions
from llamadesk.ui.chat.streaming_reply import Shown, Stream, StreamingReply
from llamadesk.ui.chat.thinking import Thinking
from llamadesk.ui.chat.tool_blocks import ToolBlocks
from llamadesk.ui.style.tokens import READING_WIDTH, S, palette_for

_EXTERNAL = ("http", "https", "mailto")
# ChatView.placeholder while an empty chat shows its starters.
_STARTERS = "starters"
# A source's passage in its tooltip, at most this many characters.
_PASSAGE_TIP = 600


class ChatView(MessageActions, StreamingReply, QTextBrowser):
    """Signals: action_requested(str action, int message_id) for "edit", "regenerate",
    "continue", "previous" and "next"; earlier_requested() when scrolled to the top of
    a window with older messages; latest_requested() to show the newest messages."""

    action_requested = Signal(str, int)
    earlier_requested = Signal()
    latest_requested = Signal()
    starter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The text shown while there are no messages ("No model is loaded…"), or "".
        self.placeholder = ""
        self._starters: list[str] = []
        self.editing: int | None = None  # the message tinted by mark_editing
        self.setObjectName("chat_view")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._on_anchor)
        self.has_more_above = False
        self.has_more_below = False
        self._shown: dict[int, Shown] = {}
        self._order: list[int] = []
        self._stream: Stream | None = None
        # Each shown reply's sources, for their links: message id -> sources.
        self._sources: dict[int, tuple[Source, ...]] = {}
        self._build_formats()
        self._markdown = MarkdownWriter(self.document(), lambda: self.tr("Copy code"))
        self._catch_up = CatchUp(self.document(), self._markdown, self._text_format, self)
        self.thinking = Thinking(self.document(), self._insert_link)
        self.tool_blocks = ToolBlocks(self.document(), self._insert_link)
        self.image_blocks = ImageBlocks(self, SCHEME)
        # The code bars' tab stops follow the column's width once resizing pauses: a
        # walk over every block is too much for each step of a drag.
        self._bars_timer = QTimer(self)
        self._bars_timer.setSingleShot(True)
        self._bars_timer.setInterval(60)
        self._bars_timer.timeout.connect(self._markdown.place_code_bars)
        self._follow = True
        # True while the view changes itself: its own scrolling must not ask for more.
        self._filling = False
        self._dark = False
        # Action buttons are drawn for these messages only: the one under the pointer,
        # the one whose button has keyboard focus, and the newest.
        self._hovered: int | None = None
        self._focused: int | None = None
        self._revealed: set[int] = set()
        # message id -> its action buttons: (action, name)
        self._actions: dict[int, list[tuple[str, str]]] = {}
        self._icons: dict[tuple[str, bool], QImage] = {}
        self.setMouseTracking(True)
        self.set_dark(False)

        self.jump_button = QToolButton(self)
        self.jump_button.setObjectName("jump_to_latest")
        self.jump_button.setText(self.tr("↓ Latest"))
        self.jump_button.setToolTip(self.tr("Jump to the latest message"))
        self.jump_button.setAccessibleName(self.tr("Jump to latest"))
        self.jump_button.clicked.connect(self.jump_to_latest)
        self.jump_button.hide()
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)

    # -- look ----------------------------------------------------------------

    def _build_formats(self) -> None:
        self._text_format = QTextCharFormat()
        self._label_format = QTextCharFormat()
        self._label_format.setFontWeight(QFont.Weight.Bold)
        self._note_format = QTextCharFormat()
        self._note_format.setFontItalic(formats.notes_in_italics())
        self._link_format = QTextCharFormat()
        self._link_format.setAnchor(True)
        self._left_out_format = QTextCharFormat(self._note_format)

    def set_dark(self, dark: bool) -> None:
        """Colours for the theme (ui/style/tokens.py); applies to what is shown from
        now on (the window re-opens the conversation when the theme changes)."""
        self._dark = dark
        p = palette_for(dark)
        self._palette = p
        self._icons.clear()
        self._label_format.setForeground(QColor(p.accent))
        self._link_format.setForeground(QColor(p.accent))
        self._note_format.setForeground(QColor(p.muted))
        self.thinking.set_colour(p.muted)
        self.tool_blocks.set_colour(p.muted)
        self._palette = p
        self._markdown.palette = p
        self.document().setDefaultStyleSheet(
            code_style_css("monokai" if dark else "default", "code")
            + f"pre {{ background-color: {p.code}; }}"
            + f"th, td {{ border: 1px solid {p.border}; padding: 4px 8px; }}"
            + f"th {{ background-color: {p.code}; }}"
            + f"tr.odd {{ background-color: {p.surface}; }}"
            + "table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }"
            + f"a {{ color: {p.accent}; }}")

    # -- showing a conversation ----------------------------------------------

    def show_messages(self, messages: list[MessageRecord],
                      versions: dict[int, tuple[int, int]] | None = None, *,
                      more_above: bool = False, more_below: bool = False,
                      left_out: tuple[int, ...] = ()) -> None:
        """Show this slice of a branch, newest at the bottom."""
        self.placeholder = ""
        self.thinking.clear()
        self.tool_blocks.clear()
        self._filling = True
        self.has_more_above = self.has_more_below = False
        self.clear()
        self._shown.clear()
        self._order.clear()
        self._markdown.code.clear()
        self._actions.clear()
        self._revealed.clear()
        self._hovered = self._focused = None
        self._stream = None
        self._catch_up.reset()
        self._sources.clear()
        self.has_more_above, self.has_more_below = more_above, more_below
        self._insert(0, messages, versions or {})
        if more_below:
            cursor = self._end()
            cursor.insertBlock(QTextBlockFormat(), self._text_format)
            self._insert_link(cursor, self.tr("Show the latest messages ›"), "latest")
        self.mark_left_out(left_out)
        self._follow = not more_below
        if self._follow:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        self._filling = False

    def prepend_messages(self, messages: list[MessageRecord],
                         versions: dict[int, tuple[int, int]] | None = None, *,
                         more_above: bool = False) -> None:
        """Older messages above the ones shown, keeping what is on screen in place."""
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self._filling = True
        self._insert(0, messages, versions or {}, before_existing=bool(self._order))
        bar.setValue(bar.maximum() - from_bottom)
        self.has_more_above = more_above
        self._filling = False

    def append_messages(self, messages: list[MessageRecord],
                        versions: dict[int, tuple[int, int]] | None = None) -> None:
        self.clear_placeholder()  # the starters, or a note, give way to the first message
        self._insert(self._end().position(), messages, versions or {})

    @property
    def first_message_id(self) -> int | None:
        return self._order[0] if self._order else None

    @property
    def shown_ids(self) -> list[int]:
        return list(self._order)

    def _insert(self, position: int, messages: list[MessageRecord],
                versions: dict[int, tuple[int, int]], before_existing: bool = False) -> None:
        self._centre()  # a cleared document forgets its margins
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.beginEditBlock()
        placed: list[tuple[MessageRecord, int, int]] = []
        for index, message in enumerate(messages):
            if index > 0 or (not before_existing and not self.document().isEmpty()):
                cursor.insertBlock(self._separator(), self._text_format)
            else:  # the first block of the document, or of what is put above it
                cursor.setBlockFormat(QTextBlockFormat())
            start = cursor.position()
            label_end = self._insert_header(cursor, message.role, message, versions)
            if message.reasoning:
                self.thinking.insert_folded(cursor, message.id, message.reasoning,
                                            message.thinking_ms,
                                            interrupted=not message.content)
            if message.images:
                self.image_blocks.insert(cursor, message, QColor(self._palette.user_message))
            if message.tool_rounds:
                self.tool_blocks.insert_rounds(
                    cursor, message, lambda at, text: self._insert_body(at, "assistant", text))
            self._insert_body(cursor, message.role, message.content)
            if message.sources:
                self._insert_sources(cursor, message)
            self._insert_footer(cursor, message)
            placed.append((message, start, label_end))
        if before_existing and messages:
            cursor.insertBlock(self._separator(), self._text_format)
        cursor.endEditBlock()
        # Markers are made after the inserts so that they stay with their message.
        for message, start, label_end in placed:
            self._shown[message.id] = Shown(message, self._marker(start),
                                             self._marker(label_end))
        ids = [message.id for message in messages]
        self._order = ids + self._order if position == 0 and before_existing else \
            self._order + ids
        self._reveal()

    def _separator(self) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setTopMargin(14)
        return block

    def _insert_header(self, cursor: QTextCursor, role: str, message: MessageRecord | None,
                       versions: dict[int, tuple[int, int]]) -> int:
        label = QTextCharFormat(self._label_format)
        if message is not None:
            label.setToolTip(self._stats(message))
        cursor.insertText(self._role_label(role), label)
        label_end = cursor.position()
        if message is not None:
            self._insert_note(cursor, message.finish_reason)
            self._insert_actions(cursor, message, versions.get(message.id))
        return label_end

    def _role_label(self, role: str) -> str:
        # A glyph before the name, so turns are told apart before they are read.
        glyph = {"user": "●", "assistant": "◆"}.get(role, "■")
        return glyph + " " + {"user": self.tr("You"), "assistant": self.tr("Assistant"),
                              "system": self.tr("System")}.get(role, role.title())

    def _message_at(self, position: int) -> int | None:
        """The shown message that holds the document position."""
        found = None
        for message_id in self._order:
            if self._shown[message_id].start.position() > position:
                break
            found = message_id
        return found

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseMoveEvent(event)
        at = self.cursorForPosition(event.position().toPoint()).position()
        hovered = self._message_at(at)
        if hovered != self._hovered:
            self._hovered = hovered
            self._reveal()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self._reveal()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        # Tab moves through the view's links; the message whose button has focus shows
        # its buttons, so focus is never on an invisible one.
        moved = super().focusNextPrevChild(next)
        if moved:
            url = QUrl(self.focused_link())
            _, _, argument = url.path().partition("/")
            focused = int(argument) if argument.isdigit() else None
            if focused != self._focused:
                self._focused = focused
                self._reveal()
        return moved

    def focused_link(self) -> str:
        """The link that has keyboard focus (its selection), or ""."""
        selection = self.textCursor()
        if not selection.hasSelection():
            return ""
        return self._marker(selection.selectionEnd()).charFormat().anchorHref()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self._focused is not None:
            self._focused = None
            self._reveal()

    def _insert_link(self, cursor: QTextCursor, text: str, target: str,
                     tooltip: str = "") -> None:
        link = QTextCharFormat(self._link_format)
        link.setAnchorHref(f"{SCHEME}:{target}")
        if tooltip:
            link.setToolTip(tooltip)
        cursor.insertText(text, link)

    def _insert_sources(self, cursor: QTextCursor, message: MessageRecord) -> None:
        """Under a reply, the passages it was given: a link each, which opens the file
        (at its page where the viewer can), with the passage as its tooltip."""
        self._sources[message.id] = message.sources
        block = QTextBlockFormat()
        block.setTopMargin(6)
        cursor.insertBlock(block, self._text_format)
        # Not italic: the fonts that carry Arabic or CJK here have no italic face.
        cursor.insertText(self.tr("Sources:") + " ", self._text_format)
        for number, source in enumerate(message.sources, 1):
            if number > 1:
                cursor.insertText("  ·  ", self._text_format)
            passage = " ".join(source.passage.split())
            if len(passage) > _PASSAGE_TIP:
                passage = passage[:_PASSAGE_TIP].rsplit(" ", 1)[0] + " …"
            # Each citation isolated (FSI ... PDI), so that in a right-to-left window
            # "[1] notes.md" keeps its order instead of being reordered with its neighbours.
            self._insert_link(cursor, f"\u2068[{number}] {source.place}\u2069",
                              f"source/{message.id}/{number}",
                              tooltip=f"{source.path}\n\n{passage}")

    def source_url(self, message_id: int, number: int) -> QUrl | None:
        """Where a reply's source link leads: its file, at its page for a PDF."""
        sources = self._sources.get(message_id, ())
        if not 0 < number <= len(sources):
            return None
        return QUrl(file_uri(sources[number - 1]))

    def _insert_body(self, cursor: QTextCursor, role: str, content: str) -> None:
        if role == "assistant":
            cursor.insertBlock(QTextBlockFormat(), self._text_format)
            self._markdown.insert(cursor, content)
        else:
            # What a person wrote sits on a tinted band, so turns are told apart at a glance.
            band = QTextBlockFormat()
            band.setBackground(QColor(self._palette.user_message))
            cursor.insertBlock(band, self._text_format)
            # What a person typed is shown exactly as typed.
            cursor.insertText(breakable(content), self._text_format)

    def _stats(self, message: MessageRecord) -> str:
        if message.role != "assistant" or message.completion_tokens is None:
            return ""
        parts = [message.model_name or self.tr("unknown model"),
                 self.tr("%n token(s)", "", message.completion_tokens)]
        if message.tokens_per_second:
            parts.append(self.tr("%1 tokens/s").replace(
                "%1", formats.decimal(message.tokens_per_second)))
        if message.time_to_first_token_ms is not None:
            parts.append(self.tr("first token after %1 ms").replace(
                "%1", formats.decimal(message.time_to_first_token_ms, 0)))
        if message.guessed_tokens:
            # Speculative decoding: how many guesses the model kept.
            parts.append(self.tr("%1 % of guesses kept").replace("%1", formats.decimal(
                100 * (message.accepted_tokens or 0) / message.guessed_tokens, 0)))
        return " · ".join(parts)

    # -- context -------------------------------------------------------------

    def mark_left_out(self, ids: tuple[int, ...]) -> None:
        """Say on each message the model no longer sees that it is outside its memory."""
        for message_id in ids:
            shown = self._shown.get(message_id)
            if shown is None or shown.left_out:
                continue
            shown.left_out = True
            note = QTextCharFormat(self._left_out_format)
            note.setToolTip(self.tr("This message no longer fits the context window; "
                                    "the model does not see it when it answers."))
            QTextCursor(shown.label_end).insertText(
                "  " + self.tr("outside the model's memory"), note)

    def mark_editing(self, message_id: int | None) -> None:
        """Tint the message being edited, the whole width of the view, until the edit
        is sent or left (None). An overlay: the document itself is not changed."""
        selections: list[QTextEdit.ExtraSelection] = []
        shown = self._shown.get(message_id) if message_id is not None else None
        if shown is not None and message_id is not None:
            later = self._order[self._order.index(message_id) + 1:]
            end = self._shown[later[0]].start.position() - 1 if later \
                else self._end().position()
            cursor = QTextCursor(shown.start)
            cursor.setPosition(max(end, shown.start.position()),
                               QTextCursor.MoveMode.KeepAnchor)
            tint = QTextCharFormat()
            tint.setBackground(QColor(self._palette.selected))
            tint.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, tint
            selections.append(selection)
        self.editing = message_id if shown is not None else None
        self.setExtraSelections(selections)

    def left_out_ids(self) -> list[int]:
        return [i for i in self._order if self._shown[i].left_out]

    @property
    def dark(self) -> bool:
        return self._dark

    # -- placeholder and scrolling -------------------------------------------

    def show_placeholder(self, text: str) -> None:
        self.show_messages([])
        self.setHtml(f"<p style='color: {self._palette.muted}'>{html.escape(text)}</p>")
        self.placeholder = text

    def show_starters(self, starters: list[str], shortcuts: list[tuple[str, str]]) -> None:
        """An empty chat: a few things to ask (a click puts one in the message box) and
        the keys worth knowing. Replaced by the first message."""
        if self._shown or self._stream is not None or (
                self.placeholder == _STARTERS and not self.document().isEmpty()):
            return
        self.show_messages([])
        muted = self._palette.muted
        links = "".join(f"<p><a href='{SCHEME}:starter/{number}'>{html.escape(text)}</a></p>"
                        for number, text in enumerate(starters))
        keys = "<br>".join(f"<b>{html.escape(key)}</b> &nbsp;{html.escape(what)}"
                           for key, what in shortcuts)
        title = html.escape(self.tr("Start with one of these, or ask anything"))
        # Each line's direction is the window's: a line that starts with "Enter" would
        # otherwise run left to right in an Arabic window.
        direction = "rtl" if self.isRightToLeft() else "ltr"
        self.setHtml(f"<div dir='{direction}'><h3>{title}</h3>{links}"
                     f"<p style='color: {muted}'>{keys}</p></div>")
        self._starters = list(starters)
        self.placeholder = _STARTERS

    def clear_placeholder(self) -> None:
        if self.placeholder:
            self.show_messages([])
            self.clear()
            self.placeholder = ""

    def scroll_to_message(self, message_id: int) -> None:
        shown = self._shown.get(message_id)
        if shown is None:
            return
        self._follow = False
        cursor = QTextCursor(shown.start)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        top = int(self.cursorRect(cursor).top())
        bar.setValue(bar.value() + top - 8)

    def jump_to_latest(self) -> None:
        if self.has_more_below:
            self.latest_requested.emit()
            return
        self._follow = True
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    @property
    def following(self) -> bool:
        return self._follow

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)
        self._update_jump_button()

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        # Following stops the moment the reader scrolls up, and resumes at the bottom.
        self._follow = value >= bar.maximum() - 4 and not self.has_more_below
        if value <= bar.singleStep() * 2 and self.has_more_above and self._order \
                and not self._filling:
            self.earlier_requested.emit()
        self._update_jump_button()

    def _update_jump_button(self) -> None:
        # Called for every scroll and every growth of a streaming reply: only a change
        # of visibility costs anything.
        bar = self.verticalScrollBar()
        away = bar.value() < bar.maximum() - 4 or self.has_more_below
        show = away and bool(self._order or self._stream)
        if show != self.jump_button.isVisible():
            self.jump_button.setVisible(show)
            if show:
                self._place_jump_button()

    def _place_jump_button(self) -> None:
        size = self.jump_button.sizeHint()
        viewport = self.viewport().geometry()
        self.jump_button.setGeometry(viewport.right() - size.width() - 12,
                                     viewport.bottom() - size.height() - 12,
                                     size.width(), size.height())

    def _centre(self) -> None:
        """A reading column of READING_WIDTH, centred in a wider view."""
        side = max(S, (self.viewport().width() - READING_WIDTH) // 2)
        frame = self.document().rootFrame()
        layout = frame.frameFormat()
        if int(layout.leftMargin()) != side:
            layout.setLeftMargin(side)
            layout.setRightMargin(side)
            frame.setFrameFormat(layout)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._centre()
        if event.size().width() != event.oldSize().width():
            self._bars_timer.start()
        self._place_jump_button()

    # -- links ---------------------------------------------------------------

    def loadResource(self, _kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        """Nothing is ever fetched: not remote images, not local files. Only the view's
        own action icons are images."""
        url = QUrl(name)
        if url.scheme() == IMAGE_SCHEME:  # a message's own picture, from the history
            return self.image_blocks.thumbnail(url)
        if url.scheme() == ICON_SCHEME:
            action, _, argument = url.path().partition("/")
            return self._icon(action, argument.isdigit() and int(argument) in self._revealed)
        return None

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in _EXTERNAL:
            QDesktopServices.openUrl(url)
            return
        if url.scheme() != SCHEME:
            return
        action, _, argument = url.path().partition("/")
        if action == "latest":
            self.latest_requested.emit()
        elif action == "code" and argument.isdigit():
            QGuiApplication.clipboard().setText(self._markdown.code.get(int(argument), ""))
        elif action == "source":
            message, _, number = argument.partition("/")
            target = self.source_url(int(message), int(number)) \
                if message.isdigit() and number.isdigit() else None
            if target is not None:
                QDesktopServices.openUrl(target)
        elif action == "toolcall":
            self.tool_blocks.toggle(argument)
        elif action == "image":
            self.image_blocks.open(argument)
        elif action == "thinking" and argument.isdigit():
            # The text goes in (or out) after the link, which Qt then unselects: select
            # it again, so Enter folds what Enter opened and Tab goes on from there.
            focused = self.textCursor()
            link = (focused.anchor(), focused.position()) if focused.hasSelection() else None
            self.thinking.toggle(int(argument))
            if link is not None:  # positions: a cursor would grow over the new text
                focused.setPosition(link[0])
                focused.setPosition(link[1], QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(focused)
        elif action == "starter" and argument.isdigit():
            if int(argument) < len(self._starters):
                self.starter_chosen.emit(self._starters[int(argument)])
        elif action == "copy" and argument.isdigit():
            shown = self._shown.get(int(argument))
            if shown is not None:
                QGuiApplication.clipboard().setText(shown.record.content)
        elif argument.isdigit():
            self.action_requested.emit(action, int(argument))

    def activate_link(self, target: str) -> None:
        """Follow one of the view's own links, as a click would (keyboard and tests)."""
        self._on_anchor(QUrl(f"{SCHEME}:{target}"))

    def _marker(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return cursor

    def _end(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor
