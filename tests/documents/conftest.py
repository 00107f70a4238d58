"""Collections on a real SQLite file, embedded by the tiny GGUF model in llama.cpp or
by a hand-made embedder whose vectors a test chooses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from llamadesk.documents.store import DocumentStore
from llamadesk.engine.embedding import LlamaEmbedder


class WordEmbedder:
    """Vectors made by hand: one dimension per listed concept; a text points along the
    concepts whose words it contains. Synonyms share a concept, so the vector search
    finds a passage that shares no word with the question."""

    name = "hand-made"

    def __init__(self, concepts: Sequence[Sequence[str]]) -> None:
        self.concepts = [{word.lower() for word in words} for words in concepts]
        self.dimensions = len(self.concepts) + 1
        self.embedded: list[str] = []

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def _vector(self, text: str) -> list[float]:
        words = {word.strip(".,?!:;").lower() for word in text.split()}
        vector = [float(bool(words & concept)) for concept in self.concepts] + [0.01]
        norm = sum(x * x for x in vector) ** 0.5
        return [x / norm for x in vector]

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    documents = DocumentStore(tmp_path / "documents.sqlite3")
    yield documents
    documents.close()


@pytest.fixture(scope="session")
def tiny_embedder(tiny_model: Path) -> Iterator[LlamaEmbedder]:
    embedder = LlamaEmbedder(tiny_model, n_ctx=512)
    yield embedder
    embedder.close()
