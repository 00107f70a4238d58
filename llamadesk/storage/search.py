"""Full-text search over conversation titles and messages (SQLite FTS5)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text

from llamadesk.storage.database import Database
from llamadesk.storage.schema import Conversation, Message
from llamadesk.storage.text_index import ParsedQuery, make_snippet, parse_query


@dataclass(frozen=True)
class SearchHit:
    conversation_id: int
    conversation_title: str
    # None when the hit is the conversation's title.
    message_id: int | None
    role: str | None
    snippet: str
    # (start, end) of each match inside ``snippet``, for highlighting.
    highlights: tuple[tuple[int, int], ...]
    score: float
    # The match is in a thinking model's reasoning, not its answer (search asked for it).
    in_reasoning: bool = False
    # The match is in a reply's tool calls: their arguments or results.
    in_tools: bool = False

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each match wrapped in ``before``/``after``."""
        parts: list[str] = []
        cursor = 0
        for start, end in self.highlights:
            parts += [self.snippet[cursor:start], before, self.snippet[start:end], after]
            cursor = end
        parts.append(self.snippet[cursor:])
        return "".join(parts)


# Ranking (bm25) must score every match, which for a common word in a million
# messages takes seconds with FTS5's own ORDER BY rank. So one pass takes the
# newest RANK_WINDOW matches with their bm25 scores (newest first is how FTS5
# walks cheaply), and they are ranked here: exact for rarer words, "best of the
# recent" for very common ones, and about 50 ms either way on 1M messages.
RANK_WINDOW = 2000
_WINDOW = text("""
    SELECT rowid, bm25(messages_fts) FROM messages_fts WHERE messages_fts MATCH :match
    ORDER BY rowid DESC LIMIT :window
""")
_TITLES = text("""
    SELECT c.id, c.title, hits.rank
    FROM (SELECT rowid, rank FROM conversations_fts WHERE conversations_fts MATCH :match
          ORDER BY rank LIMIT :limit) AS hits
    JOIN conversations AS c ON c.id = hits.rowid
    WHERE c.deleted_at IS NULL
    ORDER BY hits.rank
""")


# Reasoning is searched only when asked for, so it has no index of its own: a scan
# of the newest replies that have any (at most this many), for every word (LIKE:
# case-insensitive for ASCII).
_REASONING_SCAN = 20_000


def _reasoning_hits(session: Any, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    terms = [*parsed.words, *parsed.cjk]
    if not terms:
        return []
    newest = (select(Message.id).where(Message.reasoning.is_not(None))
              .order_by(Message.id.desc()).limit(_REASONING_SCAN))
    statement = (select(Message.id, Message.conversation_id, Message.reasoning,
                        Conversation.title)
                 .join(Conversation, Conversation.id == Message.conversation_id)
                 .where(Message.id.in_(newest), Conversation.deleted_at.is_(None)))
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(Message.reasoning.like(f"%{escaped}%", escape="\\"))
    rows = session.execute(statement.order_by(Message.id.desc()).limit(limit)).all()
    return [replace(_hit(cid, title, mid, "assistant", reasoning, parsed, 0.0),
                    in_reasoning=True) for mid, cid, reasoning, title in rows]


def _tool_hits(session: Any, parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    """Matches in replies' tool calls (names, arguments, results, and what the reply
    said between them). Few replies call tools, and their JSON may escape what it
    holds, so the newest are read and matched here rather than by SQL."""
    from llamadesk.storage.records import tool_rounds_from_json

    terms = [term.casefold() for term in (*parsed.words, *parsed.cjk)]
    if not terms:
        return []
    statement = (select(Message.id, Message.conversation_id, Message.tool_rounds,
                        Conversation.title)
                 .join(Conversation, Conversation.id == Message.conversation_id)
                 .where(Message.tool_rounds.is_not(None), Conversation.deleted_at.is_(None))
                 .order_by(Message.id.desc()).limit(_REASONING_SCAN))
    hits = []
    for mid, cid, rounds, title in session.execute(statement):
        text = "\n".join(
            part for done in tool_rounds_from_json(rounds) for part in (
                done.text, *(f"{c.name} {c.arguments} {c.result}" for c in done.calls))
            if part)
        folded = text.casefold()
        if all(term in folded for term in terms):
            hits.append(replace(_hit(cid, title, mid, "assistant", text, parsed, 0.0),
                                in_tools=True))
            if len(hits) >= limit:
                break
    return hits


def search(database: Database, query: str, limit: int = 20, *,
           reasoning: bool = False) -> list[SearchHit]:
    """Ranked hits for ``query``: matching titles first, then messages, then replies'
    tool calls (marked in_tools); with ``reasoning``, then matches in thinking models'
    reasoning (marked in_reasoning)."""
    messages_query = parse_query(query, "body", "cjk")
    titles_query = parse_query(query, "title", "cjk")
    if messages_query is None or titles_query is None:
        return []
    hits: list[SearchHit] = []
    # Room for rows of deleted conversations that the join filters out.
    fetch = limit * 2 + 10
    with database.session() as session:
        for cid, title, rank in session.execute(
                _TITLES, {"match": titles_query.match, "limit": fetch}):
            hits.append(_hit(cid, title, None, None, title, titles_query, rank))
        window = session.execute(_WINDOW, {"match": messages_query.match,
                                           "window": RANK_WINDOW}).all()
        best = sorted(window, key=lambda row: (row[1], -row[0]))[:fetch]
        score = {rowid: rank for rowid, rank in best}
        rows = sorted(session.execute(
            select(Message.id, Message.conversation_id, Message.role, Message.content,
                   Conversation.title)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Message.id.in_(list(score)), Conversation.deleted_at.is_(None))
        ).all(), key=lambda row: (score[row[0]], -row[0]))
        for mid, cid, role, content, title in rows:
            hits.append(_hit(cid, title, mid, role, content, messages_query, score[mid]))
    # A title made from the first message would show the same line twice: keep the
    # message hit, which can also jump to the message.
    shown = {(h.conversation_id, h.snippet) for h in hits if h.message_id is not None}
    hits = [h for h in hits if h.message_id is not None
            or (h.conversation_id, h.snippet) not in shown]
    if len(hits) < limit:
        with database.session() as session:
            found = {h.message_id for h in hits}
            hits += [h for h in _tool_hits(session, messages_query, limit - len(hits))
                     if h.message_id not in found]
    if reasoning and len(hits) < limit:
        with database.session() as session:
            hits += _reasoning_hits(session, messages_query, limit - len(hits))
    return hits[:limit]


def _hit(conversation_id: int, title: str, message_id: int | None, role: str | None,
         body: str, parsed: ParsedQuery, rank: float) -> SearchHit:
    snippet, highlights = make_snippet(body, parsed)
    return SearchHit(conversation_id, title, message_id, role, snippet, highlights, float(rank))
