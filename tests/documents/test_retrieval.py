"""Hybrid retrieval: keyword (BM25) and meaning (vectors) each find what the other
misses; the weighted fusion keeps both, and a collection whose vectors cannot find
its own passages ranks by keyword."""

from __future__ import annotations

from pathlib import Path

from llamadesk.documents.calibration import measure_trust, trust_from
from llamadesk.documents.indexer import Indexer
from llamadesk.documents.retrieval import combine, search, vector_weight
from llamadesk.documents.store import Collection, DocumentStore
from tests.documents.conftest import WordEmbedder

CONCEPTS = [["car", "automobile", "vehicle"], ["bird", "heron", "owl"]]


def indexed(store: DocumentStore, tmp_path: Path, files: dict[str, str],
            embedder: WordEmbedder) -> Collection:
    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    collection_id = store.create_collection("docs", embedder.name, embedder.dimensions)
    store.add_roots(collection_id, [folder])
    Indexer(store, embedder).index(collection_id)
    collection = store.collection("docs")
    assert collection is not None
    return collection


def test_keyword_search_alone_finds_a_rare_exact_term(store: DocumentStore,
                                                      tmp_path: Path) -> None:
    embedder = WordEmbedder(CONCEPTS)
    collection = indexed(store, tmp_path, {
        "a.txt": "Order part XK-9000 for the car.", "b.txt": "The car is grey.",
        "c.txt": "My car is blue."}, embedder)
    vector_only = store.nearest(collection.id, embedder.embed_query("XK-9000"), 3)
    # The embedding knows nothing of part numbers: every passage is as near as another.
    assert len({round(distance, 6) for _, distance in vector_only}) == 1
    found = search(store, [collection], "XK-9000", embedder, limit=1)
    assert [Path(p.path).name for p in found] == ["a.txt"]


def test_vector_search_alone_finds_a_passage_with_other_words(store: DocumentStore,
                                                              tmp_path: Path) -> None:
    embedder = WordEmbedder(CONCEPTS)
    collection = indexed(store, tmp_path, {
        "a.txt": "The automobile would not start.", "b.txt": "An owl at dusk.",
        "c.txt": "Taxes are due in April."}, embedder)
    assert store.keyword([collection.id], "car trouble", 5) == []  # no shared word
    found = search(store, [collection], "car trouble", embedder, limit=1)
    assert [Path(p.path).name for p in found] == ["a.txt"]


def test_fusion_ranks_first_what_both_searches_find(store: DocumentStore,
                                                    tmp_path: Path) -> None:
    embedder = WordEmbedder(CONCEPTS)
    collection = indexed(store, tmp_path, {
        "both.txt": "The heron nests near the car park.",
        "words.txt": "Park rules: no dogs in the park after dark, park closes at nine.",
        "meaning.txt": "An owl and a vehicle."}, embedder)
    found = search(store, [collection], "heron park", embedder, limit=3)
    assert Path(found[0].path).name == "both.txt"
    assert {Path(p.path).name for p in found} == {"both.txt", "words.txt", "meaning.txt"}
    assert found[0].label == "both.txt"


def test_the_convex_combination_of_both_measures() -> None:
    keyword, vectors = {1: 10.0, 2: 5.0}, {2: 0.9, 3: 0.8}
    # 1: 0.5 * 1; 2: 0.5 * 0.5 + 0.5 * 1; 3: 0.5 * 0.8 / 0.9
    assert [item for item, _ in combine(keyword, vectors, 0.5)] == [2, 1, 3]
    assert [item for item, _ in combine(keyword, vectors, 0.0)] == [1, 2, 3]
    assert [item for item, _ in combine(keyword, vectors, 1.0)] == [2, 3, 1]
    assert combine({}, {}, 0.5) == []
    assert combine({4: 1.0}, {4: -0.2}, 0.5) == [(4, 0.5)]  # a negative cosine counts 0


class HashEmbedder:
    """Words hashed into 64 dimensions: a passage's own words find it."""

    name = "hashed"
    dimensions = 64

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def _vector(self, text: str) -> list[float]:
        import zlib

        vector = [0.0] * self.dimensions
        for word in text.lower().split():
            vector[zlib.crc32(word.strip(".,").encode()) % self.dimensions] += 1.0
        norm = sum(x * x for x in vector) ** 0.5 or 1.0
        return [x / norm for x in vector]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


class NoiseEmbedder(HashEmbedder):
    """Vectors that say nothing about the text: a weak model's, at the extreme."""

    name = "noise"

    def _vector(self, text: str) -> list[float]:
        import random

        rng = random.Random(text)
        vector = [rng.gauss(0.0, 1.0) for _ in range(self.dimensions)]
        norm = sum(x * x for x in vector) ** 0.5
        return [x / norm for x in vector]


ANIMALS = ("heron otter badger falcon marten beaver weasel lynx bison moose ibex viper "
           "gecko newt toad crane stork egret swift finch").split()


def _notes(tmp_path: Path) -> dict[str, str]:
    """60 short notes, one passage each."""
    return {f"{animal}-{n}.txt": f"Note {n}: the {animal} lives near the "
                                 f"{ANIMALS[(i + 3 + n) % len(ANIMALS)]} and eats what the "
                                 f"{ANIMALS[(i + 7 + 2 * n) % len(ANIMALS)]} leaves at night."
            for n in range(3) for i, animal in enumerate(ANIMALS)}


def test_the_trust_measured_tells_vectors_that_find_from_noise(store: DocumentStore,
                                                               tmp_path: Path) -> None:
    assert abs(trust_from(6, 10) - 0.4) < 1e-9  # 0.6 of the keyword's hits
    assert trust_from(6, 10, chance=5) == 0.0  # barely better than chance
    assert trust_from(5, 10) == 0.0 and trust_from(10, 10) == 1.0
    hashed = indexed(store, tmp_path / "a", _notes(tmp_path), HashEmbedder())  # type: ignore[arg-type]
    good = measure_trust(store, hashed.id, HashEmbedder())  # type: ignore[arg-type]
    assert good is not None and good >= 0.8
    # Measured once indexing ended, and kept with the collection.
    assert store.collection("docs").vector_trust == good  # type: ignore[union-attr]
    other = DocumentStore(tmp_path / "other.sqlite3")
    try:
        noisy = indexed(other, tmp_path / "b", _notes(tmp_path), NoiseEmbedder())  # type: ignore[arg-type]
        assert noisy.vector_trust == 0.0
        assert vector_weight([noisy]) == 0.0
        # Noise cannot pull the ranking below the keywords': it is theirs.
        for animal in ANIMALS[:6]:
            question = f"where does the {animal} live"
            keyword = [chunk for chunk, _ in other.keyword([noisy.id], question, 5)]
            found = search(other, [noisy], question, NoiseEmbedder(), limit=5)  # type: ignore[arg-type]
            assert [p.chunk_id for p in found] == keyword
    finally:
        other.close()


def test_too_small_a_collection_is_not_measured(store: DocumentStore, tmp_path: Path) -> None:
    collection = indexed(store, tmp_path, {"a.txt": "One short note."}, HashEmbedder())  # type: ignore[arg-type]
    assert collection.vector_trust is None
    assert vector_weight([collection]) == 0.7


def test_words_in_most_chunks_are_left_out_of_a_large_keyword_search(
        store: DocumentStore) -> None:
    from llamadesk.documents.chunking import Chunk
    from llamadesk.documents.store import COMMON_FROM, fts_query

    collection_id = store.create_collection("big", "hand-made", 2)
    chunks = [Chunk(f"the river flows past mill {n}" + (" XK-9000" if n == 77 else ""),
                    None, None) for n in range(COMMON_FROM + 10)]
    store.put_file(collection_id, "big.txt", sha256="x", size=1, mtime=1.0, chunks=chunks,
                   vectors=[[1.0, 0.0]] * len(chunks))
    assert fts_query("the river XK-9000", {"the", "river"}) == '"XK 9000"'
    found = store.keyword([collection_id], "the river XK-9000", 5)
    assert len(found) == 1  # only the rare term was searched: one chunk scored
    assert "XK-9000" in store.chunks([found[0][0]])[found[0][0]].text
    # A question of common words only still searches them.
    assert len(store.keyword([collection_id], "the river", 5)) == 5


def test_sign_bits_then_exact_cosine_find_the_true_nearest(store: DocumentStore) -> None:
    """The two-step vector search (Hamming on sign bits, then exact cosine on 8x the
    candidates) against a brute-force cosine over the same vectors. A question lies
    near its passage, as with a real embedding model (pure noise has no neighbours
    worth the name: sign bits cannot rank what the exact cosine barely separates)."""
    import random

    from llamadesk.documents.chunking import Chunk

    rng = random.Random(5)
    dimensions = 256
    collection = store.create_collection("random", "hand-made", dimensions)

    def unit(around: list[float] | None = None, spread: float = 1.0) -> list[float]:
        vector = [(around[i] if around else 0.0) + rng.gauss(0, spread / dimensions ** 0.5)
                  for i in range(dimensions)]
        norm = sum(x * x for x in vector) ** 0.5
        return [x / norm for x in vector]

    vectors = [unit() for _ in range(2000)]
    store.put_file(collection, "/x/random.txt", sha256="0", size=1, mtime=0.0,
                   chunks=[Chunk(f"chunk {n}", None, None) for n in range(len(vectors))],
                   vectors=vectors)
    ids = sorted(store.chunks(list(range(1, 5000))))
    assert len(ids) == len(vectors)

    def exact(question: list[float], k: int) -> list[int]:
        return sorted(ids, key=lambda i: -sum(
            a * b for a, b in zip(vectors[ids.index(i)], question, strict=True)))[:k]

    questions = [unit(vectors[rng.randrange(len(vectors))], 1.0) for _ in range(20)]
    for question in questions:
        found = [chunk_id for chunk_id, _ in store.nearest(collection, question, 5)]
        assert found[0] == exact(question, 1)[0]  # the passage the question is about
    # A size that is not a multiple of 8 has no sign bits: the full scan, exact.
    odd = store.create_collection("odd", "hand-made", 60)
    few = [[rng.gauss(0, 1) for _ in range(60)] for _ in range(50)]
    store.put_file(odd, "/x/odd.txt", sha256="1", size=1, mtime=0.0,
                   chunks=[Chunk(f"odd {n}", None, None) for n in range(len(few))],
                   vectors=few)
    odd_ids = sorted(store.chunks(list(range(1, 10_000))))[-len(few):]
    question = [rng.gauss(0, 1) for _ in range(60)]

    def cosine(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True)) / (
            sum(x * x for x in a) ** 0.5 * sum(y * y for y in b) ** 0.5)

    expected = sorted(odd_ids, key=lambda i: -cosine(few[odd_ids.index(i)], question))[:5]
    assert [chunk_id for chunk_id, _ in store.nearest(odd, question, 5)] == expected
