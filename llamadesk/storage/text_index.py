"""Turning text into what the full-text index stores and what a search asks for.

SQLite's unicode61 tokenizer splits on spaces and punctuation, so a run of
Chinese or Japanese (no spaces) would become one giant token that no query
matches. For those scripts we index overlapping character bigrams instead, as
Lucene's CJK analyzer does: "東京都" is indexed as "東京 京都 都", and a query
for "京都" or "東京" finds it. Latin text goes through unicode61 unchanged.

User queries are never passed to FTS5 as syntax: every term is reduced to word
characters and quoted, so quotes, ``*``, ``NEAR``, parentheses or SQL are inert.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Han, Hiragana, Katakana, Hangul and their compatibility/extension blocks.
_CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0002fa1f"
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD_OR_CJK = re.compile(f"[{_CJK}]+|[^\\W{_CJK}]+")


def cjk_terms(text: str) -> str:
    """The bigrams of every CJK run in ``text`` (plus each run's last character)."""
    terms: list[str] = []
    for run in _CJK_RUN.findall(text):
        terms += [run[i:i + 2] for i in range(len(run) - 1)]
        terms.append(run[-1])
    return " ".join(terms)


@dataclass(frozen=True)
class ParsedQuery:
    """A user's query as FTS5 syntax plus the plain terms, for highlighting."""

    match: str
    words: tuple[str, ...]
    cjk: tuple[str, ...]


def parse_query(query: str, text_column: str, cjk_column: str) -> ParsedQuery | None:
    """FTS5 MATCH text for ``query``; None if it holds nothing searchable."""
    clauses: list[str] = []
    words: list[str] = []
    cjk: list[str] = []
    pieces = _WORD_OR_CJK.findall(query)
    for position, piece in enumerate(pieces):
        if _CJK_RUN.fullmatch(piece):
            cjk.append(piece)
            if len(piece) == 1:
                clauses.append(f'{cjk_column}:"{piece}"*')
            else:
                bigrams = [piece[i:i + 2] for i in range(len(piece) - 1)]
                clauses.append(f'{cjk_column}:"' + " ".join(bigrams) + '"')
        else:
            words.append(piece)
            # The last word is a prefix, so results appear while the user types.
            star = "*" if position == len(pieces) - 1 else ""
            clauses.append(f'{text_column}:"{piece}"{star}')
    if not clauses:
        return None
    return ParsedQuery(" AND ".join(clauses), tuple(words), tuple(cjk))


def highlight_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """Where the query's terms occur in ``text``, as sorted, merged (start, end) spans."""
    patterns = [re.escape(word) for word in parsed.words]
    patterns = [rf"(?<!\w){p}\w*" for p in patterns] + [re.escape(c) for c in parsed.cjk]
    if not patterns:
        return []
    spans = [m.span() for m in re.finditer("|".join(patterns), text, re.IGNORECASE)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, parsed: ParsedQuery, width: int = 160
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line window of ``text`` around the first match, and the match spans in it."""
    flat = " ".join(text.split())
    spans = highlight_spans(flat, parsed)
    if not spans:
        cut = flat[:width]
        return cut + ("…" if len(flat) > width else ""), ()
    start = max(0, spans[0][0] - width // 3)
    end = min(len(flat), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    offset = len(prefix) - start
    inside = tuple((s + offset, min(e, end) + offset) for s, e in spans if start <= s < end)
    return prefix + flat[start:end] + suffix, inside
