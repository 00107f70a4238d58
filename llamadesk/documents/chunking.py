"""Sections cut into chunks of at most ``size`` tokens, for embedding.

Paragraphs stay whole where they fit; a chunk never crosses a section (a page or
a heading), so each passage names exactly where it came from. Consecutive chunks
of a section share about ``overlap`` tokens, so a sentence cut at a boundary is
still whole in one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from llamadesk.documents.formats import Section

CountTokens = Callable[[str], int]
_PARAGRAPHS = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Chunk:
    text: str
    page: int | None
    heading: str | None


def chunk_sections(sections: list[Section], count: CountTokens, size: int = 256,
                   overlap: int = 32) -> list[Chunk]:
    if not 0 <= overlap < size:
        raise ValueError("overlap must be smaller than size")
    return [Chunk(text, section.page, section.heading)
            for section in sections for text in _chunk_text(section.text, count, size, overlap)]


def _chunk_text(text: str, count: CountTokens, size: int, overlap: int) -> Iterator[str]:
    # Pieces leave room for the overlap, so that every chunk after the first can
    # start with the end of the one before.
    pieces = [piece for paragraph in _PARAGRAPHS.split(text) if paragraph.strip()
              for piece in _fit(paragraph.strip(), count, size - overlap)]
    current: list[str] = []
    for piece in pieces:
        # Counted joined: tokens do not add up across a boundary ("\n\n" costs some).
        if current and count("\n\n".join([*current, piece])) > size:
            yield "\n\n".join(current)
            tail = _tail(current[-1], count, overlap)
            current = [tail] if tail and count(tail + "\n\n" + piece) <= size else []
        current.append(piece)
    if current:
        yield "\n\n".join(current)


def _fit(paragraph: str, count: CountTokens, size: int) -> list[str]:
    """The paragraph, cut at word boundaries into pieces of at most ``size`` tokens."""
    if count(paragraph) <= size:
        return [paragraph]
    words = paragraph.split(" ")
    pieces: list[str] = []
    start = 0
    while start < len(words):
        # Guess from the tokens per word, then shrink until it fits.
        end = min(len(words), start + max(1, size * (len(words) - start)
                                          // max(1, count(" ".join(words[start:])))))
        while end > start + 1 and count(" ".join(words[start:end])) > size:
            end = start + max(1, (end - start) * 9 // 10)
        piece = " ".join(words[start:end])
        if count(piece) > size:  # one "word" longer than a chunk: cut its characters
            pieces.extend(_cut_characters(piece, count, size))
        else:
            pieces.append(piece)
        start = end
    return pieces


def _cut_characters(word: str, count: CountTokens, size: int) -> list[str]:
    step = max(1, len(word) * size // max(1, count(word)))
    pieces = []
    start = 0
    while start < len(word):
        end = min(len(word), start + step)
        while end > start + 1 and count(word[start:end]) > size:
            end = start + max(1, (end - start) * 9 // 10)
        pieces.append(word[start:end])
        start = end
    return pieces


def _tail(text: str, count: CountTokens, tokens: int) -> str:
    """The last words of ``text`` worth at most ``tokens`` tokens."""
    if tokens <= 0:
        return ""
    words = text.split(" ")
    taken = 0
    while taken < len(words) and count(" ".join(words[len(words) - taken - 1:])) <= tokens:
        taken += 1
    return " ".join(words[len(words) - taken:]) if taken else ""
