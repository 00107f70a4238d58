"""`llamadesk tools`: the MCP tool servers that `chat --tools` (and the window) use,
kept in the settings: list, add, import a pasted mcpServers block, remove, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from llamadesk.commands.output import EXIT_ERROR, EXIT_USAGE, print_error

if TYPE_CHECKING:
    from llamadesk.chat_tools import ToolUse
    from llamadesk.settings import Settings
    from llamadesk.tools.host import McpHost
    from llamadesk.tools.servers import McpServer


def run(args: argparse.Namespace) -> int:
    from llamadesk.paths import AppPaths
    from llamadesk.settings import Settings
    from llamadesk.tools.servers import (
        McpServer,
        ServerListError,
        servers_from_pasted_json,
        servers_from_settings,
    )

    paths = AppPaths.resolve(args.data_dir).ensure()
    settings = Settings(paths.settings_file)
    servers = servers_from_settings(settings["mcp_servers"])
    action = args.tools_command
    if action == "list":
        if not servers:
            print("No tool servers. Add one with `llamadesk tools add NAME COMMAND [ARG...]`.")
        for server in servers:
            state = "" if server.enabled else "  (off)"
            print(f"{server.name}: {server.command} {' '.join(server.args)}".rstrip() + state)
        return 0
    if action == "check":
        return _check(paths.log_dir, servers, args.name)
    if action == "remove":
        kept = [s for s in servers if s.name != args.name]
        if len(kept) == len(servers):
            print_error(f"no tool server named {args.name!r}")
            return EXIT_USAGE
        settings["mcp_servers"] = [s.to_json() for s in kept]
        return _save(settings)
    try:
        if action == "add":
            env = dict(_pair(item) for item in args.env or [])
            added = [McpServer.from_json({"name": args.name, "command": args.server_command,
                                          "args": args.arguments, "env": env,
                                          "timeout_s": args.timeout})]
        else:  # import
            text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(
                encoding="utf-8")
            added = servers_from_pasted_json(text)
    except (ServerListError, ValueError, OSError) as error:
        print_error(str(error))
        return EXIT_USAGE
    names = {s.name for s in added}
    merged = [s for s in servers if s.name not in names] + added
    settings["mcp_servers"] = [s.to_json() for s in merged]
    if _save(settings) != 0:
        return EXIT_ERROR
    for server in added:
        print(f"Added {server.name}.")
    return 0


def _save(settings: Settings) -> int:
    """The list on disk, or a sentence when the disk refuses (full, read-only)."""
    try:
        settings.save()
    except OSError as error:
        print_error(f"the tool servers could not be saved in {settings.file}: "
                    f"{error.strerror or error}")
        return EXIT_ERROR
    return 0


def _pair(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep:
        raise ValueError(f"--env takes NAME=VALUE, not {item!r}")
    return name, value


def _check(log_dir: Path, servers: list[McpServer], name: str) -> int:
    from llamadesk.tools.host import McpHost, ServerFailed

    chosen = [s for s in servers if s.name == name]
    if not chosen:
        print_error(f"no tool server named {name!r}")
        return EXIT_USAGE
    host = McpHost(log_dir)
    try:
        host.configure(chosen)
        tools = host.tools(name).result()
    except ServerFailed as error:
        print_error(str(error))
        return EXIT_ERROR
    finally:
        skipped = host.skipped(name)
        host.close()
    for tool in tools:
        print(f"{tool.name}: {tool.description.splitlines()[0] if tool.description else ''}")
    for why in skipped:
        print(f"left out: {why}")
    return 0


def terminal_tools(log_dir: Path, settings: Settings,
                   allow_all: bool) -> tuple[ToolUse, McpHost]:
    """`chat --tools`: the configured servers, each call asked on the terminal (on
    stderr, so the reply alone is on stdout), or allowed with --yes."""
    from llamadesk.chat_tools import ToolEvent, ToolUse
    from llamadesk.tools.host import McpHost
    from llamadesk.tools.runner import Decision, McpToolRunner, PendingCall
    from llamadesk.tools.servers import servers_from_settings

    host = McpHost(log_dir)
    host.configure(servers_from_settings(settings["mcp_servers"]))
    if not host.names():
        print("llamadesk: no tool servers are set up (`llamadesk tools add`); answering "
              "without tools", file=sys.stderr)

    def ask(call: PendingCall) -> Decision:
        if allow_all:
            return Decision.ALLOW_ONCE
        where = f"{call.server} \u203a {call.tool}" if call.server else call.name
        if not sys.stdin.isatty():
            print(f"\nllamadesk: not allowed: {where} (no terminal to ask; give --yes to "
                  "allow every call)", file=sys.stderr)
            return Decision.DENY
        print(f"\nThe model wants to call {where} with {call.arguments}", file=sys.stderr)
        answer = input("Allow? [y] once, [a] always this tool, [N] no: ").strip().lower()
        return {"y": Decision.ALLOW_ONCE, "a": Decision.ALWAYS}.get(answer[:1],
                                                                     Decision.DENY)

    def told(event: ToolEvent) -> None:
        if event.state != "done":
            return
        call = event.call
        first = (call.result.strip().splitlines() or [""])[0][:200]
        print(f"\n[tool] {call.server or '?'} \u203a {call.name}: {call.status}"
              + (f" \u2192 {first}" if first else ""), file=sys.stderr)

    return ToolUse(McpToolRunner(host, ask), told, settings["tool_rounds"]), host
