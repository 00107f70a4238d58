"""The window's MCP servers: the host (tools/host.py), started on first use, and the
question put to the user before each call.

The question is asked from the inference thread, which waits for the answer; the
window shows it (approval.py) and never waits itself. Stop answers it: Deny."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from llamadesk.tools.servers import McpServer, servers_from_settings

if TYPE_CHECKING:
    from pathlib import Path

    from llamadesk.chat_tools import ToolUse
    from llamadesk.settings import Settings
    from llamadesk.tools.host import McpHost
    from llamadesk.tools.runner import Decision, PendingCall


class Answer:
    """A question's answer, crossing from the window to the inference thread."""

    def __init__(self) -> None:
        self._given = threading.Event()
        self.decision: Decision | None = None

    def give(self, decision: Decision) -> None:
        if not self._given.is_set():
            self.decision = decision
            self._given.set()

    @property
    def given(self) -> bool:
        return self._given.is_set()

    def wait(self, stop: threading.Event) -> Decision:
        from llamadesk.tools.runner import Decision

        while not self._given.wait(0.1):
            if stop.is_set():
                self.give(Decision.DENY)
        assert self.decision is not None
        return self.decision


class ToolsControl(QObject):
    """Signals: state_changed(name, state, reason) from the host, approval_requested
    (PendingCall, Answer) and tool_event(ToolEvent), both from the inference thread,
    and servers_changed() when Settings › Tools is applied."""

    state_changed = Signal(str, str, str)
    approval_requested = Signal(object, object)
    tool_event = Signal(object)
    servers_changed = Signal()  # Settings › Tools applied

    def __init__(self, settings: Settings, log_dir: Path) -> None:
        super().__init__()
        self.settings, self.log_dir = settings, log_dir
        self._host: McpHost | None = None
        # "Always allow this tool", for as long as the app runs: (server, tool).
        self.always: set[tuple[str, str]] = set()

    def servers(self) -> list[McpServer]:
        return servers_from_settings(self.settings["mcp_servers"])

    @property
    def running(self) -> bool:
        """Whether the host exists: looking at the servers' states must not start it."""
        return self._host is not None

    @property
    def host(self) -> McpHost:
        if self._host is None:
            from llamadesk.tools.host import McpHost

            self._host = McpHost(self.log_dir)
            self._host.on_state = lambda name, state, why: self.state_changed.emit(
                name, state.value, why)
            self._host.configure(self.servers())
        return self._host

    def apply(self) -> None:
        """The settings' list changed: changed or removed servers stop."""
        if self._host is not None:
            self._host.configure(self.servers())
        self.servers_changed.emit()

    def tool_use(self, stop: threading.Event) -> ToolUse:
        """For one reply, on the inference thread."""
        from llamadesk.chat_tools import ToolUse
        from llamadesk.tools.runner import McpToolRunner

        def ask(call: PendingCall) -> Decision:
            answer = Answer()
            self.approval_requested.emit(call, answer)
            return answer.wait(stop)

        runner = McpToolRunner(self.host, ask, self.always)
        return ToolUse(runner, self.tool_event.emit, self.settings["tool_rounds"])

    def close(self) -> None:
        if self._host is not None:
            self._host.close()
            self._host = None
