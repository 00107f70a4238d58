"""Finding the passages that answer a question: by meaning and by keyword, fused.

The vector search (sqlite-vec, cosine) finds passages that say the same thing in
other words; BM25 (FTS5) finds the rare exact term, a name or a number, that an
embedding blurs. Reciprocal rank fusion joins the two lists without comparing
their scores, which are on different scales.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from llamadesk.documents.store import Collection, DocumentStore
from llamadesk.engine.embedding import Embedder
from llamadesk.storage.records import Source

# The usual constant of reciprocal rank fusion (Cormack et al., 2009): it damps the
# weight of the very first ranks so that one list alone does not decide.
RRF_K = 60


@dataclass(frozen=True)
class Passage:
    chunk_id: int
    path: str
    text: str
    page: int | None
    heading: str | None
    score: float
    collection_id: int = 0

    def source(self, collection: str = "") -> Source:
        """The passage as a reply keeps it (and cites it: Source.place)."""
        return Source(path=self.path, passage=self.text, collection=collection,
                      page=self.page, heading=self.heading)

    @property
    def label(self) -> str:
        """Where it comes from, in a few words: the file name and its page or heading."""
        return self.source().place


def fuse(*rankings: Sequence[int], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of ranked id lists: (id, score), best first."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


def search(store: DocumentStore, collections: Sequence[Collection], query: str,
           embedder: Embedder | None, limit: int = 5, depth: int = 30) -> list[Passage]:
    """The ``limit`` best passages of the collections for ``query``. Without an embedder
    (or for a collection built by another model) only the keyword search runs."""
    if not query.strip() or not collections:
        return []
    vector_ranks: list[list[int]] = []
    if embedder is not None:
        usable = [c for c in collections if c.embedding_model == embedder.name]
        if usable:
            question = embedder.embed_query(query)
            found = sorted((hit for c in usable for hit in store.nearest(c.id, question, depth)),
                           key=lambda hit: hit[1])
            vector_ranks.append([chunk_id for chunk_id, _ in found[:depth]])
    keyword = [chunk_id for chunk_id, _ in
               store.keyword([c.id for c in collections], query, depth)]
    ranked = fuse(keyword, *vector_ranks)[:limit]
    chunks = store.chunks([chunk_id for chunk_id, _ in ranked])
    return [Passage(chunk_id, chunk.path, chunk.text, chunk.page, chunk.heading, score,
                    chunk.collection_id)
            for chunk_id, score in ranked if (chunk := chunks.get(chunk_id)) is not None]
