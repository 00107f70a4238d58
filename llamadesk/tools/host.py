"""The user's MCP servers, running: each a child process over stdio, spoken to with
the official ``mcp`` SDK, all of them on one asyncio loop in a thread of its own,
never the GUI's. Every call returns a concurrent Future at once.

- A server starts on first use; ``initialize`` completes before ``tools/list``.
- Every request has the server's own time limit. A server that crashes or hangs
  is marked failed, with the end of its stderr, and can be restarted; nothing it
  does reaches the window but its state.
- The child gets only the variables the user set for it, PATH and HOME (and on
  Windows the two without which no program starts). Its stderr goes to a log file
  the settings show.
- Tool results are text for the model, cut at MAX_RESULT_CHARS with a note."""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Coroutine, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio

from llamadesk.errors import LlamaDeskError
from llamadesk.tools.command import resolve_command, search_path
from llamadesk.tools.servers import McpServer

log = logging.getLogger(__name__)
T = TypeVar("T")

# What a tool's result may add to the model's context: beyond this it is cut, with
# a note (a server that returns 50 MB must not fill the window or the prompt).
MAX_RESULT_CHARS = 48_000
STDERR_TAIL_CHARS = 4_000
_TOOL_NAME = re.compile(r"[^a-zA-Z0-9_-]")


class ServerState(enum.Enum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


class ServerFailed(LlamaDeskError):
    """A server that could not start, or stopped answering."""


@dataclass(frozen=True)
class ToolInfo:
    server: str
    name: str  # the server's own name for it
    description: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True)
class ToolResult:
    text: str
    is_error: bool = False


@dataclass
class _Server:
    config: McpServer
    state: ServerState = ServerState.STOPPED
    reason: str = ""
    tools: list[ToolInfo] = field(default_factory=list)
    # Tools the server offered that cannot be used (an invalid schema), and why.
    skipped: list[str] = field(default_factory=list)
    session: Any = None
    task: asyncio.Task[None] | None = None
    ready: asyncio.Future[None] | None = None
    stop: asyncio.Event | None = None


class McpHost:
    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self._servers: dict[str, _Server] = {}
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="mcp-servers",
                                        daemon=True)
        self._thread.start()
        # Changes of state, from the host's thread (the window re-sends them as signals).
        self.on_state: Callable[[str, ServerState, str], None] = lambda *_: None

    # -- the list ----------------------------------------------------------------

    def configure(self, servers: Sequence[McpServer]) -> None:
        """The servers as the settings now list them: changed or removed ones stop."""
        wanted = {s.name: s for s in servers if s.enabled}
        with self._lock:
            for name, server in list(self._servers.items()):
                if wanted.get(name) != server.config:
                    self._submit(self._stop(server))
                    del self._servers[name]
            for name, config in wanted.items():
                self._servers.setdefault(name, _Server(config))

    def names(self) -> list[str]:
        with self._lock:
            return list(self._servers)

    def state(self, name: str) -> tuple[ServerState, str]:
        with self._lock:
            server = self._servers.get(name)
            return (server.state, server.reason) if server else (ServerState.STOPPED, "")

    def skipped(self, name: str) -> list[str]:
        with self._lock:
            server = self._servers.get(name)
            return list(server.skipped) if server else []

    def stderr_file(self, name: str) -> Path:
        return self.log_dir / f"mcp-{_TOOL_NAME.sub('_', name)}.log"

    def stderr_tail(self, name: str) -> str:
        try:
            with self.stderr_file(name).open("rb") as file:
                file.seek(max(0, file.seek(0, os.SEEK_END) - STDERR_TAIL_CHARS))
                return file.read().decode("utf-8", "replace")
        except OSError:
            return ""

    # -- using them --------------------------------------------------------------

    def tools(self, name: str) -> Future[list[ToolInfo]]:
        """The server's tools, starting it first if it is not running."""
        return self._submit(self._tools(name))

    def call(self, name: str, tool: str, arguments: Mapping[str, Any]) -> Future[ToolResult]:
        """Cancelling the Future cancels the call (the server is told, by the SDK)."""
        return self._submit(self._call(name, tool, dict(arguments)))

    def restart(self, name: str) -> Future[list[ToolInfo]]:
        return self._submit(self._restart(name))

    def close(self) -> None:
        with self._lock:
            servers = list(self._servers.values())
            self._servers.clear()
        done = [self._submit(self._stop(s)) for s in servers]
        for future in done:
            try:
                future.result(timeout=10)
            except Exception:  # noqa: BLE001 - closing: nothing is left to tell
                pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()

    def _submit(self, work: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(work, self._loop)

    # -- on the loop -------------------------------------------------------------

    def _server(self, name: str) -> _Server:
        with self._lock:
            server = self._servers.get(name)
        if server is None:
            raise ServerFailed(f"There is no tool server named \u201c{name}\u201d.")
        return server

    async def _tools(self, name: str) -> list[ToolInfo]:
        server = self._server(name)
        await self._started(server)
        return list(server.tools)

    async def _restart(self, name: str) -> list[ToolInfo]:
        server = self._server(name)
        await self._stop(server)
        return await self._tools(name)

    async def _started(self, server: _Server) -> None:
        if server.state is ServerState.FAILED:
            raise ServerFailed(server.reason)
        if server.task is None:
            server.ready = self._loop.create_future()
            server.stop = asyncio.Event()
            server.task = self._loop.create_task(self._serve(server))
        assert server.ready is not None
        await asyncio.shield(server.ready)

    def _set(self, server: _Server, state: ServerState, reason: str = "") -> None:
        server.state, server.reason = state, reason
        try:
            self.on_state(server.config.name, state, reason)
        except Exception:  # noqa: BLE001 - a listener's bug must not stop the server
            log.exception("A tool-server state listener failed")

    async def _serve(self, server: _Server) -> None:
        import mcp.client.stdio
        from mcp import ClientSession
        from mcp.client.stdio import StdioServerParameters, stdio_client

        # The SDK hands every child the parent's HOME, LOGNAME, PATH, SHELL, TERM and
        # USER, beneath what it is given; ours gets only its own (_base_environment).
        mcp.client.stdio.get_default_environment = dict

        config = server.config
        self._set(server, ServerState.STARTING)
        assert server.ready is not None and server.stop is not None
        try:
            path = search_path()
            command = resolve_command(config.command, path)
            env = {**_base_environment(path), **config.env}
            self.log_dir.mkdir(parents=True, exist_ok=True)
            with self.stderr_file(config.name).open("a", encoding="utf-8") as errlog:
                errlog.write(f"--- starting {command} {' '.join(config.args)}\n")
                errlog.flush()
                parameters = StdioServerParameters(command=command, args=list(config.args),
                                                   env=env, encoding_error_handler="replace")
                async with stdio_client(parameters, errlog=errlog) as (read, write), \
                        ClientSession(read, write) as session:
                    with anyio.fail_after(config.timeout_s):
                        await session.initialize()  # before anything else is asked
                        server.tools, server.skipped = await _listed(session, config.name)
                    server.session = session
                    self._set(server, ServerState.READY)
                    if not server.ready.done():
                        server.ready.set_result(None)
                    await server.stop.wait()
        except asyncio.CancelledError:
            raise
        except BaseException as error:  # noqa: BLE001 - any failure of the child is its state
            reason = _reason(error, config, self.stderr_tail(config.name))
            log.warning("Tool server %s failed: %s", config.name, reason)
            self._set(server, ServerState.FAILED, reason)
            if not server.ready.done():
                server.ready.set_exception(ServerFailed(reason))
        finally:
            server.session = None
            if server.state is not ServerState.FAILED:
                self._set(server, ServerState.STOPPED)

    async def _stop(self, server: _Server) -> None:
        task, server.task = server.task, None
        if server.stop is not None:
            server.stop.set()
        if task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(task), 10)
            except Exception:  # noqa: BLE001 - it is going regardless
                task.cancel()
        server.tools = []
        self._set(server, ServerState.STOPPED)

    async def _call(self, name: str, tool: str, arguments: dict[str, Any]) -> ToolResult:
        server = self._server(name)
        await self._started(server)
        known = {t.name: t for t in server.tools}
        if tool not in known:
            return ToolResult(f"The tool server \u201c{name}\u201d has no tool named "
                              f"\u201c{tool}\u201d.", is_error=True)
        problem = _argument_problem(arguments, known[tool].parameters)
        if problem:
            return ToolResult(f"The arguments do not match the tool's schema: {problem}",
                              is_error=True)
        session = server.session
        if session is None:
            raise ServerFailed(server.reason or f"The tool server \u201c{name}\u201d stopped.")
        try:
            with anyio.fail_after(server.config.timeout_s):
                result = await session.call_tool(tool, arguments)
        except asyncio.CancelledError:
            raise
        except TimeoutError:
            reason = (f"The tool server \u201c{name}\u201d did not answer within "
                      f"{server.config.timeout_s} s; it was stopped.")
            await self._fail(server, reason)
            raise ServerFailed(reason) from None
        except Exception as error:  # noqa: BLE001 - the server's failure, told as such
            reason = _reason(error, server.config, self.stderr_tail(name))
            await self._fail(server, reason)
            raise ServerFailed(reason) from None
        return _result_text(result)

    async def _fail(self, server: _Server, reason: str) -> None:
        task, server.task = server.task, None
        if server.stop is not None:
            server.stop.set()
        if task is not None:
            task.cancel()
        self._set(server, ServerState.FAILED, reason)


def _base_environment(path: str) -> dict[str, str]:
    env = {"PATH": path, "HOME": str(Path.home())}
    if sys.platform == "win32":  # without these two, programs do not start on Windows
        for key in ("SYSTEMROOT", "USERPROFILE"):
            if key in os.environ:
                env[key] = os.environ[key]
    return env


async def _listed(session: Any, server: str) -> tuple[list[ToolInfo], list[str]]:
    from llamadesk.engine.schema_limits import SchemaLimitError, check_schema

    tools, skipped, cursor = [], [], None
    for _page in range(100):
        listed = await session.list_tools(params=_page_params(cursor))
        for tool in listed.tools:
            schema = tool.input_schema if hasattr(tool, "input_schema") else tool.inputSchema
            try:
                if not isinstance(schema, Mapping) or schema.get("type", "object") != "object":
                    raise ValueError("its input schema is not a JSON object schema")
                check_schema(schema)
                _check_draft(schema)
            except (ValueError, SchemaLimitError) as why:
                skipped.append(f"{tool.name}: {why}")
                continue
            tools.append(ToolInfo(server, tool.name, tool.description or "", dict(schema)))
        cursor = getattr(listed, "next_cursor", None) or getattr(listed, "nextCursor", None)
        if not cursor:
            break
    return tools, skipped


def _page_params(cursor: str | None) -> Any:
    if cursor is None:
        return None
    import mcp_types

    return mcp_types.PaginatedRequestParams(cursor=cursor)


def _check_draft(schema: Mapping[str, Any]) -> None:
    import jsonschema

    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        raise ValueError(f"its input schema is invalid ({error.message})") from None


def _argument_problem(arguments: Mapping[str, Any], schema: Mapping[str, Any]) -> str:
    import jsonschema

    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(arguments))
    if error is None:
        return ""
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where + ': ' if where else ''}{error.message}"


def _result_text(result: Any) -> ToolResult:
    parts = []
    for item in getattr(result, "content", None) or []:
        kind = getattr(item, "type", "")
        if kind == "text":
            parts.append(item.text)
        elif kind == "resource" and hasattr(getattr(item, "resource", None), "text"):
            parts.append(item.resource.text)
        else:
            parts.append(f"[{kind or 'content'} not shown]")
    structured = getattr(result, "structured_content", None) \
        or getattr(result, "structuredContent", None)
    if not parts and structured is not None:
        parts.append(json.dumps(structured, ensure_ascii=False))
    text = "\n".join(parts)
    if len(text) > MAX_RESULT_CHARS:
        text = (text[:MAX_RESULT_CHARS]
                + f"\n[\u2026 cut here: the result was {len(text):,} characters]")
    error = getattr(result, "is_error", None)
    if error is None:
        error = getattr(result, "isError", False)
    return ToolResult(text, bool(error))


def _reason(error: BaseException, config: McpServer, stderr: str) -> str:
    """Why a server failed, in a sentence, with the end of what it printed."""
    if isinstance(error, LlamaDeskError):
        reason = str(error)
    elif isinstance(error, TimeoutError):
        reason = (f"The tool server \u201c{config.name}\u201d did not answer within "
                  f"{config.timeout_s} s.")
    elif getattr(error, "exceptions", None):  # an ExceptionGroup from the SDK's tasks
        return _reason(error.exceptions[0], config, stderr)  # type: ignore[attr-defined]
    else:
        reason = (f"The tool server \u201c{config.name}\u201d stopped: "
                  f"{type(error).__name__}: {error}".rstrip(": "))
    last = [line for line in stderr.strip().splitlines() if not line.startswith("---")][-3:]
    return reason + ("\n" + "\n".join(last) if last else "")
