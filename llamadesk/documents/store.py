"""The document collections in SQLite, beside the history (documents.sqlite3).

Chunks and their metadata are plain tables; keyword search is FTS5 over the
chunks; vectors live in sqlite-vec tables per collection (a collection's
dimensions are its embedding model's): sign bits to find candidates fast, and
the exact vectors to rank them (see nearest). Python's own sqlite3 module
cannot load extensions on every platform (pyenv's and macOS's builds), so this
store uses sqlean.py: the same DB-API with loading enabled. Raw SQL rather than
SQLAlchemy, because virtual tables and MATCH queries are all it would pass
through.

Each file is written in one transaction: a crash or a pause between files loses
nothing, and a restart picks up at the first file not yet indexed.
"""

from __future__ import annotations

import random
import re
import struct
import time
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sqlean
import sqlite_vec

from llamadesk.documents.chunking import Chunk

_SCHEMA = """
CREATE TABLE IF NOT EXISTS collections (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    embedding_model TEXT NOT NULL,    -- the file name of the model that built it
    dimensions INTEGER NOT NULL,
    created_at REAL NOT NULL,
    embedding_path TEXT,              -- where that file was, and its SHA-256
    embedding_sha256 TEXT,
    vector_trust REAL                 -- how far its vectors are trusted (calibration.py)
);
CREATE TABLE IF NOT EXISTS roots (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    PRIMARY KEY (collection_id, path)
);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER,
    mtime REAL,
    status TEXT NOT NULL,             -- 'indexed' or 'skipped'
    reason TEXT,                      -- why it was skipped
    chunk_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (collection_id, path)
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    page INTEGER,
    heading TEXT
);
CREATE INDEX IF NOT EXISTS ix_chunks_file ON chunks(file_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, content='chunks', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_terms USING fts5vocab(chunks_fts, 'row');
"""
# A word found in more than this share of the chunks says almost nothing of which
# chunk answers (its BM25 weight is near zero), yet matching it scores nearly every
# chunk: 130 ms at 100,000 chunks. Such words are left out of the keyword query,
# unless the question has nothing rarer.
COMMON_SHARE = 0.25
COMMON_FROM = 2_000
# The sign-bit search keeps this many times the candidates asked for, which the
# exact cosine then ranks: binary quantization with 8x rescoring keeps about 95% of
# the exact top ten for real embedding models, at a 32nd of the bytes scanned.
RESCORE_FACTOR = 8


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    embedding_model: str
    dimensions: int
    roots: tuple[str, ...]
    files: int = 0
    chunks: int = 0
    skipped: int = 0
    # The embedding model's file, as it was when it built the collection (None for
    # collections made before it was remembered).
    embedding_file: ModelFile | None = None
    # 0..1: how much the vector ranking counts against the keyword one, measured
    # after indexing (documents/calibration.py); None until measured.
    vector_trust: float | None = None


@dataclass(frozen=True)
class ModelFile:
    path: str
    sha256: str


@dataclass(frozen=True)
class FileRecord:
    id: int
    path: str
    sha256: str | None
    size: int | None
    mtime: float | None
    status: str
    reason: str | None
    chunk_count: int


@dataclass(frozen=True)
class StoredChunk:
    id: int
    path: str
    text: str
    page: int | None
    heading: str | None
    collection_id: int


def pack(vector: Sequence[float]) -> bytes:
    """A vector as sqlite-vec's float32 blob."""
    return struct.pack(f"{len(vector)}f", *vector)


class DocumentStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        # The indexer's worker and the chat's retrieval use it from different threads,
        # one at a time (each opens its own store, or the owner serialises calls).
        self._db = sqlean.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.enable_load_extension(True)
        sqlite_vec.load(self._db)
        self._db.enable_load_extension(False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)
        self._add_missing_columns()
        self._bit_tables: dict[int, bool] = {}
        # Each collection's sign bits in memory: (version, chunk ids, bit rows).
        self._bit_cache: dict[int, tuple[tuple[int, int], Any, Any]] = {}
        # Counts this connection's writes (data_version sees only the others').
        self._writes = 0

    def close(self) -> None:
        self._db.close()

    def _add_missing_columns(self) -> None:
        """Databases made by earlier versions gain the newer columns, empty: no row
        is rewritten."""
        present = {row[1] for row in self._query("PRAGMA table_info(collections)")}
        for column, kind in (("embedding_path", "TEXT"), ("embedding_sha256", "TEXT"),
                             ("vector_trust", "REAL")):
            if column not in present:
                self._db.execute(f"ALTER TABLE collections ADD COLUMN {column} {kind}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._writes += 1
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        rows: list[Any] = self._db.execute(sql, parameters).fetchall()
        return rows

    # -- collections ---------------------------------------------------------

    def create_collection(self, name: str, embedding_model: str, dimensions: int,
                          model_file: ModelFile | None = None) -> int:
        with self.transaction():
            cursor = self._db.execute(
                "INSERT INTO collections (name, embedding_model, dimensions, created_at, "
                "embedding_path, embedding_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                (name, embedding_model, dimensions, time.time(),
                 *_file_columns(model_file)))
            collection_id = int(cursor.lastrowid or 0)
            self._create_vector_tables(collection_id, dimensions)
        return collection_id

    def _drop_vector_tables(self, collection_id: int) -> None:
        for table in _vectors(collection_id), _bits(collection_id), _floats(collection_id):
            self._db.execute(f"DROP TABLE IF EXISTS {table}")
        self._bit_tables.pop(collection_id, None)
        self._bit_cache.pop(collection_id, None)

    def _create_vector_tables(self, collection_id: int, dimensions: int) -> None:
        if dimensions % 8:  # sqlite-vec packs bits by the byte: the full scan alone
            self._db.execute(f"CREATE VIRTUAL TABLE {_vectors(collection_id)} USING vec0("
                             f"embedding float[{int(dimensions)}] distance_metric=cosine)")
            return
        self._db.execute(f"CREATE VIRTUAL TABLE {_bits(collection_id)} USING vec0("
                         f"bits bit[{int(dimensions)}])")
        # The exact vectors, for ranking the candidates: a plain table, since reading
        # 240 rows of a vec0 table by rowid costs as much as scanning it (100 ms).
        self._db.execute(f"CREATE TABLE {_floats(collection_id)} "
                         "(id INTEGER PRIMARY KEY, embedding BLOB NOT NULL)")

    def _has_bits(self, collection_id: int) -> bool:
        """Whether the collection keeps sign bits beside its vectors (collections made
        before they existed, or whose size is not a multiple of 8, are searched by
        the full scan of a vec0 table alone)."""
        known = self._bit_tables.get(collection_id)
        if known is None:
            known = self._bit_tables[collection_id] = bool(self._query(
                "SELECT 1 FROM sqlite_master WHERE name = ?", (_bits(collection_id),)))
        return known

    def add_roots(self, collection_id: int, paths: Sequence[Path]) -> None:
        with self.transaction():
            self._db.executemany("INSERT OR IGNORE INTO roots VALUES (?, ?)",
                                 [(collection_id, str(path)) for path in paths])

    def collection(self, name: str) -> Collection | None:
        return next((c for c in self.collections() if c.name == name), None)

    def collections(self) -> list[Collection]:
        rows = self._query(
            "SELECT c.id, c.name, c.embedding_model, c.dimensions, "
            " c.embedding_path, c.embedding_sha256, c.vector_trust,"
            " (SELECT count(*) FROM files f WHERE f.collection_id = c.id AND status='indexed'),"
            " (SELECT coalesce(sum(chunk_count), 0) FROM files f WHERE f.collection_id = c.id),"
            " (SELECT count(*) FROM files f WHERE f.collection_id = c.id AND status='skipped')"
            " FROM collections c ORDER BY c.name")
        roots: dict[int, list[str]] = {}
        for collection_id, path in self._query("SELECT collection_id, path FROM roots "
                                               "ORDER BY path"):
            roots.setdefault(collection_id, []).append(path)
        return [Collection(row[0], row[1], row[2], row[3], tuple(roots.get(row[0], [])),
                           row[7], row[8], row[9],
                           ModelFile(row[4], row[5]) if row[4] and row[5] else None,
                           row[6])
                for row in rows]

    def set_vector_trust(self, collection_id: int, trust: float | None) -> None:
        with self.transaction():
            self._db.execute("UPDATE collections SET vector_trust = ? WHERE id = ?",
                             (trust, collection_id))

    def chunk_count(self, collection_id: int) -> int:
        return int(self._query("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id "
                               "WHERE f.collection_id = ?", (collection_id,))[0][0])

    def sample_chunks(self, collection_id: int, count: int, seed: int) -> list[StoredChunk]:
        """``count`` of the collection's passages, the same ones for the same seed and
        contents (calibration.py)."""
        ids = [row[0] for row in self._query(
            "SELECT c.id FROM chunks c JOIN files f ON f.id = c.file_id "
            "WHERE f.collection_id = ? ORDER BY c.id", (collection_id,))]
        chosen = random.Random(seed).sample(ids, min(count, len(ids)))
        found = self.chunks(chosen)
        return [found[i] for i in chosen if i in found]

    def cosine(self, collection_id: int, vector: Sequence[float],
               ids: Sequence[int]) -> dict[int, float]:
        """The cosine similarity of each of these passages to ``vector``."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        table, key = (_floats(collection_id), "id") if self._has_bits(collection_id) \
            else (_vectors(collection_id), "rowid")
        return {int(row[0]): 1.0 - float(row[1]) for row in self._query(
            f"SELECT {key}, vec_distance_cosine(embedding, ?) FROM {table} "
            f"WHERE {key} IN ({marks})", [pack(vector), *ids])}

    def keyword_scores(self, match: str, ids: Sequence[int]) -> dict[int, float]:
        """BM25 of each of these passages for ``match`` (keyword_match; higher is better,
        a passage without any of its terms is absent)."""
        if not match or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {int(row[0]): -float(row[1]) for row in self._query(
            "SELECT rowid, bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ? "
            f"AND rowid IN ({marks})", (match, *ids))}

    def remember_model_file(self, collection_id: int, model_file: ModelFile) -> None:
        """Where the collection's embedding model is now (it was found elsewhere, or
        the collection was made before its file was remembered)."""
        with self.transaction():
            self._db.execute("UPDATE collections SET embedding_path = ?, embedding_sha256 = ? "
                             "WHERE id = ?", (*_file_columns(model_file), collection_id))

    def remove_collection(self, collection_id: int) -> None:
        with self.transaction():
            self._delete_chunks("SELECT id FROM files WHERE collection_id = ?",
                                (collection_id,))
            self._drop_vector_tables(collection_id)
            self._db.execute("DELETE FROM collections WHERE id = ?", (collection_id,))

    def reset_collection(self, collection_id: int, embedding_model: str,
                         dimensions: int, model_file: ModelFile | None = None) -> None:
        """Forget every file's chunks and vectors: the collection is built again, with
        this embedding model."""
        with self.transaction():
            self._delete_chunks("SELECT id FROM files WHERE collection_id = ?",
                                (collection_id,))
            self._db.execute("DELETE FROM files WHERE collection_id = ?", (collection_id,))
            self._drop_vector_tables(collection_id)
            self._create_vector_tables(collection_id, dimensions)
            self._db.execute("UPDATE collections SET embedding_model = ?, dimensions = ?, "
                             "embedding_path = ?, embedding_sha256 = ? WHERE id = ?",
                             (embedding_model, dimensions, *_file_columns(model_file),
                              collection_id))

    # -- files ---------------------------------------------------------------

    def files(self, collection_id: int) -> dict[str, FileRecord]:
        return {row[1]: FileRecord(*row) for row in self._query(
            "SELECT id, path, sha256, size, mtime, status, reason, chunk_count FROM files "
            "WHERE collection_id = ?", (collection_id,))}

    def put_file(self, collection_id: int, path: str, *, sha256: str | None,
                 size: int | None, mtime: float | None, chunks: Sequence[Chunk],
                 vectors: Sequence[Sequence[float]], reason: str | None = None) -> None:
        """The file's chunks and vectors replace what it had, in one transaction."""
        with self.transaction():
            self._forget_file(collection_id, path)
            cursor = self._db.execute(
                "INSERT INTO files (collection_id, path, sha256, size, mtime, status, reason, "
                "chunk_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (collection_id, path, sha256, size, mtime,
                 "skipped" if reason else "indexed", reason, len(chunks)))
            file_id = int(cursor.lastrowid or 0)
            bits = self._has_bits(collection_id)
            for ordinal, (chunk, vector) in enumerate(zip(chunks, vectors, strict=True)):
                chunk_id = self._db.execute(
                    "INSERT INTO chunks (file_id, ordinal, text, page, heading) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (file_id, ordinal, chunk.text, chunk.page, chunk.heading)).lastrowid
                self._db.execute("INSERT INTO chunks_fts (rowid, text) VALUES (?, ?)",
                                 (chunk_id, chunk.text))
                blob = pack(vector)
                if bits:
                    self._db.execute(f"INSERT INTO {_bits(collection_id)} (rowid, bits) "
                                     "VALUES (?, vec_quantize_binary(?))", (chunk_id, blob))
                    self._db.execute(f"INSERT INTO {_floats(collection_id)} (id, embedding) "
                                     "VALUES (?, ?)", (chunk_id, blob))
                else:
                    self._db.execute(f"INSERT INTO {_vectors(collection_id)} (rowid, embedding)"
                                     " VALUES (?, ?)", (chunk_id, blob))

    def put_file_time(self, collection_id: int, path: str, size: int, mtime: float) -> None:
        with self.transaction():
            self._db.execute("UPDATE files SET size = ?, mtime = ? WHERE collection_id = ? "
                             "AND path = ?", (size, mtime, collection_id, path))

    def remove_file(self, collection_id: int, path: str) -> None:
        with self.transaction():
            self._forget_file(collection_id, path)

    def _forget_file(self, collection_id: int, path: str) -> None:
        self._delete_chunks("SELECT id FROM files WHERE collection_id = ? AND path = ?",
                            (collection_id, path))
        self._db.execute("DELETE FROM files WHERE collection_id = ? AND path = ?",
                         (collection_id, path))

    def _delete_chunks(self, files_sql: str, parameters: Sequence[Any]) -> None:
        rows = self._query(f"SELECT c.id, c.text, f.collection_id FROM chunks c "
                           f"JOIN files f ON f.id = c.file_id WHERE c.file_id IN ({files_sql})",
                           parameters)
        for chunk_id, text, collection_id in rows:
            # An external-content FTS5 table is told what it indexed, to remove it.
            self._db.execute("INSERT INTO chunks_fts (chunks_fts, rowid, text) "
                             "VALUES ('delete', ?, ?)", (chunk_id, text))
            if self._has_bits(collection_id):
                self._db.execute(f"DELETE FROM {_bits(collection_id)} WHERE rowid = ?",
                                 (chunk_id,))
                self._db.execute(f"DELETE FROM {_floats(collection_id)} WHERE id = ?",
                                 (chunk_id,))
            else:
                self._db.execute(f"DELETE FROM {_vectors(collection_id)} WHERE rowid = ?",
                                 (chunk_id,))
        self._db.execute(f"DELETE FROM chunks WHERE file_id IN ({files_sql})", parameters)

    # -- search --------------------------------------------------------------

    def nearest(self, collection_id: int, vector: Sequence[float],
                limit: int) -> list[tuple[int, float]]:
        """(chunk id, cosine distance), nearest first.

        Two steps where the collection keeps sign bits: the Hamming distance of one
        bit per dimension picks RESCORE_FACTOR times as many candidates (a scan of
        1/32 of the bytes), and the exact cosine ranks them."""
        blob = pack(vector)
        if not self._has_bits(collection_id):
            return [(int(row[0]), float(row[1])) for row in self._query(
                f"SELECT rowid, distance FROM {_vectors(collection_id)} "
                "WHERE embedding MATCH ? AND k = ?", (blob, limit))]
        candidates = self._hamming_nearest(collection_id, blob, limit * RESCORE_FACTOR)
        if not candidates:
            return []
        marks = ",".join("?" * len(candidates))
        scored = [(int(row[0]), float(row[1])) for row in self._query(
            f"SELECT id, vec_distance_cosine(embedding, ?) FROM {_floats(collection_id)} "
            f"WHERE id IN ({marks})", [blob, *candidates])]
        return sorted(scored, key=lambda pair: (pair[1], pair[0]))[:limit]

    def _hamming_nearest(self, collection_id: int, blob: bytes, count: int) -> list[int]:
        """The ``count`` chunks whose sign bits differ least from the question's.

        The bits are held in memory (one bit per dimension: 8 MB for 100,000 chunks
        of 640 dimensions), so a question costs a numpy XOR and popcount, not a
        sqlite-vec scan (31 ms there, a few ms here). They are read again after any
        write, ours or another connection's (PRAGMA data_version)."""
        version = (int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._writes)
        cached = self._bit_cache.get(collection_id)
        if cached is None or cached[0] != version:
            rows = self._query(f"SELECT rowid, bits FROM {_bits(collection_id)}")
            ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
            bits = np.frombuffer(b"".join(row[1] for row in rows), dtype=np.uint8)
            cached = (version, ids, bits.reshape(len(rows), -1) if len(rows) else bits)
            self._bit_cache[collection_id] = cached
        _, ids, bits = cached
        if not len(ids):
            return []
        question = np.frombuffer(self._db.execute("SELECT vec_quantize_binary(?)",
                                                  (blob,)).fetchone()[0], dtype=np.uint8)
        different = np.bitwise_xor(bits, question)
        distances = (np.bitwise_count(different) if hasattr(np, "bitwise_count")
                     else _POPCOUNT[different]).sum(axis=1, dtype=np.int32)
        if count < len(ids):
            chosen = np.argpartition(distances, count)[:count]
        else:
            chosen = np.arange(len(ids))
        return [int(i) for i in ids[chosen[np.argsort(distances[chosen], kind="stable")]]]

    def keyword_match(self, query: str) -> str:
        """The FTS5 query for ``query`` ("" when nothing is searchable): made once per
        question, as it asks how common each word is."""
        return fts_query(query, self._common_terms(query)) or ""

    def keyword(self, collection_ids: Sequence[int], query: str,
                limit: int, match: str | None = None) -> list[tuple[int, float]]:
        """(chunk id, BM25 score: lower is better), best first. ``match``: the query's
        keyword_match, when the caller has it already."""
        match = self.keyword_match(query) if match is None else match
        if not match or not collection_ids:
            return []
        marks = ",".join("?" * len(collection_ids))
        return [(int(row[0]), float(row[1])) for row in self._query(
            "SELECT chunks_fts.rowid, bm25(chunks_fts) AS score FROM chunks_fts "
            "JOIN chunks c ON c.id = chunks_fts.rowid JOIN files f ON f.id = c.file_id "
            f"WHERE chunks_fts MATCH ? AND f.collection_id IN ({marks}) "
            "ORDER BY score LIMIT ?", (match, *collection_ids, limit))]

    def _common_terms(self, query: str) -> set[str]:
        terms = {token.lower() for token in re.findall(r"\w+", query)}
        if not terms:
            return set()
        total = self._query("SELECT max(id) FROM chunks")[0][0] or 0
        if total < COMMON_FROM:  # a small collection is quick to score whole
            return set()
        marks = ",".join("?" * len(terms))
        counts = dict(self._query(f"SELECT term, doc FROM chunks_terms WHERE term IN ({marks})",
                                  list(terms)))
        common = {term for term in terms if counts.get(term, 0) > total * COMMON_SHARE}
        return common if common != terms else set()

    def chunks(self, ids: Sequence[int]) -> dict[int, StoredChunk]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {row[0]: StoredChunk(*row) for row in self._query(
            f"SELECT c.id, f.path, c.text, c.page, c.heading, f.collection_id FROM chunks c "
            f"JOIN files f ON f.id = c.file_id WHERE c.id IN ({marks})", list(ids))}


def fts_query(text: str, common: AbstractSet[str] = frozenset()) -> str:
    """Words of a question as an FTS5 query: any of them, each quoted so that no word
    is read as an operator; words in ``common`` (lower case) left out."""
    # A word the index splits ("XK-9000" is "xk" then "9000") is a phrase of its parts.
    phrases = [re.findall(r"\w+", word) for word in text.split()]
    return " OR ".join('"' + " ".join(tokens) + '"' for tokens in phrases
                       if tokens and not all(token.lower() in common for token in tokens))


# Set bits of each byte value: popcount for numpy before 2.0 (no bitwise_count).
_POPCOUNT = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint8)


def _file_columns(model_file: ModelFile | None) -> tuple[str | None, str | None]:
    return (model_file.path, model_file.sha256) if model_file else (None, None)


def _vectors(collection_id: int) -> str:
    return f"vectors_{int(collection_id)}"


def _bits(collection_id: int) -> str:
    return f"vector_bits_{int(collection_id)}"


def _floats(collection_id: int) -> str:
    return f"vector_floats_{int(collection_id)}"
