"""Which conversation is shown, and which of its messages: the windowed history.

A long conversation is never loaded whole on the GUI thread: the view holds
WINDOW messages and loads older ones as it is scrolled up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from llamadesk.chat import ContextReport
    from llamadesk.storage.records import MessageRecord
    from llamadesk.storage.repository import HistoryRepository
    from llamadesk.ui.chat.sidebar import ConversationSidebar
    from llamadesk.ui.chat.view import ChatView

# Messages the chat view holds at once; older ones load as it is scrolled up.
WINDOW = 40


class ConversationBrowser(QObject):
    """Signals: shown(): another conversation (or none) is on screen;
    status(str text, int milliseconds): one line for the status bar."""

    shown = Signal()
    status = Signal(str, int)

    def __init__(self, repository: HistoryRepository, chat_view: ChatView,
                 sidebar: ConversationSidebar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository, self.chat_view, self.sidebar = repository, chat_view, sidebar
        self.conversation_id: int | None = None
        # The last reply's report: which messages no longer fit the context.
        self.context_report: ContextReport | None = None
        chat_view.earlier_requested.connect(self.show_earlier)
        chat_view.latest_requested.connect(self.show_latest)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self.refresh_sidebar)

    def refresh_sidebar(self) -> None:
        self._refresh.stop()
        self.sidebar.refresh(self.conversation_id)

    def refresh_sidebar_soon(self) -> None:
        """Refresh on the next turn of the event loop: a reply's start and end already
        fill one turn, and the list's query is a turn of its own."""
        self._refresh.start(0)

    def show_none(self) -> None:
        """A new chat: nothing shown until its first message."""
        self.conversation_id = None
        self.sidebar.clear_selection()
        self.chat_view.show_messages([])  # forgets the last chat's messages, not only its text
        self.shown.emit()

    def open(self, conversation_id: int, message_id: int | None = None) -> None:
        """Show the newest messages, or those around ``message_id`` (a search hit)."""
        self.conversation_id = conversation_id
        repository = self.repository
        report = self.context_report
        left_out = report.left_out_ids if report and report.conversation_id == conversation_id \
            else ()
        if message_id is None:
            messages = repository.branch_tail(conversation_id, WINDOW + 1)
            more_above = len(messages) > WINDOW
            messages = messages[-WINDOW:]
            self.chat_view.show_messages(messages, repository.versions(messages),
                                         more_above=more_above, left_out=left_out)
        else:
            # A search hit, perhaps on an older version: show the branch that holds it.
            repository.select_branch(message_id)
            ids = repository.branch_ids(conversation_id)
            at = ids.index(message_id) if message_id in ids else len(ids) - 1
            first, last = max(0, at - WINDOW // 3), min(len(ids), at + WINDOW)
            messages = repository.messages(ids[first:last])
            self.chat_view.show_messages(messages, repository.versions(messages),
                                         more_above=first > 0, more_below=last < len(ids),
                                         left_out=left_out)
            self.chat_view.scroll_to_message(message_id)
        self.refresh_sidebar()
        self.shown.emit()

    def show_branch_without(self, conversation_id: int, reply_id: int) -> None:
        """The branch as it now stands, up to a reply that is about to stream."""
        tail = [m for m in self.repository.branch_tail(conversation_id, WINDOW + 1)
                if m.id != reply_id]
        self.chat_view.show_messages(tail[-WINDOW:], self.repository.versions(tail),
                                     more_above=len(tail) > WINDOW)

    def show_latest(self) -> None:
        if self.conversation_id is not None:
            self.open(self.conversation_id)

    def show_earlier(self) -> None:
        first = self.chat_view.first_message_id
        if first is None:
            return
        older = self.repository.branch_before(first, WINDOW + 1)
        more_above = len(older) > WINDOW
        older = older[-WINDOW:]
        self.chat_view.prepend_messages(older, self.repository.versions(older),
                                        more_above=more_above)

    def last_reply(self) -> MessageRecord | None:
        if self.conversation_id is None:
            return None
        # Only the tail: the GUI thread never loads a long conversation to find it.
        tail = self.repository.branch_tail(self.conversation_id, 1)
        return tail[-1] if tail and tail[-1].role == "assistant" else None

    def last_own_message(self) -> MessageRecord | None:
        if self.conversation_id is None:
            return None
        mine = [m for m in self.repository.branch_tail(self.conversation_id, 2)
                if m.role == "user"]
        return mine[-1] if mine else None

    def step_version(self, message_id: int, step: int) -> tuple[int, int] | None:
        """Show the version ``step`` away from ``message_id``; (its number, how many)."""
        if self.conversation_id is None:
            return None
        versions = [v.id for v in self.repository.siblings(message_id)]
        index = versions.index(message_id) + step
        if not 0 <= index < len(versions):
            return None
        self.repository.select_branch(versions[index])
        self.open(self.conversation_id)
        return index + 1, len(versions)

    def show_version_status(self) -> None:
        reply = self.last_reply()
        if reply is not None:
            versions = [v.id for v in self.repository.siblings(reply.id)]
            if len(versions) > 1:
                self.status.emit(self.tr("Reply version %1 / %2").replace(
                    "%1", str(versions.index(reply.id) + 1)).replace(
                    "%2", str(len(versions))), 0)
