"""A small MCP server over stdio for the tests, written with the official mcp SDK.

Tools: add(a, b), sleep(seconds), crash(), huge(megabytes) and, with --bad-schema, a tool
whose input schema is invalid; --only-add, --only-sleep (which always outlasts
a test's time limit) and --only-crash offer that tool alone. Misbehaviour by flag:
--garbage prints noise on stdout first, --exit leaves at once, --silent never
answers, --env prints the environment it was given on stderr."""

from __future__ import annotations

import asyncio
import os
import sys
import time


def main() -> None:
    flags = set(sys.argv[1:])
    if "--env" in flags:
        print("ENV " + " ".join(sorted(os.environ)), file=sys.stderr, flush=True)
    if "--exit" in flags:
        print("cannot start: no configuration", file=sys.stderr, flush=True)
        sys.exit(3)
    if "--silent" in flags:
        print("listening... (not really)", file=sys.stderr, flush=True)
        time.sleep(3600)
    if "--garbage" in flags:
        print("Welcome to the server! {not json", flush=True)
        print("\x00\x01binary noise", flush=True)

    from mcp.server.mcpserver import MCPServer

    server = MCPServer("llamadesk-test")
    only = {flag.removeprefix("--only-") for flag in flags if flag.startswith("--only-")}

    def offered(name: str) -> bool:
        return not only or name in only

    if offered("add"):
        @server.tool()
        def add(a: int, b: int) -> str:
            """Add two whole numbers."""
            return str(a + b)

    if offered("sleep") and only:
        @server.tool()
        async def sleep() -> str:
            """Wait longer than any test allows (nothing a model writes changes it)."""
            await asyncio.sleep(3600)
            return "slept"
    elif offered("sleep"):
        @server.tool()
        async def sleep(seconds: float) -> str:
            """Wait a while."""
            await asyncio.sleep(seconds)
            return f"slept {seconds}"

    if offered("crash"):
        @server.tool()
        def crash() -> str:
            """Ends the server at once, mid-session."""
            os._exit(1)

    if only:
        server.run()
        return

    @server.tool()
    def huge(megabytes: int) -> str:
        """A very long answer."""
        return "x" * (megabytes * 1024 * 1024)

    if "--bad-schema" in flags:
        @server.tool()
        def broken(x: int) -> str:
            """A tool whose schema is wrong."""
            return str(x)

        tool = server._tool_manager.get_tool("broken")  # noqa: SLF001 - a test's sabotage
        assert tool is not None
        tool.parameters = {"type": "object", "properties": {"x": {"type": "nonsense"}}}

    server.run()


if __name__ == "__main__":
    main()
