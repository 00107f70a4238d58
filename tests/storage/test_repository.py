"""The history in a real SQLite file."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from llamadesk.app import AppContext, open_context
from llamadesk.storage.database import schema_head
from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role


def test_file_is_sqlite_in_wal_mode(context: AppContext) -> None:
    path = context.paths.database
    assert path.is_file()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        [(version,)] = raw.execute("SELECT version_num FROM alembic_version").fetchall()
    assert version == schema_head() and version != "0001"


def test_messages_are_committed_one_by_one(context: AppContext) -> None:
    repo = context.repository
    conversation = repo.create_conversation()
    repo.add_message(conversation.id, Role.USER, "What is a llama?\nA camelid.")
    # A second, independent connection sees it at once: it is committed.
    with contextlib.closing(sqlite3.connect(context.paths.database)) as raw:
        rows = raw.execute("SELECT role, content FROM messages").fetchall()
    assert rows == [("user", "What is a llama?\nA camelid.")]
    assert repo.get_conversation(conversation.id).title == "What is a llama? A camelid."


def test_reply_lifecycle_and_branch(context: AppContext) -> None:
    repo = context.repository
    cid = repo.create_conversation(system_prompt="Be brief.").id
    user = repo.add_message(cid, Role.USER, "Hi")
    reply = repo.start_reply(cid, model_name="tiny", params={"temperature": 0.5})
    assert reply.status == "streaming" and reply.parent_id == user.id
    repo.save_partial_reply(reply.id, "Hel")
    done = repo.finish_reply(reply.id, "Hello", ReplyStats("stop", seed=7, prompt_tokens=5,
                                                          completion_tokens=2))
    assert (done.status, done.finish_reason, done.seed) == ("complete", "stop", 7)
    branch = repo.current_branch(cid)
    assert [(m.role, m.content) for m in branch] == [("user", "Hi"), ("assistant", "Hello")]
    [summary] = repo.list_conversations()
    assert summary.message_count == 2 and summary.title == "Hi"


def test_reply_cut_off_by_a_crash_is_marked_interrupted(data_dir: Path) -> None:
    first = open_context(str(data_dir))
    cid = first.repository.create_conversation().id
    first.repository.add_message(cid, Role.USER, "Tell me a story")
    reply = first.repository.start_reply(cid, model_name="tiny")
    first.repository.save_partial_reply(reply.id, "Once upon a")
    first.close()  # no finish_reply: as if the process had been killed

    second = open_context(str(data_dir))
    [_, cut] = second.repository.current_branch(cid)
    assert cut.content == "Once upon a"
    assert (cut.status, cut.finish_reason) == ("interrupted", "interrupted")
    second.close()


def test_listing_puts_recent_first(context: AppContext) -> None:
    repo = context.repository
    older = repo.create_conversation().id
    newer = repo.create_conversation().id
    repo.add_message(older, Role.USER, "bump")
    assert [c.id for c in repo.list_conversations()] == [older, newer]


def test_branch_windows_and_versions(context: AppContext) -> None:
    repository = context.repository
    conversation = repository.create_conversation()
    ids = []
    parent: int | None = None
    for number in range(10):
        message = repository.add_message(conversation.id, Role.USER if number % 2 == 0
                                         else Role.ASSISTANT, f"m{number}")
        ids.append(message.id)
        parent = message.id
    assert parent == ids[-1]
    assert [m.content for m in repository.branch_tail(conversation.id, 3)] == ["m7", "m8", "m9"]
    assert [m.content for m in repository.branch_before(ids[7], 3)] == ["m4", "m5", "m6"]
    assert [m.content for m in repository.branch_before(ids[1], 5)] == ["m0"]
    assert repository.branch_before(ids[0], 5) == []
    assert repository.branch_ids(conversation.id) == ids
    assert [m.content for m in repository.messages([ids[3], ids[1]])] == ["m3", "m1"]

    # A second version of m8: the branch now ends there, and it is number 2 of 2.
    edited = repository.edit_message(ids[8], "m8 again")
    tail = repository.branch_tail(conversation.id, 3)
    assert [m.content for m in tail] == ["m6", "m7", "m8 again"]
    assert repository.versions(tail) == {edited.id: (2, 2)}
    first = repository.messages([ids[0]])
    assert repository.versions(first) == {}
