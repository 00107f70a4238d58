"""The sidebar: conversations grouped by date (pinned on top), search, rename, delete/undo."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QIcon,
    QKeySequence,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from llamadesk.local_time import in_local_time
from llamadesk.storage.records import ConversationSummary
from llamadesk.storage.repository import HistoryRepository
from llamadesk.storage.search import SearchHit
from llamadesk.ui.background import run_in_background
from llamadesk.ui.chat.titles import display_title, edited_title
from llamadesk.ui.style.icons import icon
from llamadesk.ui.style.tokens import Palette

_ID = Qt.ItemDataRole.UserRole
_MESSAGE = Qt.ItemDataRole.UserRole + 1
_HTML = Qt.ItemDataRole.UserRole + 2
UNDO_SECONDS = 8


def group_of(summary: ConversationSummary, now: datetime) -> str:
    if summary.pinned:
        return "Pinned"
    local = in_local_time(summary.updated_at, now.tzinfo)
    days = (now.date() - local.date()).days
    if days <= 0:
        return "Today"
    if days == 1:
        return "Yesterday"
    if days < 7:
        return "Previous 7 days"
    return "Older"


class _HtmlDelegate(QStyledItemDelegate):
    """Draws search results with their matches highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        markup = index.data(_HTML)
        if not markup:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = QTextDocument()
        document.setHtml(markup)
        document.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        # No width of its own: the list gives each row the whole width of its viewport,
        # so a long title is elided with "…" rather than widening the list into a
        # horizontal scroll bar.
        markup = index.data(_HTML)
        if not markup:
            return QSize(0, super().sizeHint(option, index).height())
        document = QTextDocument()
        document.setHtml(markup)
        document.setTextWidth(max(option.rect.width(), 200))
        return QSize(0, int(document.size().height()))


class ConversationSidebar(QWidget):
    """Signals: conversation_chosen(int conversation_id, int message_id or -1),
    conversation_deleted(int), new_chat_requested()."""

    conversation_chosen = Signal(int, int)
    conversation_deleted = Signal(int)
    new_chat_requested = Signal()

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._current: int | None = None
        self._pending_undo: int | None = None
        self._palette: Palette | None = None
        self.setObjectName("sidebar")
        self.new_chat_button = QPushButton(self.tr("New chat"))
        self.new_chat_button.setObjectName("primary")
        self.new_chat_button.clicked.connect(self.new_chat_requested)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(self.tr("Search conversations (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self._search_icon = self.search_box.addAction(
            QIcon(), QLineEdit.ActionPosition.LeadingPosition)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _: self._debounce.start())
        # Thinking models' reasoning is searched only when asked: shown while searching.
        self.search_reasoning = QCheckBox(self.tr("Search the thinking too"))
        self.search_reasoning.setObjectName("search_reasoning")
        self.search_reasoning.hide()
        self.search_reasoning.toggled.connect(lambda _: self._run_search())
        self.search_box.textChanged.connect(
            lambda text: self.search_reasoning.setVisible(bool(text.strip())))
        self.list = QListWidget()
        self.list.setObjectName("conversation_list")
        self.list.setItemDelegate(_HtmlDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setEditTriggers(QListWidget.EditTrigger.EditKeyPressed
                                  | QListWidget.EditTrigger.DoubleClicked)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemChanged.connect(self._renamed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.undo_bar = QWidget()
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.new_chat_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.search_reasoning)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        delete = QAction(self.tr("Delete conversation"), self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)

    def set_palette(self, palette: Palette) -> None:
        """Icons in the theme's colours (pinned conversations' at the next refresh)."""
        self._palette = palette
        self._search_icon.setIcon(icon("search", palette.muted))
        self.new_chat_button.setIcon(icon("plus", palette.on_accent))

    # -- listing -------------------------------------------------------------

    def refresh(self, current: int | None = None) -> None:
        if self.search_box.text().strip():
            return  # results stay until the search is cleared
        self._current = current
        self.list.blockSignals(True)
        self.list.clear()
        now = datetime.now().astimezone()
        last_group = None
        titles = self._group_titles()
        for summary in self._repository.list_conversations(limit=500):
            group = titles.get(group_of(summary, now), "")
            if group != last_group:
                header = QListWidgetItem(group)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
                last_group = group
            item = QListWidgetItem(display_title(summary.title))
            item.setData(_ID, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            # The full title on hover: a long one is elided in the list.
            item.setToolTip(summary.title + " · "
                            + self.tr("%n message(s)", "", summary.message_count))
            if summary.pinned and self._palette is not None:
                item.setIcon(icon("pin", self._palette.muted))
            if summary.source == "api":  # a program's chat, kept from the local API
                item.setToolTip(self.tr("From a program, through the local API") + " · "
                                + item.toolTip())
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if summary.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def conversation_titles(self) -> list[str]:
        return [edited_title(self.list.item(i).text()) for i in range(self.list.count())
                if self.list.item(i).data(_ID) is not None]

    def _group_titles(self) -> dict[str, str]:
        return {"Pinned": self.tr("Pinned"), "Today": self.tr("Today"),
                "Yesterday": self.tr("Yesterday"), "Previous 7 days": self.tr("Previous 7 days"),
                "Older": self.tr("Older")}

    def group_titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).data(_ID) is None]

    def select(self, conversation_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(_ID) == conversation_id:
                self.list.setCurrentRow(i)
                return

    def clear_selection(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None or item.data(_ID) is None:
            return
        message = item.data(_MESSAGE)
        self.conversation_chosen.emit(int(item.data(_ID)), -1 if message is None else message)

    def _renamed(self, item: QListWidgetItem) -> None:
        if item.data(_ID) is not None and not item.data(_HTML):
            self._repository.rename_conversation(int(item.data(_ID)), edited_title(item.text()))

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or item.data(_ID) is None:
            return
        conversation = self._repository.get_conversation(int(item.data(_ID)))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), lambda: self.list.editItem(item))
        menu.addAction(self.tr("Unpin") if conversation.pinned else self.tr("Pin"),
                       lambda: self._pin(conversation.id, not conversation.pinned))
        menu.addAction(self.tr("Delete"), lambda: self.delete(conversation.id))
        menu.popup(self.list.viewport().mapToGlobal(position))

    def _pin(self, conversation_id: int, pinned: bool) -> None:
        self._repository.set_pinned(conversation_id, pinned)
        self.refresh(self._current)

    # -- delete and undo -----------------------------------------------------

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(_ID) is not None:
            self.delete(int(item.data(_ID)))

    def delete(self, conversation_id: int) -> None:
        title = self._repository.get_conversation(conversation_id).title
        self._repository.delete_conversation(conversation_id)
        self._pending_undo = conversation_id
        self.undo_label.setText(self.tr("Deleted “%1”").replace("%1", title))
        self.undo_bar.show()
        self._undo_timer.start()
        self.conversation_deleted.emit(conversation_id)
        self.refresh(None if conversation_id == self._current else self._current)

    def undo_delete(self) -> None:
        if self._pending_undo is not None:
            self._repository.restore_conversation(self._pending_undo)
            self._pending_undo = None
        self.undo_bar.hide()
        self.refresh(self._current)

    # -- search --------------------------------------------------------------

    def clear_search(self) -> None:
        """Esc in the search box: the search cleared, the conversations listed again."""
        self.search_box.clear()
        self.list.setFocus()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.refresh(self._current)
            return
        repository = self._repository
        # The query runs on the thread pool: a big history never freezes typing.
        reasoning = self.search_reasoning.isChecked()
        run_in_background(lambda: repository.search(query, 50, reasoning=reasoning),
                          lambda hits: self._show_hits(query, hits))

    def _show_hits(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.search_box.text().strip():
            return  # an older query's answer
        self.list.blockSignals(True)
        self.list.clear()
        if not hits:
            empty = QListWidgetItem(self.tr("No matches"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for hit in hits:
            item = QListWidgetItem(f"{hit.conversation_title}\n{hit.snippet}")
            item.setData(_ID, hit.conversation_id)
            item.setData(_MESSAGE, hit.message_id)
            snippet = hit.marked("\x00", "\x01")
            marked = html.escape(snippet).replace("\x00", "<b style='background:#ffe066'>")
            marked = marked.replace("\x01", "</b>")
            where = (" · " + html.escape(self.tr("in its thinking"))) if hit.in_reasoning else ""
            item.setData(_HTML, f"<b>{html.escape(display_title(hit.conversation_title))}</b>"
                                f"{where}<br><span style='color:gray'>{marked}</span>")
            self.list.addItem(item)
        self.list.blockSignals(False)
