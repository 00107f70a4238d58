"""The server list: what the settings keep, the mcpServers block other apps use, and
a command found where a desktop app's PATH would miss it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from llamadesk.tools.command import CommandNotFound, resolve_command, search_path
from llamadesk.tools.servers import (
    McpServer,
    ServerListError,
    servers_from_pasted_json,
    servers_from_settings,
    valid_server_list,
)

PASTED = """{
  "mcpServers": {
    "filesystem": {"command": "npx",
                   "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
    "github": {"command": "docker", "args": ["run", "-i", "ghcr.io/github/server"],
               "env": {"GITHUB_TOKEN": "abc"}}
  }
}"""


def test_a_pasted_block_becomes_servers() -> None:
    servers = servers_from_pasted_json(PASTED)
    assert [s.name for s in servers] == ["filesystem", "github"]
    assert servers[0].args == ("-y", "@modelcontextprotocol/server-filesystem", "/tmp")
    assert servers[1].env == {"GITHUB_TOKEN": "abc"} and servers[1].timeout_s == 60
    stored = [s.to_json() for s in servers]
    assert valid_server_list(stored) and servers_from_settings(stored) == servers


@pytest.mark.parametrize(("text", "words"), [
    ("not json", "This is not JSON"),
    ('{"mcpServers": {}}', "Expected"),
    ('{"x": {"args": []}}', "has no command"),
    ('{"x": {"url": "https://example.com/mcp"}}', "over the network"),
    ('{"bad/name": {"command": "a"}}', "A server's name"),
    ('{"x": {"command": "a", "env": {"A": 1}}}', "environment"),
])
def test_a_pasted_block_that_cannot_be_used_says_why(text: str, words: str) -> None:
    with pytest.raises(ServerListError, match=words):
        servers_from_pasted_json(text)


def test_two_servers_of_one_name_are_not_kept() -> None:
    one = McpServer("a", "x").to_json()
    assert not valid_server_list([one, one])


def test_a_command_is_found_where_the_shell_would_find_it(tmp_path: Path) -> None:
    tool = tmp_path / "bin" / "my-server"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    assert resolve_command("my-server", str(tool.parent)) == str(tool)
    assert resolve_command(str(tool)) == str(tool)
    with pytest.raises(CommandNotFound, match="Install Node.js"):
        resolve_command("npx", str(tmp_path / "empty"))
    with pytest.raises(CommandNotFound, match="does not exist"):
        resolve_command(str(tmp_path / "nope" / "server"))


def test_the_search_adds_where_tools_are_installed() -> None:
    path = search_path("/only/this").split(os.pathsep)
    assert path[0] == "/only/this"
    assert str(Path.home() / ".local" / "bin") in path


def test_a_disk_that_refuses_the_list_gets_a_sentence(data_dir: Path) -> None:
    from llamadesk.paths import AppPaths
    from tests.test_cli import llamadesk

    # Where the settings are written first (then renamed): a folder, so the write fails
    # as on a full or read-only disk, even for root.
    settings = AppPaths.resolve(data_dir).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.with_name(settings.name + ".partial").mkdir()
    added = llamadesk("tools", "add", "files", "npx", "server", data_dir=data_dir)
    assert added.returncode != 0 and "Traceback" not in added.stderr
    assert "the tool servers could not be saved" in added.stderr
