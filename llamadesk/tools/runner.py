"""The MCP tools offered to the model in a chat, and each call asked of the user:
Allow once, Always allow this tool, or Deny. Plain Python: the window and the
terminal each bring their own way of asking (``ask``), which may take as long as
the user does: it runs on the reply's thread, never the GUI's."""

from __future__ import annotations

import enum
import re
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import CancelledError, TimeoutError
from dataclasses import dataclass, field
from typing import Any

from llamadesk.tools.host import McpHost, ServerFailed, ToolInfo, ToolResult

_UNSAFE = re.compile(r"[^a-zA-Z0-9_-]")


class Decision(enum.Enum):
    ALLOW_ONCE = "once"
    ALWAYS = "always"
    DENY = "deny"


@dataclass(frozen=True)
class PendingCall:
    """A call the model made, as the user is asked about it."""

    id: str
    name: str  # as the model named it
    arguments: str  # JSON text
    server: str  # "" when no server has the tool
    tool: str  # the server's own name for it


@dataclass
class McpToolRunner:
    host: McpHost
    ask: Callable[[PendingCall], Decision]
    # Tools the user chose "Always allow" for, as (server, tool).
    always: set[tuple[str, str]] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    _by_name: dict[str, ToolInfo] = field(default_factory=dict)

    def offered(self) -> list[dict[str, Any]]:
        """Every ready server's tools, as the model is shown them; servers that fail
        to start are left out and named in ``problems``. A tool whose name two servers
        share is given its server's name in front."""
        infos: list[ToolInfo] = []
        self.problems.clear()
        for server in self.host.names():
            try:
                infos += self.host.tools(server).result(timeout=None)
            except ServerFailed as error:
                self.problems.append(str(error))
        counts: dict[str, int] = {}
        for info in infos:
            counts[info.name] = counts.get(info.name, 0) + 1
        self._by_name.clear()
        offered = []
        for info in infos:
            name = info.name if counts[info.name] == 1 and _UNSAFE.sub("", info.name) \
                == info.name else _UNSAFE.sub("_", f"{info.server}__{info.name}")[:64]
            self._by_name[name] = info
            offered.append({"name": name, "description": info.description,
                            "parameters": dict(info.parameters)})
        return offered

    def pending(self, call_id: str, name: str, arguments: str) -> PendingCall:
        info = self._by_name.get(name)
        return PendingCall(call_id, name, arguments, info.server if info else "",
                           info.name if info else name)

    def decide(self, call: PendingCall) -> bool:
        if (call.server, call.tool) in self.always:
            return True
        decision = self.ask(call)
        if decision is Decision.ALWAYS:
            self.always.add((call.server, call.tool))
        return decision is not Decision.DENY

    def run(self, call: PendingCall, arguments: Mapping[str, Any],
            stop: threading.Event) -> ToolResult:
        """The call's result; Stop (``stop``) cancels it. Raises ServerFailed."""
        if not call.server:
            return ToolResult(f"There is no tool named \u201c{call.name}\u201d.", True)
        future = self.host.call(call.server, call.tool, arguments)
        while True:
            if stop.is_set():
                future.cancel()
                raise CancelledError
            try:
                return future.result(timeout=0.1)
            except TimeoutError:
                continue
