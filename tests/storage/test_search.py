"""Full-text search: ranking, highlighting, hostile input, CJK, deletes."""

from __future__ import annotations

import pytest

from llamadesk.app import AppContext
from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role


def _chat(context: AppContext, *texts: str, title: str | None = None) -> int:
    repo = context.repository
    cid = repo.create_conversation(title=title).id
    for n, text in enumerate(texts):
        repo.add_message(cid, Role.USER if n % 2 == 0 else Role.ASSISTANT, text)
    return cid


def test_ranking_prefers_the_closer_match(context: AppContext) -> None:
    _chat(context, "Some words about gardening, tomatoes and the weather in spring. " * 5
          + "Also a llama.", title="Garden")
    best = _chat(context, "llama llama: which llama breed is friendliest?", title="Breeds")
    hits = [h for h in context.repository.search("llama") if h.message_id is not None]
    assert hits[0].conversation_id == best
    assert len(hits) == 2


def test_highlights_mark_each_match(context: AppContext) -> None:
    _chat(context, "Parsing JSON in Python: use json.loads, then parse the dict.")
    [hit] = [h for h in context.repository.search("json pars") if h.message_id]
    marked = hit.marked("<", ">")
    assert "<Parsing> <JSON>" in marked and "<json>.loads" in marked and "<parse>" in marked


def test_titles_are_searched(context: AppContext) -> None:
    cid = _chat(context, "hello", title="Quarterly budget review")
    hits = context.repository.search("budget")
    assert hits[0].conversation_id == cid and hits[0].message_id is None
    assert hits[0].marked() == "Quarterly [budget] review"


@pytest.mark.parametrize("query", [
    '"', '""', "'", "*", "NEAR", "NEAR(a b)", "a OR", "(unbalanced", "a)", "x AND NOT y",
    "'; DROP TABLE messages; --", "body:secret", "^start", "-minus", "{col}", "\\", "%_",
    "", "   ", "🙂", "a*b*c", "col:*",
])
def test_hostile_queries_are_plain_text(context: AppContext, query: str) -> None:
    _chat(context, "the word NEAR is here, and DROP TABLE messages too, also minus and start")
    context.repository.search(query)  # must not raise
    assert len(context.repository.list_conversations()) == 1


def test_operators_are_matched_as_words(context: AppContext) -> None:
    cid = _chat(context, "the word NEAR is here, DROP TABLE messages too")
    assert {h.conversation_id for h in context.repository.search('NEAR("here')} == {cid}
    assert context.repository.search("OR nothing") == []


@pytest.mark.parametrize("text, query", [
    ("我住在东京，每天坐地铁上班。", "东京"),
    ("我住在东京，每天坐地铁上班。", "地铁上班"),
    ("昨日は京都で抹茶を飲みました。", "抹茶"),
    ("昨日は京都で抹茶を飲みました。", "京"),
    ("서울에서 김치를 먹었어요", "김치"),
])
def test_cjk_text_is_found(context: AppContext, text: str, query: str) -> None:
    cid = _chat(context, "hello", text)
    [hit] = [h for h in context.repository.search(query) if h.message_id]
    assert hit.conversation_id == cid
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == query
    assert context.repository.search("大阪") == []


def test_deleted_and_streaming_messages_are_not_found(context: AppContext) -> None:
    repo = context.repository
    gone = _chat(context, "ephemeral zebra")
    repo.delete_conversation(gone)
    assert repo.search("zebra") == []
    repo.restore_conversation(gone)
    assert repo.search("zebra")

    cid = _chat(context, "question")
    reply = repo.start_reply(cid, model_name="m")
    repo.save_partial_reply(reply.id, "a partial giraffe")
    assert repo.search("giraffe") == []  # indexed when the reply ends
    repo.finish_reply(reply.id, "a whole giraffe", ReplyStats("stop"))
    [hit] = repo.search("giraffe")
    assert hit.message_id == reply.id and "whole" in hit.snippet
    repo.delete_conversation(cid)
    repo.purge_deleted()
    assert repo.search("giraffe") == []


def test_a_title_made_from_the_first_message_is_not_shown_twice(context: AppContext) -> None:
    cid = _chat(context, "How do llamas sleep?")
    hits = context.repository.search("llamas")
    assert [(h.conversation_id, h.message_id is not None) for h in hits] == [(cid, True)]
