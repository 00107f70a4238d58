"""Importing our JSON export: exact round trip, no duplicates, nothing on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llamadesk.app import AppContext, open_context
from llamadesk.errors import StorageError
from llamadesk.storage.export import export_text
from llamadesk.storage.importer import import_json
from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role


def _rich_history(context: AppContext) -> list[int]:
    repo = context.repository
    first = repo.create_conversation(system_prompt="Be brief.").id
    question = repo.add_message(first, Role.USER, "What is 2+2? 東京")
    old = repo.start_reply(first, model_name="tiny", model_sha256="ab" * 32,
                           params={"temperature": 0.6}, seed=5)
    repo.finish_reply(old.id, "4", ReplyStats("stop", seed=5, prompt_tokens=9,
                                             completion_tokens=1, time_to_first_token_ms=12.5,
                                             tokens_per_second=40.0, guessed_tokens=8,
                                             accepted_tokens=6))
    new = repo.start_reply(first, model_name="tiny", parent_id=question.id)
    repo.finish_reply(new.id, "Four.", ReplyStats("cancelled"))
    repo.edit_message(question.id, "What is 3+3?")
    repo.select_branch(question.id)
    repo.set_pinned(first, True)
    repo.set_sampling(first, {"temperature": 0.6, "top_p": 0.9})
    second = repo.create_conversation(title="Empty but named").id
    return [first, second]


def _without_time(document: str) -> dict[str, object]:
    data = json.loads(document)
    data.pop("exported_at")
    return data


def test_round_trip_is_exact(context: AppContext, tmp_path: Path) -> None:
    ids = _rich_history(context)
    exported = export_text(context.repository, ids, "json")
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        result = import_json(fresh.database, exported)
        assert (result.imported, result.skipped) == (2, 0)
        again = export_text(fresh.repository, fresh.repository.conversation_ids(), "json")
        assert _without_time(again) == _without_time(exported)
        stats = [m["stats"] for c in json.loads(exported)["conversations"]
                 for m in c["messages"] if m["stats"]["guessed_tokens"]]
        assert [(s["guessed_tokens"], s["accepted_tokens"]) for s in stats] == [(8, 6)]
        # Imported text is searchable at once.
        assert fresh.repository.search("東京")
    finally:
        fresh.close()


def test_importing_twice_does_not_duplicate(context: AppContext) -> None:
    exported = export_text(context.repository, _rich_history(context), "json")
    result = import_json(context.database, exported)
    assert (result.imported, result.skipped) == (0, 2)
    assert len(context.repository.list_conversations()) == 2


@pytest.mark.parametrize("mangle, message", [
    (lambda d: "not json at all {", "is not valid JSON"),
    (lambda d: json.dumps({"hello": 1}), "not a LlamaDesk export"),
    (lambda d: json.dumps({**json.loads(d), "version": 99}), "export version 99"),
    (lambda d: d.replace('"role": "assistant"', '"role": "wizard"', 1), "no valid role"),
    (lambda d: d.replace('"parent": 0', '"parent": 7', 1), "invalid parent"),
    (lambda d: d.replace('"created_at": "2', '"created_at": "yesterday 2', 1), "is not a time"),
])
def test_bad_file_changes_nothing(context: AppContext, tmp_path: Path, mangle: object,
                                  message: str) -> None:
    exported = export_text(context.repository, _rich_history(context), "json")
    target = open_context(str(tmp_path / "target"))
    try:
        with pytest.raises(StorageError, match=message):
            import_json(target.database, mangle(exported))  # type: ignore[operator]
        assert target.repository.list_conversations() == []
    finally:
        target.close()


def _hostile_variants(document: dict[str, object]) -> dict[str, tuple[str, str]]:
    """name -> (export text, what the message must say)."""
    def changed(edit: object) -> str:
        data = json.loads(json.dumps(document))
        edit(data)  # type: ignore[operator]
        return json.dumps(data)

    def first_message(data: dict) -> dict:  # type: ignore[type-arg]
        return data["conversations"][0]["messages"][0]  # type: ignore[no-any-return]

    return {
        "huge integer": (changed(lambda d: first_message(d).__setitem__("seed", 2**63)),
                         "seed is too large"),
        "deep nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        "year 1 with an offset": (changed(lambda d: first_message(d).__setitem__(
            "created_at", "0001-01-01T00:00:00+05:00")), "is not a time"),
        "year 9999": (changed(lambda d: d["conversations"][0].__setitem__(
            "updated_at", "9999-12-31T23:59:59+00:00")), "is not a plausible time"),
        "lone surrogate in a title": (changed(lambda d: d["conversations"][0].__setitem__(
            "title", "bad \ud800 title")), "not valid Unicode"),
        "lone surrogate in a message": (changed(lambda d: first_message(d).__setitem__(
            "content", "\udfff")), "not valid Unicode"),
        "nan": (changed(lambda d: first_message(d).setdefault("stats", {}).__setitem__(
            "tokens_per_second", float("nan"))), "is not a number"),
    }


def test_hostile_exports_get_a_message_and_change_nothing(context: AppContext,
                                                          tmp_path: Path) -> None:
    ids = _rich_history(context)
    document = json.loads(export_text(context.repository, ids, "json"))
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        for name, (text, expected) in _hostile_variants(document).items():
            with pytest.raises(StorageError, match=expected) as caught:
                import_json(fresh.database, text)
            assert "Traceback" not in str(caught.value), name
            assert fresh.repository.conversation_ids() == [], name
    finally:
        fresh.close()


def test_a_far_future_time_already_stored_never_breaks_listing(context: AppContext) -> None:
    """A history written before the check (or by hand) still lists in any time zone."""
    import os
    import time
    from datetime import datetime, timezone

    from llamadesk.local_time import in_local_time

    conversation = context.repository.create_conversation(title="From the far future")
    with context.database.session() as session:
        from llamadesk.storage.schema import Conversation

        row = session.get(Conversation, conversation.id)
        row.updated_at = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
        session.commit()
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    try:
        [summary] = context.repository.list_conversations()
        assert in_local_time(summary.updated_at).year == 9999
    finally:
        if previous is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = previous
        time.tzset()
