"""Edits, regenerations and continuations keep every version (real llama.cpp, real SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.app import AppContext
from llamadesk.chat import ChatService
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from tests.helpers.tiny_gguf import REPLY


@pytest.fixture(scope="module")
def session(tiny_model: Path) -> Iterator[ModelSession]:
    loaded = ModelSession.load(tiny_model, LoadOptions())
    yield loaded
    loaded.close()


def test_send_records_reply_facts(context: AppContext, tiny_model: Path) -> None:
    session = ModelSession.load(tiny_model, LoadOptions(file_hash=context.hash_cache.sha256))
    service = ChatService(context.repository)
    reply = service.send(session, None, "Hi", SamplingParams(temperature=0.6, seed=42))
    session.close()
    assert reply.content == REPLY and reply.finish_reason == "stop"
    assert reply.model_name == "Tiny Llama 2 Chat"
    assert reply.model_sha256 is not None and len(reply.model_sha256) == 64
    assert reply.seed == 42 and reply.params["temperature"] == 0.6
    assert reply.prompt_tokens and reply.completion_tokens and reply.time_to_first_token_ms
    conversation = context.repository.get_conversation(reply.conversation_id)
    assert conversation.model_sha256 == reply.model_sha256
    assert conversation.model_quant == "F32"


def test_regenerate_and_edit_add_versions(context: AppContext, session: ModelSession) -> None:
    repo = context.repository
    service = ChatService(repo)
    first = service.send(session, None, "Question one", SamplingParams(seed=1))
    cid = first.conversation_id
    second = service.regenerate(session, first.id, SamplingParams(seed=2))
    assert [m.id for m in repo.siblings(first.id)] == [first.id, second.id]
    assert [m.id for m in repo.current_branch(cid)][-1] == second.id

    user = repo.get_message(first.parent_id)  # type: ignore[arg-type]
    edited_reply = service.edit(session, user.id, "Question one, rephrased", SamplingParams())
    edited_user = repo.get_message(edited_reply.parent_id)  # type: ignore[arg-type]
    assert [m.content for m in repo.siblings(user.id)] == ["Question one",
                                                           "Question one, rephrased"]
    assert [m.content for m in repo.current_branch(cid)] == ["Question one, rephrased", REPLY]

    # The old branch is still there and can be shown again, down to its newest reply.
    repo.select_branch(user.id)
    assert [m.id for m in repo.current_branch(cid)] == [user.id, second.id]
    assert edited_user.parent_id == user.parent_id
    assert len(repo.all_messages(cid)) == 5


def test_continue_an_interrupted_reply(context: AppContext, session: ModelSession) -> None:
    repo = context.repository
    cid = repo.create_conversation().id
    from llamadesk.storage.schema import Role

    repo.add_message(cid, Role.USER, "Say it")
    cut = repo.start_reply(cid, model_name="tiny")
    repo.save_partial_reply(cut.id, "Hello from")
    assert repo.mark_interrupted_replies() == 1

    shown: list[str] = []
    done = ChatService(repo).continue_reply(session, cut.id, SamplingParams(), on_text=shown.append)
    assert done.id == cut.id
    assert done.content == "Hello from a tiny llama."
    assert "".join(shown) == " a tiny llama."
    assert done.status == "complete" and done.finish_reason == "stop"


def test_context_report_names_the_messages_left_out(context: AppContext, tiny_model: Path) -> None:
    from llamadesk.chat import ContextReport

    small = ModelSession.load(tiny_model, LoadOptions(n_ctx=256))
    service = ChatService(context.repository)
    reports: list[ContextReport] = []
    reply = service.send(small, None, "first question", SamplingParams(max_tokens=8),
                         on_context=reports.append)
    cid = reply.conversation_id
    assert reports[-1].left_out_ids == () and 0 < reports[-1].used_tokens <= 256
    for n in range(12):
        service.send(small, cid, f"question number {n} with a few more words",
                     SamplingParams(max_tokens=8), on_context=reports.append)
    last = reports[-1]
    branch = context.repository.current_branch(cid)
    assert last.n_ctx == 256 and last.used_tokens <= 256
    # The oldest messages, in order, from the very first one.
    assert len(last.left_out_ids) >= 2
    assert list(last.left_out_ids) == [m.id for m in branch[:len(last.left_out_ids)]]
    small.close()
