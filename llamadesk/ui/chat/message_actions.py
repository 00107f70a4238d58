"""The buttons on each message of the chat view (Copy, Edit, Regenerate, Continue,
and "‹ 2 / 3 ›" between versions), a long reply's again at its end, and the note
after its name (stopped, cut off…). The buttons are drawn only while their message
is hovered, focused or the newest, so a long chat is not a wall of icons.

A mixin of ChatView: it reads the view's formats and state. Its words are in the
"ChatView" translation context, as they were when they lived there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import (
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from llamadesk.storage.records import MessageRecord
from llamadesk.ui.chat.markdown import SCHEME
from llamadesk.ui.style.icons import icon_image

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from llamadesk.ui.style.tokens import Palette

# Images of the per-message action buttons: "llamadesk-icon:copy/12".
ICON_SCHEME = "llamadesk-icon"
_ICON_PX = 16
# A reply at least this long shows its actions at its end too.
LONG_REPLY_CHARS = 1_200
# Replies that can be carried on where they stopped.
_CONTINUABLE = ("cancelled", "interrupted", "length")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatView", text)


# The texts _tr translates, named here for lupdate (it reads only tr, translate and
# QT_TRANSLATE_NOOP): without these the notes and actions were never translated.
_TEXTS = (
    QT_TRANSLATE_NOOP("ChatView", "stopped"),
    QT_TRANSLATE_NOOP("ChatView", "interrupted: cut off before it ended (LlamaDesk closed, "
                                  "or a pool computer stopped answering)"),
    QT_TRANSLATE_NOOP("ChatView", "cut off at the length limit"),
    QT_TRANSLATE_NOOP("ChatView", "failed"),
    QT_TRANSLATE_NOOP("ChatView", "stopped after the most rounds of tool calls a "
                                  "reply may make (Settings › Tools)"),
    QT_TRANSLATE_NOOP("ChatView", "Copy"),
    QT_TRANSLATE_NOOP("ChatView", "Edit"),
    QT_TRANSLATE_NOOP("ChatView", "Regenerate"),
    QT_TRANSLATE_NOOP("ChatView", "Continue"),
    QT_TRANSLATE_NOOP("ChatView", "Previous version"),
    QT_TRANSLATE_NOOP("ChatView", "Next version"),
)


class MessageActions:
    """Mixed into ChatView (``self`` is the view): what it uses of the view."""

    if TYPE_CHECKING:
        _actions: dict[int, list[tuple[str, str]]]
        _revealed: set[int]
        _icons: dict[tuple[str, bool], QImage]
        _hovered: int | None
        _focused: int | None
        _order: list[int]
        _shown: dict[int, Any]
        _palette: Palette
        _text_format: QTextCharFormat
        _note_format: QTextCharFormat

        def _insert_link(self, cursor: QTextCursor, text: str, target: str,
                         tooltip: str = "") -> None: ...
        def document(self) -> QTextDocument: ...
        def viewport(self) -> QWidget: ...

    def _insert_note(self, cursor: QTextCursor, finish_reason: str | None) -> None:
        note = {"cancelled": _tr("stopped"),
                "interrupted": _tr("interrupted: cut off before it ended (LlamaDesk closed, "
                                   "or a pool computer stopped answering)"),
                "length": _tr("cut off at the length limit"),
                "error": _tr("failed"),
                "tool_rounds": _tr("stopped after the most rounds of tool calls a "
                                       "reply may make (Settings › Tools)")
                }.get(finish_reason or "")
        if note:
            cursor.insertText(f"  [{note}]", self._note_format)

    def _insert_actions(self, cursor: QTextCursor, message: MessageRecord,
                        version: tuple[int, int] | None) -> None:
        cursor.insertText("   ", self._text_format)
        actions = [("copy", _tr("Copy"))]
        if message.role == "user":
            actions.append(("edit", _tr("Edit")))
        elif message.role == "assistant":
            actions.append(("regenerate", _tr("Regenerate")))
            if message.finish_reason in _CONTINUABLE:
                actions.append(("continue", _tr("Continue")))
        for action, name in actions:
            self._insert_action(cursor, action, message.id, name)
        self._actions[message.id] = actions
        if version is not None:
            number, total = version
            cursor.insertText("  ", self._text_format)
            if number > 1:
                self._insert_link(cursor, "‹", f"previous/{message.id}",
                                  _tr("Previous version"))
            else:
                cursor.insertText("‹", self._note_format)
            cursor.insertText(f" {number} / {total} ", self._note_format)
            if number < total:
                self._insert_link(cursor, "›", f"next/{message.id}", _tr("Next version"))
            else:
                cursor.insertText("›", self._note_format)

    def _insert_footer(self, cursor: QTextCursor, message: MessageRecord) -> None:
        """A long reply's actions again at its end, where the reading stops: no
        scrolling back up to regenerate or continue it."""
        if message.role != "assistant" or len(message.content) < LONG_REPLY_CHARS:
            return
        cursor.insertBlock(QTextBlockFormat(), self._text_format)
        for action, name in self._actions.get(message.id, []):
            self._insert_action(cursor, action, message.id, name)

    def _insert_action(self, cursor: QTextCursor, action: str, message_id: int,
                       name: str) -> None:
        """A small icon button: an image that is a link. Tab reaches it like any link,
        its tooltip names it, and it is drawn only while its message is revealed."""
        image = QTextImageFormat()
        image.setName(f"{ICON_SCHEME}:{action}/{message_id}")
        image.setWidth(_ICON_PX)
        image.setHeight(_ICON_PX)
        image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        image.setAnchor(True)
        image.setAnchorHref(f"{SCHEME}:{action}/{message_id}")
        image.setToolTip(name)
        cursor.insertText(" ", self._text_format)
        cursor.insertImage(image)
        cursor.insertText(" ", self._text_format)

    def action_names(self, message_id: int) -> list[tuple[str, str]]:
        """(action, accessible name) of each button on the message, in order."""
        shown = self._shown.get(message_id)
        if shown is None:
            return []
        names: list[tuple[str, str]] = []
        piece = shown.label_end.block().begin()
        while not piece.atEnd():
            fmt = piece.fragment().charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(ICON_SCHEME):
                action = fmt.toImageFormat().name().split(":", 1)[1].split("/")[0]
                names.append((action, fmt.toolTip()))
            piece += 1
        return names

    def actions_revealed(self, message_id: int) -> bool:
        return message_id in self._revealed

    def _reveal(self) -> None:
        newest = self._order[-1] if self._order else None
        wanted = {i for i in (self._hovered, self._focused, newest) if i is not None}
        changed = wanted ^ self._revealed
        self._revealed = wanted
        document = self.document()
        for message_id in changed:
            for action, _ in self._actions.get(message_id, []):
                # Same size either way: only a repaint, never a new layout.
                document.addResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(f"{ICON_SCHEME}:{action}/{message_id}"),
                                     self._icon(action, message_id in wanted))
        if changed:
            self.viewport().update()

    def _icon(self, action: str, visible: bool) -> QImage:
        key = (action, visible)
        if key not in self._icons:
            if visible:
                self._icons[key] = icon_image(action, self._palette.muted)
            else:
                blank = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
                blank.fill(0)
                self._icons[key] = blank
        return self._icons[key]
