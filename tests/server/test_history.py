"""ApiHistory on a real SQLite history: which kept chat a request continues, and the
API's mark through export and import."""

from __future__ import annotations

import json
from pathlib import Path

from llamadesk.app import AppContext, open_context
from llamadesk.engine.options import GenerationResult, SamplingParams
from llamadesk.engine.prompt import ChatMessage
from llamadesk.server.history import ApiHistory
from llamadesk.storage.export import export_bytes
from llamadesk.storage.importer import import_json


def _result(text: str) -> GenerationResult:
    return GenerationResult(text=text, finish_reason="stop", prompt_tokens=10,
                            completion_tokens=3, time_to_first_token_ms=5.0,
                            tokens_per_second=50.0, seed=1, dropped_messages=0)


def test_a_request_continues_the_longest_kept_chat_it_extends(context: AppContext) -> None:
    history = ApiHistory(context.repository)
    ask = [ChatMessage("user", "Hi")]
    first = history.record(ask, _result("Hello"), "m", SamplingParams())
    # The same opening again, as a new chat: no turns beyond what is kept.
    again = history.record(ask, _result("Hello again"), "m", SamplingParams())
    assert again != first
    longer = [*ask, ChatMessage("assistant", "Hello"), ChatMessage("user", "How are you?")]
    assert history.record(longer, _result("Fine"), "m", SamplingParams()) == first
    other_system = [ChatMessage("system", "Be terse."), *longer]
    assert history.record(other_system, _result("Ok"), "m", SamplingParams()) not in (
        first, again)
    branch = context.repository.current_branch(first)
    assert [m.content for m in branch] == ["Hi", "Hello", "How are you?", "Fine"]


def test_the_apis_mark_survives_export_and_import(context: AppContext, tmp_path: Path) -> None:
    conversation = ApiHistory(context.repository).record(
        [ChatMessage("user", "Hi")], _result("Hello"), "m", SamplingParams())
    data = export_bytes(context.repository, [conversation], "json")
    assert json.loads(data)["conversations"][0]["source"] == "api"
    elsewhere = open_context(str(tmp_path / "elsewhere"))
    try:
        assert import_json(elsewhere.database, data, "export.json").imported == 1
        [summary] = elsewhere.repository.list_conversations()
        assert summary.source == "api"
    finally:
        elsewhere.close()
