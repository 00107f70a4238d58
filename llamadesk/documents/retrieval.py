"""Finding the passages that answer a question: by meaning and by keyword, fused.

The vector search (sqlite-vec, cosine) finds passages that say the same thing in
other words; BM25 (FTS5) finds the rare exact term, a name or a number, that an
embedding blurs. Both lists' passages are scored by both measures (the exact
cosine and the BM25 of each one found by either), each measure divided by its
best, and fused as a weighted sum (a convex combination, Bruch et al. 2023):

    score = keyword_weight * bm25 / best_bm25 + (1 - keyword_weight) * cos / best_cos

The vector weight follows the collection's measured trust in its vectors
(calibration.py): a weak embedding model cannot pull the ranking below what the
keywords alone find, as reciprocal rank fusion, which gives both lists the same
say, let it do (bench/documents.py, section 4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from llamadesk.documents.store import Collection, DocumentStore
from llamadesk.engine.embedding import Embedder
from llamadesk.storage.records import Source

# The vectors' weight at full trust (and for a collection too small to measure):
# bench/documents.py, section 4, with all-MiniLM-L6-v2.
VECTOR_WEIGHT = 0.7


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


def vector_weight(collections: Sequence[Collection]) -> float:
    """The vectors' share of the fused score: the least trusted collection's."""
    trusts = [c.vector_trust for c in collections if c.vector_trust is not None]
    return VECTOR_WEIGHT * (min(trusts) if trusts else 1.0)


def combine(keyword: dict[int, float], vectors: dict[int, float],
            weight: float) -> list[tuple[int, float]]:
    """The convex combination of the two measures, each divided by its best: (id,
    score), best first. A passage a measure does not score counts 0 there."""
    best_keyword = max(keyword.values(), default=0.0)
    best_vector = max(vectors.values(), default=0.0)
    scores = {}
    for item in keyword.keys() | vectors.keys():
        by_words = keyword.get(item, 0.0) / best_keyword if best_keyword > 0 else 0.0
        by_meaning = max(vectors.get(item, 0.0), 0.0) / best_vector if best_vector > 0 \
            else 0.0
        scores[item] = (1.0 - weight) * by_words + weight * by_meaning
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


def search(store: DocumentStore, collections: Sequence[Collection], query: str,
           embedder: Embedder | None, limit: int = 5, depth: int = 30) -> list[Passage]:
    """The ``limit`` best passages of the collections for ``query``. Without an embedder
    (or for a collection built by another model) only the keyword search runs."""
    if not query.strip() or not collections:
        return []
    match = store.keyword_match(query)
    keyword_hits = store.keyword([c.id for c in collections], query, depth, match=match)
    usable = [c for c in collections if embedder is not None
              and c.embedding_model == embedder.name]
    if embedder is None or not usable:
        ranked = [(chunk_id, -score) for chunk_id, score in keyword_hits[:limit]]
    else:
        question = embedder.embed_query(query)
        nearest = sorted((hit for c in usable for hit in store.nearest(c.id, question, depth)),
                         key=lambda hit: hit[1])[:depth]
        found = {chunk_id for chunk_id, _ in keyword_hits} | {chunk_id for chunk_id, _ in nearest}
        # Every passage found by either, scored by both (one small query each).
        by_collection: dict[int, float] = {}
        for collection in usable:
            by_collection.update(store.cosine(collection.id, question, sorted(found)))
        keyword = store.keyword_scores(match, sorted(found))
        ranked = combine(keyword, by_collection, vector_weight(usable))[:limit]
    chunks = store.chunks([chunk_id for chunk_id, _ in ranked])
    return [Passage(chunk_id, chunk.path, chunk.text, chunk.page, chunk.heading, score,
                    chunk.collection_id)
            for chunk_id, score in ranked if (chunk := chunks.get(chunk_id)) is not None]
