"""A reply's rounds of tool calls in the history: kept as each call is answered,
in every export (JSON losslessly, brought back by import), and found by search.
Real SQLite; hostile results come out as inert as hostile answers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from llamadesk.app import AppContext, open_context
from llamadesk.errors import StorageError
from llamadesk.storage.export import export_bytes, export_text
from llamadesk.storage.importer import import_json
from llamadesk.storage.records import ReplyStats, ToolCallRecord, ToolRound
from llamadesk.storage.schema import Role

ROUNDS = (
    ToolRound("Let me add them.", (
        ToolCallRecord("call_1", "add", '{"a": 2, "b": 40}', "math", "done", "42"),
        ToolCallRecord("call_2", "wipe", '{"path": "/"}', "files", "denied",
                       "The user did not allow this call.", True)), "Adding is easy."),
    ToolRound("", (ToolCallRecord("call_3", "weather", '{"city": "Zürich"}', "web", "done",
                                  "Föhn <script>alert(1)</script> and sunshine"),)),
)


def _conversation(context: AppContext) -> tuple[int, int]:
    repo = context.repository
    cid = repo.create_conversation(title="Tools at work").id
    question = repo.add_message(cid, Role.USER, "What is 2 + 40, and the weather?")
    reply = repo.start_reply(cid, model_name="Tiny Tool Caller", parent_id=question.id)
    repo.save_tool_rounds(reply.id, ROUNDS[:1])  # as a reply streams: a crash keeps this
    assert repo.get_message(reply.id).tool_rounds == ROUNDS[:1]
    repo.finish_reply(reply.id, "It is 42, with Föhn.", ReplyStats("stop", tool_rounds=ROUNDS))
    return cid, reply.id


def test_rounds_are_stored_and_json_brings_them_back(context: AppContext,
                                                     tmp_path: Path) -> None:
    cid, reply_id = _conversation(context)
    assert context.repository.get_message(reply_id).tool_rounds == ROUNDS
    exported = export_text(context.repository, [cid], "json")
    [reply] = [m for m in json.loads(exported)["conversations"][0]["messages"]
               if m["role"] == "assistant"]
    assert reply["tool_rounds"] == [r.to_json() for r in ROUNDS]
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        assert import_json(fresh.database, exported).imported == 1
        [imported] = fresh.repository.conversation_ids()
        [answer] = [m for m in fresh.repository.current_branch(imported)
                    if m.role == "assistant"]
        assert answer.tool_rounds == ROUNDS
        # And exported again, the same document.
        again = json.loads(export_text(fresh.repository, [imported], "json"))
        assert [m.get("tool_rounds") for m in again["conversations"][0]["messages"]] == [
            m.get("tool_rounds") for m in json.loads(exported)["conversations"][0]["messages"]]
    finally:
        fresh.close()


def test_a_malformed_round_is_refused_by_import(context: AppContext, tmp_path: Path) -> None:
    cid, _ = _conversation(context)
    document = json.loads(export_text(context.repository, [cid], "json"))
    document["conversations"][0]["messages"][1]["tool_rounds"][0]["calls"][0]["status"] = "?"
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        with pytest.raises(StorageError, match="unknown status"):
            import_json(fresh.database, json.dumps(document))
        assert fresh.repository.conversation_ids() == []  # nothing changed
    finally:
        fresh.close()


def test_every_readable_export_shows_the_calls(context: AppContext, qapp: object) -> None:
    cid, _ = _conversation(context)
    page = export_text(context.repository, [cid], "html")
    assert page.count('<details class="tool-call">') == 3 and "<details open" not in page
    assert "math \u203a add" in page and "<script>alert(1)" not in page
    assert page.index("Let me add them.") < page.index("math \u203a add") \
        < page.index("It is 42")
    markdown = export_text(context.repository, [cid], "md")
    assert "> **Tool call:** math \u203a add `{\"a\": 2, \"b\": 40}` (done)" in markdown
    assert "(denied)" in markdown
    text = export_text(context.repository, [cid], "txt")
    assert "[Tool call: web \u203a weather" in text and "sunshine" in text
    pdf = pypdf.PdfReader(io.BytesIO(export_bytes(context.repository, [cid], "pdf")))
    words = " ".join(p.extract_text() for p in pdf.pages)
    assert "math" in words and "sunshine" in words


def test_search_finds_what_the_tools_said(context: AppContext) -> None:
    _, reply_id = _conversation(context)
    [hit] = [h for h in context.repository.search("sunshine") if h.message_id == reply_id]
    assert hit.in_tools and "sunshine" in hit.snippet
    assert context.repository.search("zürich")[0].in_tools  # the arguments too
