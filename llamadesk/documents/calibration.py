"""How far a collection's vectors can be trusted, measured on the collection itself.

Hybrid search adds the vector ranking to the keyword one. With a good embedding
model that finds what keywords miss; with a weak one (a chat model mean-pooled,
a tiny model) it only adds noise, and the fused ranking does worse than keywords
alone (bench/documents.py: recall@3 0.386 fused by plain reciprocal rank against
0.477 for BM25, with gemma-3-270m's vectors). Per-query score statistics do not
tell the two apart: a weak model's similarities are as spread as a good one's.

So the collection is asked to find itself: ten consecutive words taken from the
middle of each of SAMPLE passages, looked up by vector and by keyword (the ten
best of each). A keyword search finds nearly every one (the words are there); an
embedding model worth its vectors finds most (all-MiniLM-L6-v2: 27 to 33 of 40
in three samples of the bench's text), a weak one far fewer (gemma-3-270m
mean-pooled: 11 to 20 of 40). The trust is the vectors' share of the keywords'
hits (what chance alone would find taken off both), scaled so that at half of
them or fewer the vectors do not count, and at three quarters and more they
count fully. 80 probes: 40 left too much to the draw.
"""

from __future__ import annotations

import re

from llamadesk.documents.store import DocumentStore
from llamadesk.engine.embedding import Embedder

SAMPLE = 80
WORDS = 10
DEPTH = 10
# Below this many usable passages the measure says too little: None (not measured).
MINIMUM = 20
SEED = 7
# The vector-to-keyword hit ratio at which the vectors start to count, and at which
# they count fully.
NO_TRUST, FULL_TRUST = 0.5, 0.75


def trust_from(vector_hits: int, keyword_hits: int, chance: float = 0.0) -> float:
    """``chance``: the hits a random ranking would score (DEPTH of the collection's
    passages, for each probe), taken off both before they are compared."""
    ratio = max(vector_hits - chance, 0.0) / max(keyword_hits - chance, 1.0)
    return min(1.0, max(0.0, (ratio - NO_TRUST) / (FULL_TRUST - NO_TRUST)))


def measure_trust(store: DocumentStore, collection_id: int, embedder: Embedder) -> float | None:
    """0..1, or None for a collection too small to say (hybrid then fuses evenly)."""
    probes = []
    sample = store.sample_chunks(collection_id, SAMPLE, SEED)
    for chunk in sample:
        words = re.findall(r"\w+", chunk.text)
        if len(words) >= WORDS + 2:
            start = (len(words) - WORDS) // 2  # from the middle: no heading, no cut
            probes.append((chunk.id, " ".join(words[start:start + WORDS])))
    if len(probes) < MINIMUM:
        return None
    vector_hits = keyword_hits = 0
    for chunk_id, probe in probes:
        found = store.nearest(collection_id, embedder.embed_query(probe), DEPTH)
        vector_hits += any(hit == chunk_id for hit, _ in found)
        keyword_hits += any(hit == chunk_id
                            for hit, _ in store.keyword([collection_id], probe, DEPTH))
    total = store.chunk_count(collection_id)
    return trust_from(vector_hits, keyword_hits, len(probes) * min(1.0, DEPTH / max(total, 1)))
