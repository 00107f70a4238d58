"""The user's MCP servers: each a command the app starts as a child process that
speaks MCP over stdio. Kept in the settings as plain data; also read from the
``mcpServers`` JSON block that Claude Desktop, Cursor, LM Studio and Jan use."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

DEFAULT_TIMEOUT_S = 60
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")


class ServerListError(LlamaDeskError):
    """A server list (pasted JSON, or a field) that cannot be used, and why."""


@dataclass(frozen=True)
class McpServer:
    name: str
    command: str
    args: tuple[str, ...] = ()
    # Only these reach the child, with PATH and HOME (host.py): never the app's own.
    env: Mapping[str, str] = field(default_factory=dict)
    # How long one request (starting, listing, a call) may take before the server
    # counts as hung.
    timeout_s: int = DEFAULT_TIMEOUT_S
    enabled: bool = True

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["args"], data["env"] = list(self.args), dict(self.env)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> McpServer:
        """Raises ServerListError with the reason when ``data`` is not a server."""
        name, command = data.get("name"), data.get("command")
        args, env = data.get("args", []), data.get("env", {}) or {}
        timeout, enabled = data.get("timeout_s", DEFAULT_TIMEOUT_S), data.get("enabled", True)
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "A server's name must be 1 to 64 letters, digits, spaces, dots, "
                "dashes or underscores: %1"), json.dumps(name)))
        if not isinstance(command, str) or not command.strip():
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "The server \u201c%1\u201d has no command."), name))
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "The server \u201c%1\u201d: its arguments must be a list of "
                "text."), name))
        if not isinstance(env, Mapping) or not all(
                isinstance(k, str) and _ENV_NAME.fullmatch(k) and isinstance(v, str)
                for k, v in env.items()):
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "The server \u201c%1\u201d: its environment must map variable "
                "names to text."), name))
        if isinstance(timeout, bool) or not isinstance(timeout, int) \
                or not 1 <= timeout <= 3600:
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "The server \u201c%1\u201d: its timeout must be 1 to 3600 "
                "seconds."), name))
        return cls(name, command.strip(), tuple(args), dict(env), timeout, bool(enabled))


def servers_from_settings(stored: list[Any]) -> list[McpServer]:
    """The list kept in the settings; an entry that no longer reads is left out."""
    servers = []
    for data in stored:
        try:
            servers.append(McpServer.from_json(data))
        except (ServerListError, AttributeError):
            continue
    return servers


def valid_server_list(value: Any) -> bool:
    """The settings' check on the stored list."""
    if not isinstance(value, list) or len(value) > 64:
        return False
    try:
        names = [McpServer.from_json(item).name for item in value]
    except (ServerListError, AttributeError):
        return False
    return len(set(names)) == len(names)


def servers_from_pasted_json(text: str) -> list[McpServer]:
    """``{"mcpServers": {"name": {"command", "args", "env"}}}``, as other apps write it
    (the outer object may be left out)."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ServerListError(Note(QT_TRANSLATE_NOOP(
            "messages", "This is not JSON: %1"), error)) from None
    if isinstance(data, Mapping) and "mcpServers" in data:
        data = data["mcpServers"]
    if not isinstance(data, Mapping) or not data:
        raise ServerListError(Note(QT_TRANSLATE_NOOP(
            "messages", "Expected {\"mcpServers\": {\"name\": {\"command\": \u2026}}}.")))
    servers = []
    for name, spec in data.items():
        if not isinstance(spec, Mapping):
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "The server \u201c%1\u201d must be an object."), name))
        if "url" in spec and "command" not in spec:
            raise ServerListError(Note(QT_TRANSLATE_NOOP(
                "messages", "The server \u201c%1\u201d is reached over the network; "
                "LlamaDesk runs only local servers (a command)."), name))
        servers.append(McpServer.from_json({**spec, "name": name}))
    return servers
