"""The user's MCP servers, run for real: a small stdio server written with the mcp
SDK (tests/helpers/mcp_test_server.py) started as a child process, on the host's own
asyncio thread. Each misbehaviour ends in a clear state, and the host goes on."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import CancelledError
from pathlib import Path

import pytest

from llamadesk.tools.host import MAX_RESULT_CHARS, McpHost, ServerFailed, ServerState
from llamadesk.tools.servers import McpServer

SERVER = str(Path(__file__).parents[1] / "helpers" / "mcp_test_server.py")


def _server(name: str, *flags: str, timeout_s: int = 20, **env: str) -> McpServer:
    return McpServer(name, sys.executable, (SERVER, *flags), env, timeout_s)


@pytest.fixture
def host(tmp_path: Path) -> Iterator[McpHost]:
    made = McpHost(tmp_path / "logs")
    yield made
    made.close()


def test_tools_listed_after_initialize_and_called(host: McpHost) -> None:
    host.configure([_server("math")])
    assert host.state("math")[0] is ServerState.STOPPED  # started on first use only
    tools = host.tools("math").result(timeout=30)
    assert {t.name for t in tools} == {"add", "sleep", "huge", "crash"}
    add = next(t for t in tools if t.name == "add")
    assert add.parameters["properties"]["a"]["type"] == "integer"
    assert host.state("math")[0] is ServerState.READY
    result = host.call("math", "add", {"a": 2, "b": 40}).result(timeout=30)
    assert (result.text, result.is_error) == ("42", False)


def test_wrong_calls_come_back_as_the_tools_result(host: McpHost) -> None:
    host.configure([_server("math")])
    unknown = host.call("math", "subtract", {"a": 1}).result(timeout=30)
    assert unknown.is_error and "no tool named" in unknown.text
    wrong = host.call("math", "add", {"a": "two", "b": 2}).result(timeout=30)
    assert wrong.is_error and "schema" in wrong.text and "'two'" in wrong.text
    assert host.state("math")[0] is ServerState.READY  # the server is fine


def test_a_huge_result_is_cut_with_a_note(host: McpHost) -> None:
    host.configure([_server("math", timeout_s=120)])
    result = host.call("math", "huge", {"megabytes": 4}).result(timeout=120)
    assert len(result.text) < MAX_RESULT_CHARS + 200
    assert "cut here: the result was 4,194,304 characters" in result.text


def test_fifty_megabytes_end_in_a_clear_state(host: McpHost) -> None:
    """The SDK reads a 50 MB line slowly (minutes on two cores): the call runs into
    its time limit, the server is marked failed with the reason, and restarts."""
    host.configure([_server("math", timeout_s=5)])
    host.tools("math").result(timeout=30)
    with pytest.raises(ServerFailed, match="did not answer within 5 s"):
        host.call("math", "huge", {"megabytes": 50}).result(timeout=60)
    assert host.state("math")[0] is ServerState.FAILED
    host.restart("math").result(timeout=30)
    assert host.call("math", "add", {"a": 1, "b": 1}).result(timeout=30).text == "2"


def test_a_call_that_takes_too_long_fails_the_server_which_restarts(tmp_path: Path,
                                                                     host: McpHost) -> None:
    host.configure([_server("slow", timeout_s=2)])
    host.tools("slow").result(timeout=30)
    started = time.monotonic()
    with pytest.raises(ServerFailed, match="did not answer within 2 s"):
        host.call("slow", "sleep", {"seconds": 30}).result(timeout=30)
    assert time.monotonic() - started < 15
    assert host.state("slow")[0] is ServerState.FAILED
    # Failed stays failed until restarted; restarted, it works.
    with pytest.raises(ServerFailed):
        host.call("slow", "add", {"a": 1, "b": 1}).result(timeout=30)
    host.restart("slow").result(timeout=30)
    assert host.call("slow", "add", {"a": 1, "b": 1}).result(timeout=30).text == "2"


def test_stop_cancels_a_running_call(host: McpHost) -> None:
    host.configure([_server("math")])
    host.tools("math").result(timeout=30)
    running = host.call("math", "sleep", {"seconds": 30})
    time.sleep(0.5)
    started = time.monotonic()
    assert running.cancel()
    with pytest.raises(CancelledError):
        running.result(timeout=5)
    assert time.monotonic() - started < 5
    assert host.call("math", "add", {"a": 1, "b": 2}).result(timeout=30).text == "3"


@pytest.mark.parametrize(("flag", "words"), [
    ("--exit", "cannot start: no configuration"),
    ("--silent", "did not answer within 3 s"),
])
def test_a_server_that_cannot_start_says_why(host: McpHost, flag: str, words: str) -> None:
    host.configure([_server("broken", flag, timeout_s=3)])
    with pytest.raises(ServerFailed) as failed:
        host.tools("broken").result(timeout=30)
    assert words in str(failed.value)
    state, reason = host.state("broken")
    assert state is ServerState.FAILED and words in reason


def test_garbage_on_stdout_is_survived(host: McpHost) -> None:
    host.configure([_server("noisy", "--garbage")])
    assert host.call("noisy", "add", {"a": 3, "b": 4}).result(timeout=30).text == "7"


def test_a_tool_with_an_invalid_schema_is_left_out_with_the_reason(host: McpHost) -> None:
    host.configure([_server("odd", "--bad-schema")])
    names = {t.name for t in host.tools("odd").result(timeout=30)}
    assert "broken" not in names and "add" in names
    [why] = host.skipped("odd")
    assert why.startswith("broken:") and "invalid" in why


def test_a_missing_program_is_named(host: McpHost) -> None:
    host.configure([McpServer("ghost", "npx-that-is-not-installed", ("server",))])
    with pytest.raises(ServerFailed, match="was not found on this computer"):
        host.tools("ghost").result(timeout=30)


def test_the_child_gets_only_its_own_variables(host: McpHost,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN_LOOKALIKE", "secret")
    host.configure([_server("env", "--env", API_KEY="given")])
    host.tools("env").result(timeout=30)
    line = next(line for line in host.stderr_tail("env").splitlines()
                if line.startswith("ENV "))
    names = set(line.split()[1:])
    # What Python itself adds to every process (LC_CTYPE coercion) aside.
    assert names - {"LC_CTYPE", "PYTHONIOENCODING"} == {"API_KEY", "HOME", "PATH"}
    assert "HF_TOKEN_LOOKALIKE" not in names and os.environ["HF_TOKEN_LOOKALIKE"]


def test_a_server_that_crashes_mid_session_is_marked_and_restarts(host: McpHost) -> None:
    host.configure([_server("math")])
    assert host.call("math", "add", {"a": 1, "b": 1}).result(timeout=30).text == "2"
    with pytest.raises(ServerFailed, match="stopped"):
        host.call("math", "crash", {}).result(timeout=30)
    assert host.state("math")[0] is ServerState.FAILED
    host.restart("math").result(timeout=30)
    assert host.call("math", "add", {"a": 2, "b": 2}).result(timeout=30).text == "4"
