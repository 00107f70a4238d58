"""Bringing a collection up to date with its folders: incremental, pausable, resumable.

A file is re-read only when its size or time changed, and re-embedded only when
its content hash changed; a file gone from disk loses its chunks. Each file is
stored in one transaction, so stopping (a pause, a crash, quitting) between
files loses nothing and the next run starts where this one stopped.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from llamadesk.documents.calibration import measure_trust
from llamadesk.documents.chunking import chunk_sections
from llamadesk.documents.extraction_budget import BudgetedExtractor, ExtractionBudget
from llamadesk.documents.formats import MAX_FILE_BYTES, Skipped, check_regular
from llamadesk.documents.store import DocumentStore, FileRecord
from llamadesk.engine.embedding import Embedder

CHUNK_TOKENS = 256
OVERLAP_TOKENS = 32
# Hidden folders and the usual build and dependency trees are not documents.
_IGNORED_DIRS = frozenset({"node_modules", "__pycache__", ".git", ".hg", ".svn", ".venv",
                           "venv", ".tox", ".mypy_cache", ".pytest_cache", "dist", "build"})


@dataclass(frozen=True)
class Progress:
    files_done: int
    files_total: int
    chunks: int  # embedded in this run
    seconds: float
    current: str = ""

    @property
    def chunks_per_second(self) -> float:
        return self.chunks / self.seconds if self.seconds > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        if self.files_done == 0 or self.seconds <= 0:
            return None
        return self.seconds / self.files_done * (self.files_total - self.files_done)


@dataclass(frozen=True)
class IndexReport:
    indexed: list[str]  # embedded in this run (new or changed)
    unchanged: int
    removed: list[str]
    skipped: dict[str, str]  # path -> reason (this run's and earlier ones)
    chunks: int
    seconds: float
    finished: bool  # False: paused or stopped before the end


def walk(roots: list[Path]) -> Iterator[Path]:
    """Every regular file under the roots, once, without following a link out of a
    loop: each folder is entered once by its real path."""
    seen: set[str] = set()
    for root in roots:
        if root.is_file():
            yield root
            continue
        for folder, dirs, files in os.walk(root, followlinks=True):
            real = os.path.realpath(folder)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _IGNORED_DIRS)
            for name in sorted(files):
                if not name.startswith("."):
                    yield Path(folder) / name


def file_hash(path: Path) -> str:
    """The SHA-256 of a regular file's first MAX_FILE_BYTES + 1 bytes (a file longer
    than that is refused by extract anyway; the bound keeps a size read as 0 honest)."""
    digest = hashlib.sha256()
    left = MAX_FILE_BYTES + 1
    with path.open("rb") as handle:
        while left > 0 and (block := handle.read(min(1 << 20, left))):
            digest.update(block)
            left -= len(block)
    return digest.hexdigest()


class Indexer:
    """``should_stop`` is asked between files (and between batches of a large file):
    True pauses the run; what is done stays done."""

    def __init__(self, store: DocumentStore, embedder: Embedder, *,
                 chunk_tokens: int = CHUNK_TOKENS, overlap_tokens: int = OVERLAP_TOKENS,
                 batch: int = 16, budget: ExtractionBudget | None = None) -> None:
        self.store, self.embedder = store, embedder
        self.budget = budget or ExtractionBudget()
        self.chunk_tokens, self.overlap_tokens, self.batch = chunk_tokens, overlap_tokens, batch

    def index(self, collection_id: int, *,
              should_stop: Callable[[], bool] = lambda: False,
              progress: Callable[[Progress], None] = lambda _: None) -> IndexReport:
        with BudgetedExtractor(self.budget) as extractor:
            return self._index(collection_id, extractor, should_stop, progress)

    def _index(self, collection_id: int, extractor: BudgetedExtractor,
               should_stop: Callable[[], bool],
               progress: Callable[[Progress], None]) -> IndexReport:
        started = time.perf_counter()
        collection = next(c for c in self.store.collections() if c.id == collection_id)
        known = self.store.files(collection_id)
        on_disk = {str(path): path for path in walk([Path(root) for root in collection.roots])}
        removed = sorted(set(known) - set(on_disk))
        for gone in removed:
            self.store.remove_file(collection_id, gone)
        indexed: list[str] = []
        skipped = {name: record.reason or "" for name, record in known.items()
                   if record.status == "skipped" and name in on_disk}
        unchanged = chunks = 0
        total = len(on_disk)
        for number, (name, path) in enumerate(sorted(on_disk.items())):
            # Said before a pause can begin, so a paused run still shows where it is.
            progress(Progress(number, total, chunks, time.perf_counter() - started, name))
            if should_stop():
                return IndexReport(indexed, unchanged, removed, skipped, chunks,
                                   time.perf_counter() - started, finished=False)

            def batch_done(embedded: int, number: int = number, name: str = name,
                           before: int = chunks) -> None:
                # A large file takes minutes: its batches are progress too.
                progress(Progress(number, total, before + embedded,
                                  time.perf_counter() - started, name))

            outcome = self._index_file(collection_id, name, path, known.get(name),
                                       extractor, should_stop, batch_done)
            if outcome is None:
                unchanged += 1
            elif isinstance(outcome, str):
                skipped[name] = outcome
            elif outcome < 0:  # stopped inside a large file: it is redone next time
                return IndexReport(indexed, unchanged, removed, skipped, chunks,
                                   time.perf_counter() - started, finished=False)
            else:
                skipped.pop(name, None)
                indexed.append(name)
                chunks += outcome
        if collection.vector_trust is None or \
                len(indexed) + len(removed) >= max(1, total // 10):
            # Measured again when a tenth of the files changed: forty lookups.
            self.store.set_vector_trust(collection_id, measure_trust(self.store, collection_id,
                                                                     self.embedder))
        seconds = time.perf_counter() - started
        progress(Progress(total, total, chunks, seconds))
        return IndexReport(indexed, unchanged, removed, skipped, chunks, seconds, finished=True)

    def _index_file(self, collection_id: int, name: str, path: Path,
                    record: FileRecord | None, extractor: BudgetedExtractor,
                    should_stop: Callable[[], bool],
                    batch_done: Callable[[int], None]) -> int | str | None:
        """Chunks embedded; the reason it was skipped; None if unchanged; -1 if stopped."""
        try:
            stat = path.stat()
        except OSError as error:  # vanished since the walk, or a dangling link
            reason = f"cannot be read: {error.strerror or error}"
            self.store.put_file(collection_id, name, sha256=None, size=None, mtime=None,
                                chunks=[], vectors=[], reason=reason)
            return reason
        if record is not None and record.size == stat.st_size and \
                record.mtime == stat.st_mtime and record.status == "indexed":
            return None
        try:
            # Before anything opens it: a named pipe would block the open for good.
            check_regular(stat)
            if stat.st_size > MAX_FILE_BYTES:
                extractor.extract(path)  # raises Skipped with the size in its reason
            digest = file_hash(path)
            if record is not None and record.sha256 == digest and record.status == "indexed":
                # Touched, not changed: only its time is new.
                self.store.put_file_time(collection_id, name, stat.st_size, stat.st_mtime)
                return None
            sections = extractor.extract(path)
            pieces = chunk_sections(sections, self.embedder.count_tokens,
                                    self.chunk_tokens, self.overlap_tokens)
            vectors: list[list[float]] = []
            for start in range(0, len(pieces), self.batch):
                if start and should_stop():
                    return -1
                vectors += self.embedder.embed_documents(
                    [piece.text for piece in pieces[start:start + self.batch]])
                batch_done(len(vectors))
        except Skipped as skip:
            self.store.put_file(collection_id, name, sha256=None, size=stat.st_size,
                                mtime=stat.st_mtime, chunks=[], vectors=[], reason=str(skip))
            return str(skip)
        except OSError as error:  # vanished or changed to unreadable while being read
            unreadable = f"cannot be read: {error.strerror or error}"
            self.store.put_file(collection_id, name, sha256=None, size=None, mtime=None,
                                chunks=[], vectors=[], reason=unreadable)
            return unreadable
        self.store.put_file(collection_id, name, sha256=digest, size=stat.st_size,
                            mtime=stat.st_mtime, chunks=pieces, vectors=vectors)
        return len(pieces)
