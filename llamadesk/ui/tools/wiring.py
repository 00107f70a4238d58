"""The tools' parts joined to the window: the worker asks ToolsControl for a reply's
tools, each question opens an ApprovalDialog, calls show in the status bar as they
happen, a reply that called tools is shown again as stored (its calls folded between
its text), the Tools switch follows the shown conversation and the loaded model, and
the servers stop when the app quits.

Its slots belong to a QObject on the GUI thread: the questions and the news come
from the inference thread, and Qt queues them to here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog

from llamadesk.ui.wiring import watch_replies

if TYPE_CHECKING:
    from llamadesk.chat_tools import ToolEvent
    from llamadesk.tools.runner import PendingCall
    from llamadesk.ui.main_window import MainWindow
    from llamadesk.ui.parts import WindowParts
    from llamadesk.ui.tools.control import Answer


class ToolsWiring(QObject):
    def __init__(self, window: MainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self.window, self.parts = window, parts
        self.dialogs: list[QDialog] = []  # the questions open now
        control = parts.tools
        toggle = window.chat_page.tools_toggle
        toggle.repository, toggle.settings = window.repository, window.settings
        worker = parts.workers.worker
        worker.tools_for = control.tool_use
        window.chat.tools_enabled = toggle.enabled_for
        window.chat.take_pending_tools = toggle.take_pending
        control.approval_requested.connect(self.ask)
        control.tool_event.connect(self.told)
        control.servers_changed.connect(self.show_toggle)
        watch_replies(worker, self)
        window.models.loaded.connect(self.show_toggle)
        window.browser.shown.connect(self.show_toggle)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(control.close)
        self.show_toggle()

    @Slot(object, object)
    def ask(self, call: PendingCall, answer: Answer) -> None:
        from llamadesk.ui.tools.approval import ApprovalDialog

        if answer.given:  # Stop came first
            return
        dialog = ApprovalDialog(call, answer, self.window)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self.dialogs.remove(dialog))
        dialog.open()

    @Slot(object)
    def on_reply_started(self, _event: object) -> None:
        pass

    @Slot(object)
    def on_reply_ended(self, outcome: object) -> None:
        """The reply ended (Stop, an error): a question still open is answered; a
        reply that called tools is shown as stored."""
        for dialog in list(self.dialogs):
            dialog.reject()
        self.show_rounds(outcome)

    @Slot(object)
    def told(self, event: ToolEvent) -> None:
        from llamadesk.ui.chat.tool_blocks import status_text

        call, window = event.call, self.window
        where = f"{call.server} \u203a {call.name}" if call.server else call.name
        if event.state == "asking":
            text = window.tr("Waiting for your answer: %1").replace("%1", where)
        elif event.state == "running":
            text = window.tr("Running %1\u2026").replace("%1", where)
        else:
            text = f"{where}: {status_text(call.status)}"
            # Into the streaming reply, in order with its text (the controller paces
            # both): a line per call; once the reply ends it is shown as stored, each
            # call folded.
            window.chat.on_token(event.reply_id, f"\n\n\u2699 {text}\n\n")
        window.statusBar().showMessage(text, 0 if event.state != "done" else 5000)

    def show_rounds(self, record: object) -> None:
        """A reply that called tools is shown again as stored: its calls between its
        rounds of text, each folded (while it streamed, only its text was shown)."""
        if getattr(record, "tool_rounds", ()):
            conversation = record.conversation_id  # type: ignore[attr-defined]
            QTimer.singleShot(0, self, lambda: self.window.browser.open(conversation))

    @Slot()
    def show_toggle(self, *_: object) -> None:
        from llamadesk.engine.tool_calls.formats import tool_family

        window = self.window
        model = window.models.model
        toggle = window.chat_page.tools_toggle
        toggle.show_for(servers=bool(self.parts.tools.servers()),
                        model_calls_tools=model is not None
                        and tool_family(model.facts.chat_template) is not None)
        toggle.show_conversation(window.browser.conversation_id)


def attach_tools(window: MainWindow) -> ToolsWiring:
    """Kept as ``window.tools_wiring`` (tests reach the open questions there)."""
    assert window.parts is not None
    wiring = ToolsWiring(window, window.parts)
    window.tools_wiring = wiring  # type: ignore[attr-defined]
    return wiring
