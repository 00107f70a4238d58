"""Chunks stay within their token budget, keep paragraphs, overlap, and never cross a
section."""

from __future__ import annotations

from pathlib import Path

import pytest

from llamadesk.documents.chunking import chunk_sections
from llamadesk.documents.formats import Section
from llamadesk.engine.embedding import LlamaEmbedder


def words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize(("size", "overlap"), [(20, 0), (20, 5), (50, 10), (7, 3)])
def test_chunks_are_bounded_and_lose_nothing(size: int, overlap: int) -> None:
    paragraphs = [" ".join(f"p{p}w{w}" for w in range(p * 3 + 1)) for p in range(12)]
    text = "\n\n".join(paragraphs)
    chunks = chunk_sections([Section(text, page=4)], words, size, overlap)
    assert all(words(chunk.text) <= size for chunk in chunks)
    assert all(chunk.page == 4 for chunk in chunks)
    seen = " ".join(chunk.text for chunk in chunks).split()
    assert set(seen) == set(text.split())  # every word is in some chunk
    if overlap:  # consecutive chunks share words
        assert all(set(a.text.split()) & set(b.text.split())
                   for a, b in zip(chunks, chunks[1:], strict=False))


def test_small_paragraphs_stay_whole_and_sections_are_not_crossed() -> None:
    sections = [Section("alpha beta.\n\ngamma delta.", heading="One"),
                Section("epsilon.", heading="Two")]
    chunks = chunk_sections(sections, words, 100, 10)
    assert [(chunk.text, chunk.heading) for chunk in chunks] == [
        ("alpha beta.\n\ngamma delta.", "One"), ("epsilon.", "Two")]


def test_one_enormous_word_is_cut_too() -> None:
    chunks = chunk_sections([Section("x" * 5000)], lambda text: len(text) // 10 + 1, 64, 8)
    assert all(len(chunk.text) // 10 + 1 <= 64 for chunk in chunks)
    assert "".join(chunk.text for chunk in chunks) == "x" * 5000


def test_bounds_hold_with_the_real_tokenizer(tiny_embedder: LlamaEmbedder,
                                             tmp_path: Path) -> None:
    text = "\n\n".join(f"Paragraph {n}: " + "lorem ipsum dolor sit amet " * (n % 9 + 1)
                       for n in range(40))
    chunks = chunk_sections([Section(text)], tiny_embedder.count_tokens, 48, 8)
    assert len(chunks) > 5
    assert all(tiny_embedder.count_tokens(chunk.text) <= 48 for chunk in chunks)
