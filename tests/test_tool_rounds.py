"""A chat reply that calls the user's MCP tools: the real engine (a tiny model that
starts a call, held to the syntax by the lazy grammar), the real MCP test server
(tests/helpers/mcp_test_server.py) on the host's thread, real SQLite. Allowed and
denied calls, the result going back to the model, the rounds stored and sent back
in later prompts, and the cap on rounds."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.app import AppContext
from llamadesk.chat import ChatService
from llamadesk.chat_tools import DENIED, ToolEvent, ToolUse
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.tools.host import McpHost
from llamadesk.tools.runner import Decision, McpToolRunner, PendingCall
from llamadesk.tools.servers import McpServer
from tests.helpers.tiny_gguf import REPLY
from tests.helpers.tool_model import write_tool_model

SERVER = str(Path(__file__).parent / "helpers" / "mcp_test_server.py")


@pytest.fixture
def host(tmp_path: Path) -> Iterator[McpHost]:
    made = McpHost(tmp_path / "logs")
    made.configure([McpServer("math", sys.executable, (SERVER, "--only-add"), {}, 30)])
    yield made
    made.close()


@pytest.fixture(scope="module")
def caller(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelSession]:
    model = write_tool_model(tmp_path_factory.mktemp("tools") / "caller.gguf")
    session = ModelSession.load(model, LoadOptions())
    yield session
    session.close()


def _runner(host: McpHost, answer: Decision, asked: list[PendingCall]) -> McpToolRunner:
    def ask(call: PendingCall) -> Decision:
        asked.append(call)
        return answer

    return McpToolRunner(host, ask)


def test_an_allowed_call_runs_and_the_model_answers_after_it(
        context: AppContext, caller: ModelSession, host: McpHost) -> None:
    asked: list[PendingCall] = []
    events: list[ToolEvent] = []
    use = ToolUse(_runner(host, Decision.ALLOW_ONCE, asked), events.append)
    service = ChatService(context.repository)
    shown: list[str] = []
    reply = service.send(caller, None, "Add two numbers", SamplingParams(seed=1),
                         on_text=shown.append, tools=use)
    assert reply.content == REPLY and reply.finish_reason == "stop"
    [round_] = reply.tool_rounds
    calls = round_.calls  # the tiny model may call more than once (parallel calls)
    for call in calls:
        arguments = json.loads(call.arguments)
        assert call.name == "add" and call.server == "math" and call.status == "done"
        assert call.result == str(arguments["a"] + arguments["b"]) and not call.is_error
    assert [(c.server, c.tool) for c in asked] == [("math", "add")] * len(calls)
    assert [e.state for e in events] == ["asking", "running", "done"] * len(calls)
    # Stored, and what the next prompt is made of: the calls, their results, the answer.
    stored = context.repository.get_message(reply.id)
    assert stored.tool_rounds == reply.tool_rounds
    sent = service.prompt_messages(reply.conversation_id)
    assert [m.role for m in sent] == ["user", "assistant", *["tool"] * len(calls),
                                      "assistant"]
    assert [c.id for c in sent[1].tool_calls] == [c.id for c in calls]
    assert [(m.tool_call_id, m.content) for m in sent[2:-1]] == [
        (c.id, c.result) for c in calls]


def test_a_denied_call_tells_the_model_so(context: AppContext, caller: ModelSession,
                                          host: McpHost) -> None:
    asked: list[PendingCall] = []
    use = ToolUse(_runner(host, Decision.DENY, asked))
    reply = ChatService(context.repository).send(caller, None, "Add", SamplingParams(seed=1),
                                                 tools=use)
    calls = reply.tool_rounds[0].calls
    assert calls and all((c.status, c.result, c.is_error) == ("denied", DENIED, True)
                         for c in calls)
    assert reply.content == REPLY  # the model went on, told the call was not allowed


def test_always_allow_asks_once(context: AppContext, caller: ModelSession,
                                host: McpHost) -> None:
    asked: list[PendingCall] = []
    runner = _runner(host, Decision.ALWAYS, asked)
    service = ChatService(context.repository)
    for _ in range(2):
        service.send(caller, None, "Add", SamplingParams(seed=1), tools=ToolUse(runner))
    assert {(c.server, c.tool) for c in asked} == {("math", "add")} and len(asked) == 1


def test_a_model_that_keeps_calling_stops_after_eight_rounds(
        tmp_path: Path, context: AppContext, host: McpHost) -> None:
    model = write_tool_model(tmp_path / "looper.gguf", always_call=True,
                             context_length=32768)
    session = ModelSession.load(model, LoadOptions())
    try:
        asked: list[PendingCall] = []
        reply = ChatService(context.repository).send(
            session, None, "Add", SamplingParams(seed=1),
            tools=ToolUse(_runner(host, Decision.ALLOW_ONCE, asked)))
        assert reply.finish_reason == "tool_rounds"
        assert len(reply.tool_rounds) == 8
        assert len(asked) == sum(len(r.calls) for r in reply.tool_rounds) >= 8
    finally:
        session.close()


def test_a_model_that_cannot_call_tools_answers_without(
        context: AppContext, tiny_model: Path, host: McpHost) -> None:
    session = ModelSession.load(tiny_model, LoadOptions())
    try:
        asked: list[PendingCall] = []
        reply = ChatService(context.repository).send(
            session, None, "Add", SamplingParams(seed=1),
            tools=ToolUse(_runner(host, Decision.ALLOW_ONCE, asked)))
        assert reply.content == REPLY and reply.tool_rounds == () and asked == []
    finally:
        session.close()


def test_the_terminal_sets_up_servers_and_chats_with_tools(tmp_path: Path,
                                                            data_dir: Path) -> None:
    from tests.test_cli import llamadesk

    model = write_tool_model(tmp_path / "caller.gguf")
    pasted = json.dumps({"mcpServers": {"math": {
        "command": sys.executable, "args": [SERVER, "--only-add"]}}})
    imported = llamadesk("tools", "import", "-", data_dir=data_dir, stdin=pasted)
    assert imported.returncode == 0 and "Added math." in imported.stdout, imported.stderr
    added = llamadesk("tools", "add", "spare", "npx", "-y", "some-server", "--env", "A=b",
                      data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    listed = llamadesk("tools", "list", data_dir=data_dir)
    assert "math: " in listed.stdout and "spare: npx -y some-server" in listed.stdout
    assert llamadesk("tools", "remove", "spare", data_dir=data_dir).returncode == 0
    checked = llamadesk("tools", "check", "math", data_dir=data_dir)
    assert checked.returncode == 0 and checked.stdout.startswith("add: "), checked.stderr

    # Piped, nobody can be asked: the call is not allowed, and the model is told so.
    denied = llamadesk("chat", "--model", str(model), "--tools", "Add", data_dir=data_dir)
    assert denied.returncode == 0, denied.stderr
    assert "not allowed: math \u203a add" in denied.stderr
    assert denied.stdout.strip().endswith(REPLY)
    allowed = llamadesk("chat", "--model", str(model), "--tools", "--yes", "Add",
                        data_dir=data_dir)
    assert allowed.returncode == 0, allowed.stderr
    assert "[tool] math \u203a add: done \u2192 " in allowed.stderr
    assert allowed.stdout.strip().endswith(REPLY)


def test_continue_carries_on_after_the_rounds_so_far(tmp_path: Path, context: AppContext,
                                                     host: McpHost) -> None:
    """A reply stopped by the cap on rounds, carried on with tools: its rounds are
    kept and sent back, and it goes on from its text so far."""
    model = write_tool_model(tmp_path / "looper.gguf", always_call=True,
                             context_length=32768)
    session = ModelSession.load(model, LoadOptions())
    try:
        asked: list[PendingCall] = []
        service = ChatService(context.repository)
        runner = _runner(host, Decision.ALLOW_ONCE, asked)
        first = service.send(session, None, "Add", SamplingParams(seed=1),
                             tools=ToolUse(runner, max_rounds=1))
        assert first.finish_reason == "tool_rounds" and len(first.tool_rounds) == 1
        carried = service.continue_reply(session, first.id, SamplingParams(seed=1),
                                         tools=ToolUse(runner, max_rounds=2))
        # Prefilled with its text so far, this model answers (its last token is no
        # longer the one that leads into a call); the round it made stays.
        assert carried.id == first.id and carried.finish_reason == "stop"
        assert carried.content.strip() == REPLY
        assert carried.tool_rounds == first.tool_rounds
    finally:
        session.close()
