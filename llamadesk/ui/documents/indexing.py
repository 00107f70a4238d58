"""Indexing document collections on a thread of its own: never the GUI thread, never
the inference thread.

Requests go in as queued calls (the worker's signals below); progress and
results come out as signals. A pause holds the run between two files (or two
batches of a large file) without ending it: the window pauses it while a reply
streams, so the chat gets the CPU, and the user can pause it too. What is
indexed stays indexed: quitting mid-run loses at most the file in hand.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QObject, QThread, Signal, Slot

from llamadesk.documents.embedding_file import locate, model_file, where_it_was
from llamadesk.documents.retriever import open_embedder
from llamadesk.errors import LlamaDeskError
from llamadesk.ui.messages import message_of

if TYPE_CHECKING:
    from llamadesk.documents.indexer import Progress
    from llamadesk.documents.store import DocumentStore
    from llamadesk.engine.embedding import LlamaEmbedder
    from llamadesk.engine.guard import EngineGuard

log = logging.getLogger(__name__)

# How often a paused run looks whether it may go on.
_PAUSE_POLL_S = 0.05


class _Refused(Exception):
    """A request refused with a sentence already said (IndexingWorker._refuse)."""


class IndexingWorker(QObject):
    """Signals (requests, in): create_requested(name, embedding model path, [paths]),
    add_requested(name, [paths]), index_requested(name).
    Signals (events, out): progress(name, Progress), finished(name, IndexReport),
    failed(name, message), collections_changed([Collection]): the list, read here so
    that the GUI thread never queries the documents database."""

    create_requested = Signal(str, str, list)
    add_requested = Signal(str, list)
    index_requested = Signal(str)
    remove_requested = Signal(str)
    list_requested = Signal()

    progress = Signal(str, object)
    finished = Signal(str, object)
    failed = Signal(str, str)
    collections_changed = Signal(list)
    paths_found = Signal(str, list)

    def __init__(self, database: Path, models_dir: Path,
                 guard: EngineGuard | None = None) -> None:
        super().__init__()
        self._database, self._models_dir = database, models_dir
        self._guard = guard
        self._store: DocumentStore | None = None
        self._embedders: dict[str, LlamaEmbedder] = {}
        # Set by the GUI thread; read here between files. Events, not Qt state.
        self._held_by_reply = threading.Event()
        self._held_by_user = threading.Event()
        self._quitting = threading.Event()
        self.create_requested.connect(self.create)
        self.add_requested.connect(self.add)
        self.index_requested.connect(self.index)
        self.remove_requested.connect(self.remove)
        self.list_requested.connect(self.list_collections)

    # -- called from the GUI thread --------------------------------------------

    def hold_for_reply(self, held: bool) -> None:
        (self._held_by_reply.set if held else self._held_by_reply.clear)()

    def pause(self, paused: bool) -> None:
        (self._held_by_user.set if paused else self._held_by_user.clear)()

    @property
    def held(self) -> bool:
        return self._held_by_user.is_set() or self._held_by_reply.is_set()

    def quit(self) -> None:
        self._quitting.set()

    # -- on the indexing thread ------------------------------------------------

    def _should_stop(self) -> bool:
        while self.held and not self._quitting.is_set():
            time.sleep(_PAUSE_POLL_S)
        return self._quitting.is_set()

    def _open_store(self) -> DocumentStore:
        if self._store is None:
            # Imported here, on this thread: the window starts without SQLite extensions.
            from llamadesk.documents.store import DocumentStore

            self._store = DocumentStore(self._database)
        return self._store

    def _embedder(self, path: Path) -> LlamaEmbedder:
        embedder = self._embedders.get(str(path))
        if embedder is None:
            embedder = self._embedders[str(path)] = open_embedder(path, self._guard)
        return embedder

    @Slot()
    def list_collections(self) -> None:
        try:
            self.collections_changed.emit(self._open_store().collections())
        except Exception as error:  # noqa: BLE001
            log.exception("Reading the collections failed")
            self.failed.emit("", repr(error))

    @contextmanager
    def _reported(self, name: str) -> Iterator[None]:
        """A request's failure, said to the window in a sentence (and logged when it is
        not one of ours): the thread goes on to the next request."""
        try:
            yield
        except _Refused:
            pass
        except (LlamaDeskError, OSError) as error:
            self.failed.emit(name, message_of(error))
        except Exception as error:  # noqa: BLE001
            log.exception("Documents: %s failed", name)
            self.failed.emit(name, repr(error))

    def _refuse(self, name: str, message: str) -> NoReturn:
        self.failed.emit(name, message)
        raise _Refused

    @Slot(str, str, list)
    def create(self, name: str, model: str, paths: list[str]) -> None:
        with self._reported(name):
            store = self._open_store()
            if store.collection(name) is not None:
                self._refuse(name, self.tr("There is already a collection named %1.")
                             .replace("%1", name))
            # Used where it is, remembered by path and SHA-256: no copy of a model
            # the user keeps elsewhere.
            embedder = self._embedder(Path(model))
            collection_id = store.create_collection(name, embedder.name, embedder.dimensions,
                                                    model_file(Path(model)))
            store.add_roots(collection_id, [Path(p) for p in paths])
            self.list_collections()
            self.index(name)

    @Slot(str, list)
    def add(self, name: str, paths: list[str]) -> None:
        with self._reported(name):
            collection = self._open_store().collection(name)
            if collection is None:
                self._refuse(name, self.tr("There is no collection named %1.")
                             .replace("%1", name))
            self._open_store().add_roots(collection.id, [Path(p) for p in paths])
            self.list_collections()
            self.index(name)

    @Slot(str)
    def remove(self, name: str) -> None:
        with self._reported(name):
            store = self._open_store()
            collection = store.collection(name)
            if collection is not None:
                store.remove_collection(collection.id)
            self.list_collections()

    @Slot(str)
    def index(self, name: str) -> None:
        """Bring the collection up to date with its folders (incremental)."""
        if self._quitting.is_set():
            return
        from llamadesk.documents.indexer import Indexer

        with self._reported(name):
            store = self._open_store()
            collection = store.collection(name)
            if collection is None:
                return
            model = locate(collection, self._models_dir)
            if model is None:
                self._refuse(name, self.tr(
                    "The embedding model that built %1, %2, is no longer there. "
                    "Download it again (Models › Embedding models) to keep this collection "
                    "up to date; searching it still works, by keyword.")
                    .replace("%1", name).replace("%2", where_it_was(collection)))
            report = Indexer(store, self._embedder(model)).index(
                collection.id, should_stop=self._should_stop,
                progress=lambda p: self._report(name, p))
            self.finished.emit(name, report)
            # Its folders, then its files, for the window's watcher.
            files = sorted(store.files(collection.id))
            folders = {str(Path(path).parent) for path in files} | set(collection.roots)
            self.paths_found.emit(name, sorted(folders) + files)
            self.list_collections()

    def _report(self, name: str, progress: Progress) -> None:
        self.progress.emit(name, progress)

    def close(self) -> None:
        for embedder in self._embedders.values():
            embedder.close()
        self._embedders.clear()
        if self._store is not None:
            self._store.close()
            self._store = None


class IndexingThread:
    """The worker and its thread."""

    def __init__(self, database: Path, models_dir: Path,
                 guard: EngineGuard | None = None) -> None:
        self.thread = QThread()
        self.thread.setObjectName("indexing")
        self.worker = IndexingWorker(database, models_dir, guard)
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self, timeout_ms: int = 30_000) -> None:
        """End the run in hand between two files, and the thread."""
        if not self.thread.isRunning():
            return
        self.worker.quit()
        self.thread.quit()
        if not self.thread.wait(timeout_ms):
            log.error("The indexing thread did not stop in %d ms", timeout_ms)
        self.worker.close()
