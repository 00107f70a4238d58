"""A thinking model's reasoning in every export: JSON keeps it losslessly and import
brings it back; HTML closes it in <details>; Markdown and text mark it apart; the PDF
has it, smaller and muted. Hostile reasoning comes out as inert as hostile answers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from llamadesk.app import AppContext, open_context
from llamadesk.storage.export import export_bytes, export_text
from llamadesk.storage.importer import import_json
from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role

REASONING = "The user greets me.\nI should greet back <script>alert(1)</script>."
ANSWER = "Hello! How can I help?"


def _thinking_conversation(context: AppContext) -> int:
    repo = context.repository
    cid = repo.create_conversation(title="A thinking chat").id
    question = repo.add_message(cid, Role.USER, "Hi")
    reply = repo.start_reply(cid, model_name="Tiny Thinker", parent_id=question.id)
    repo.finish_reply(reply.id, ANSWER, ReplyStats("stop", reasoning=REASONING,
                                                   thinking_ms=12_400.0))
    repo.add_message(cid, Role.USER, "Thanks")
    return cid


def test_json_keeps_the_reasoning_and_import_brings_it_back(context: AppContext,
                                                            tmp_path: Path) -> None:
    cid = _thinking_conversation(context)
    exported = export_text(context.repository, [cid], "json")
    [reply] = [m for m in json.loads(exported)["conversations"][0]["messages"]
               if m["role"] == "assistant"]
    assert (reply["content"], reply["reasoning"], reply["thinking_ms"]) == (
        ANSWER, REASONING, 12_400.0)
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        assert import_json(fresh.database, exported).imported == 1
        [imported] = fresh.repository.conversation_ids()
        [answer] = [m for m in fresh.repository.current_branch(imported)
                    if m.role == "assistant"]
        assert (answer.content, answer.reasoning, answer.thinking_ms) == (
            ANSWER, REASONING, 12_400.0)
    finally:
        fresh.close()


def test_html_markdown_and_text_mark_it_apart(context: AppContext) -> None:
    cid = _thinking_conversation(context)
    page = export_text(context.repository, [cid], "html")
    assert '<details class="thinking"><summary class="note">Thinking (12 s)</summary>' in page
    assert "<details open" not in page  # closed until opened
    assert "<script>alert(1)" not in page and "I should greet back" in page
    assert page.index("I should greet back") < page.index(ANSWER)
    markdown = export_text(context.repository, [cid], "md")
    assert "> **Thinking (12 s):**\n>\n> The user greets me.\n> I should greet back" in markdown
    assert f"\n\n{ANSWER}\n" in markdown
    text = export_text(context.repository, [cid], "txt")
    assert f"[Thinking]\n{REASONING}\n[Answer]\n{ANSWER}\n" in text


def test_the_pdf_has_the_reasoning_before_the_answer(context: AppContext,
                                                     qapp: object) -> None:
    cid = _thinking_conversation(context)
    reader = pypdf.PdfReader(io.BytesIO(export_bytes(context.repository, [cid], "pdf")))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "The user greets me." in text and ANSWER in text
    assert text.index("The user greets me.") < text.index(ANSWER)
