"""A reply that may call the user's tools: rounds of the model writing (and
thinking), calling, and reading the results, until it answers in words.

Each call is put to the user first (tools/runner.py); a denied call, a failed server
or a wrong argument goes back to the model as the call's result, so the reply goes
on. The rounds are saved as each call is decided and answered (a crash keeps them),
and a reply stops after ``max_rounds`` rounds with a note, so a model that calls in
a loop cannot run forever. Stop cancels a running call."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.reasoning import ReasoningSplitter
from llamadesk.engine.tool_calls.scanning import Call
from llamadesk.engine.tool_calls.setup import ToolSetup
from llamadesk.errors import LlamaDeskError
from llamadesk.storage.records import MessageRecord, ReplyStats, ToolCallRecord, ToolRound
from llamadesk.storage.schema import FinishReason

if TYPE_CHECKING:
    from llamadesk.engine.options import SamplingParams
    from llamadesk.engine.session import ModelSession
    from llamadesk.storage.repository import HistoryRepository
    from llamadesk.tools.host import ToolResult
    from llamadesk.tools.runner import PendingCall

log = logging.getLogger(__name__)

DEFAULT_MAX_ROUNDS = 8
DENIED = "The user did not allow this call."
CANCELLED = "The call was stopped by the user."


class ToolRunner(Protocol):
    """What a reply needs of the tools (tools/runner.py, McpToolRunner)."""

    def offered(self) -> list[dict[str, Any]]: ...

    def pending(self, call_id: str, name: str, arguments: str) -> PendingCall: ...

    def decide(self, call: PendingCall) -> bool: ...

    def run(self, call: PendingCall, arguments: dict[str, Any],
            stop: threading.Event) -> ToolResult: ...


@dataclass(frozen=True)
class ToolEvent:
    """News of a call for the window or the terminal: "asking" (waiting for the user),
    "running", then "done" with the record's status and result."""

    reply_id: int
    round: int
    state: str
    call: ToolCallRecord


@dataclass
class ToolUse:
    runner: ToolRunner
    on_event: Callable[[ToolEvent], None] = lambda _event: None
    max_rounds: int = DEFAULT_MAX_ROUNDS


def round_messages(rounds: tuple[ToolRound, ...]) -> list[ChatMessage]:
    """A reply's earlier rounds as the template is given them: the assistant's text
    and calls, then one tool message per call with its result."""
    messages = []
    for done in rounds:
        calls = tuple(Call(c.name, c.arguments, c.id, True) for c in done.calls)
        messages.append(ChatMessage("assistant", done.text, done.reasoning, calls))
        messages += [ChatMessage("tool", c.result, tool_call_id=c.id) for c in done.calls]
    return messages


def stream_with_tools(repository: HistoryRepository, session: ModelSession,
                      reply: MessageRecord, messages: list[ChatMessage],
                      params: SamplingParams, use: ToolUse, *,
                      on_text: Callable[[str], None], on_reasoning: Callable[[str], None],
                      stop_event: threading.Event | None,
                      save_interval: float,
                      carried_on: bool = False) -> tuple[MessageRecord, Any] | None:
    """The reply with its rounds; None when the model cannot call tools (its template
    shows none), for the caller to answer without them. Also the last generation's
    result (for the context report). ``carried_on``: Continue on ``reply``, whose
    text so far is prefilled and goes on, after its earlier rounds."""
    offered = use.runner.offered()
    setup = ToolSetup.for_session(session, offered, think=params.think)
    if setup is None:
        return None
    stop = stop_event or threading.Event()
    rounds: list[ToolRound] = list(reply.tool_rounds)
    conversation = [*messages, *round_messages(reply.tool_rounds)]
    prefix = reply.content if carried_on else ""
    while True:
        try:
            text, thought, calls, result, thinking_ms = _one_round(
                repository, session, reply, conversation, setup, params, on_text,
                on_reasoning, stop, save_interval, prefix)
        except BaseException as error:
            # As a reply without tools ends (chat.py): what was shown is kept, marked.
            reason = FinishReason.ERROR if isinstance(error, LlamaDeskError) \
                else FinishReason.INTERRUPTED
            current = repository.get_message(reply.id)
            _finish(repository, reply, current.content, current.reasoning, None, rounds,
                    reason.value, None)
            raise
        finish = result.finish_reason
        if not calls or finish != "stop" or stop.is_set():
            return _finish(repository, reply, text, thought, thinking_ms, rounds,
                           finish, result), result
        if len(rounds) >= use.max_rounds:
            return _finish(repository, reply, text, thought, thinking_ms, rounds,
                           FinishReason.TOOL_ROUNDS.value, result), result
        records = _answer_calls(repository, reply, rounds, text, thought, calls, use,
                                stop)
        rounds.append(ToolRound(text.strip(), tuple(records), thought))
        repository.save_tool_rounds(reply.id, rounds)
        conversation += round_messages((rounds[-1],))
        prefix = ""  # the next round is a new generation


def _one_round(repository: HistoryRepository, session: ModelSession,
               reply: MessageRecord, conversation: list[ChatMessage], setup: ToolSetup,
               params: SamplingParams, on_text: Callable[[str], None],
               on_reasoning: Callable[[str], None], stop: threading.Event,
               save_interval: float, prefix: str = ""
               ) -> tuple[str, str | None, list[Call], Any, float | None]:
    """One generation: its text, thinking, calls, result and thinking time.
    ``prefix``: the text a reply carried on already had (prefilled, kept in front;
    its thinking is over, so what comes is answer)."""
    fmt = session.reasoning_for(params.think) if not prefix else None
    splitter = ReasoningSplitter(fmt) if fmt is not None else None
    if prefix:
        conversation = [*conversation, ChatMessage("assistant", prefix, reply.reasoning)]
    calls = setup.stream()
    started = last_save = time.monotonic()
    thought_for: list[float] = []

    def feed(reasoning: str, answer: str) -> None:
        if reasoning:
            on_reasoning(calls.feed(reasoning, reasoning=True).reasoning)
        if answer:
            if not thought_for and calls.reasoning:
                thought_for.append((time.monotonic() - started) * 1000)
            shown = calls.feed(answer)
            if shown.reasoning:
                on_reasoning(shown.reasoning)
            if shown.content:
                on_text(shown.content)

    def receive(piece: str) -> None:
        nonlocal last_save
        if splitter is None:
            feed("", piece)
        else:
            part = splitter.feed(piece)
            feed(part.reasoning, part.answer)
        now = time.monotonic()
        if now - last_save >= save_interval:
            repository.save_partial_reply(reply.id, prefix + calls.content,
                                          calls.reasoning or None)
            last_save = now

    result = session.generate(conversation, setup.params(params), receive, stop,
                              conversation=reply.conversation_id, tools=setup.tools)
    if splitter is not None:
        last = splitter.finish()
        feed(last.reasoning, last.answer)
    end = calls.finish()
    if calls.note:
        log.info("Output that looked like a tool call was kept as text: %s", calls.note)
    if end.reasoning:
        on_reasoning(end.reasoning)
    if end.content:
        on_text(end.content)
    thinking_ms = (thought_for[0] if thought_for else (time.monotonic() - started) * 1000) \
        if calls.reasoning else None
    if prefix:  # carried on: its thinking stays as it was
        return (prefix + calls.content, reply.reasoning,
                [c for c in calls.calls if c.done], result, reply.thinking_ms)
    return (calls.content, calls.reasoning or None, [c for c in calls.calls if c.done],
            result, thinking_ms)


def _answer_calls(repository: HistoryRepository, reply: MessageRecord,
                  rounds: list[ToolRound], text: str, thought: str | None,
                  calls: list[Call], use: ToolUse,
                  stop: threading.Event) -> list[ToolCallRecord]:
    records: list[ToolCallRecord] = []
    number = len(rounds)
    for call in calls:
        pending = use.runner.pending(call.id, call.name, call.arguments)
        record = ToolCallRecord(call.id, call.name, call.arguments, pending.server)
        use.on_event(ToolEvent(reply.id, number, "asking", record))
        if stop.is_set():
            record = _with(record, "cancelled", CANCELLED, True)
        elif not use.runner.decide(pending):
            record = _with(record, "denied", DENIED, True)
        else:
            use.on_event(ToolEvent(reply.id, number, "running", record))
            record = _run(use, pending, record, stop)
        records.append(record)
        use.on_event(ToolEvent(reply.id, number, "done", record))
        # Saved as each call is answered: a crash keeps what was called and got.
        repository.save_tool_rounds(
            reply.id, [*rounds, ToolRound(text.strip(), tuple(records), thought)])
    return records


def _run(use: ToolUse, pending: PendingCall, record: ToolCallRecord,
         stop: threading.Event) -> ToolCallRecord:
    from llamadesk.tools.host import ServerFailed

    try:
        arguments = json.loads(pending.arguments or "{}")
    except ValueError:
        return _with(record, "failed", "The arguments were not valid JSON.", True)
    if not isinstance(arguments, dict):
        return _with(record, "failed", "The arguments must be a JSON object.", True)
    try:
        result = use.runner.run(pending, arguments, stop)
    except CancelledError:
        return _with(record, "cancelled", CANCELLED, True)
    except ServerFailed as error:
        return _with(record, "failed", str(error), True)
    # A result the tool itself marks as an error is a failed call, as the user sees it.
    return _with(record, "failed" if result.is_error else "done", result.text,
                 result.is_error)


def _with(record: ToolCallRecord, status: str, result: str,
          is_error: bool) -> ToolCallRecord:
    return ToolCallRecord(record.id, record.name, record.arguments, record.server, status,
                          result, is_error)


def _finish(repository: HistoryRepository, reply: MessageRecord, text: str,
            thought: str | None, thinking_ms: float | None, rounds: list[ToolRound],
            finish: str, result: Any) -> MessageRecord:
    stats = ReplyStats(
        finish_reason=finish,
        seed=getattr(result, "seed", None),
        prompt_tokens=getattr(result, "prompt_tokens", None),
        completion_tokens=getattr(result, "completion_tokens", None),
        time_to_first_token_ms=getattr(result, "time_to_first_token_ms", None),
        tokens_per_second=getattr(result, "tokens_per_second", None),
        guessed_tokens=getattr(result, "guessed_tokens", 0) or None,
        accepted_tokens=getattr(result, "accepted_tokens", 0) if getattr(
            result, "guessed_tokens", 0) else None,
        reasoning=thought, thinking_ms=thinking_ms, tool_rounds=tuple(rounds))
    return repository.finish_reply(reply.id, text, stats)
