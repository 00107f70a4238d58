"""JSON and Markdown exports carry every message with its role and time."""

from __future__ import annotations

import json

from llamadesk.app import AppContext
from llamadesk.storage.export import export_text
from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role


def _conversation(context: AppContext) -> int:
    repo = context.repository
    cid = repo.create_conversation(system_prompt="Be brief.").id
    repo.add_message(cid, Role.USER, "Hi **there**")
    reply = repo.start_reply(cid, model_name="tiny", params={"temperature": 0.2})
    repo.finish_reply(reply.id, "Hello!", ReplyStats("stop", seed=3))
    return cid


def test_json_export(context: AppContext) -> None:
    cid = _conversation(context)
    document = json.loads(export_text(context.repository, [cid], "json"))
    assert document["schema"] == "llamadesk.export" and document["version"] == 1
    [conversation] = document["conversations"]
    assert conversation["system_prompt"] == "Be brief."
    roles = [(m["role"], m["content"]) for m in conversation["messages"]]
    assert roles == [("user", "Hi **there**"), ("assistant", "Hello!")]
    reply = conversation["messages"][1]
    assert reply["params"] == {"temperature": 0.2} and reply["seed"] == 3
    assert reply["created_at"].endswith("+00:00")


def test_markdown_export(context: AppContext) -> None:
    cid = _conversation(context)
    text = export_text(context.repository, [cid], "md")
    assert text.startswith("# Hi **there**\n")
    assert "### User · " in text and "### Assistant · " in text
    assert "Hi **there**" in text and "Hello!" in text
    assert "UTC" in text
