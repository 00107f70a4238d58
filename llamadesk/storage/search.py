"""Full-text search over conversation titles and messages (SQLite FTS5)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from llamadesk.storage.database import Database
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
# messages takes seconds. So the ranking covers the newest RANK_WINDOW matches:
# FTS5 finds the rowid where that window starts by walking matches newest first
# (cheap), then ranks only rows at or above it (a range FTS5 applies itself).
RANK_WINDOW = 2000
_WINDOW_START = text("""
    SELECT min(rowid) FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match
                            ORDER BY rowid DESC LIMIT :window)
""")
_MESSAGES = text("""
    SELECT m.id, m.conversation_id, m.role, m.content, c.title, hits.rank
    FROM (SELECT rowid, rank FROM messages_fts
          WHERE messages_fts MATCH :match AND rowid >= :start
          ORDER BY rank LIMIT :limit) AS hits
    JOIN messages AS m ON m.id = hits.rowid
    JOIN conversations AS c ON c.id = m.conversation_id
    WHERE c.deleted_at IS NULL
    ORDER BY hits.rank
""")
_TITLES = text("""
    SELECT c.id, c.title, hits.rank
    FROM (SELECT rowid, rank FROM conversations_fts WHERE conversations_fts MATCH :match
          ORDER BY rank LIMIT :limit) AS hits
    JOIN conversations AS c ON c.id = hits.rowid
    WHERE c.deleted_at IS NULL
    ORDER BY hits.rank
""")


def search(database: Database, query: str, limit: int = 20) -> list[SearchHit]:
    """Ranked hits for ``query``: matching titles first, then messages."""
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
        start = session.execute(_WINDOW_START, {"match": messages_query.match,
                                                "window": RANK_WINDOW}).scalar()
        if start is None:
            return hits[:limit]
        for mid, cid, role, content, title, rank in session.execute(
                _MESSAGES, {"match": messages_query.match, "start": start, "limit": fetch}):
            hits.append(_hit(cid, title, mid, role, content, messages_query, rank))
    return hits[:limit]


def _hit(conversation_id: int, title: str, message_id: int | None, role: str | None,
         body: str, parsed: ParsedQuery, rank: float) -> SearchHit:
    snippet, highlights = make_snippet(body, parsed)
    return SearchHit(conversation_id, title, message_id, role, snippet, highlights, float(rank))
