"""The chat's way into the collections: passages for a question, as sources.

It lives on the inference thread (chat.py calls it before a reply streams) and
opens what it needs on first use: its own connection to the documents database
and the embedding model a collection was built with, kept loaded for the next
question. Without that model on disk it still answers, by keyword alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from llamadesk.errors import LlamaDeskError
from llamadesk.models.embedding_catalog import prefixes_for

if TYPE_CHECKING:
    from llamadesk.documents.store import Collection, DocumentStore
    from llamadesk.engine.embedding import Embedder, LlamaEmbedder
    from llamadesk.engine.guard import EngineGuard
    from llamadesk.storage.records import Source

log = logging.getLogger(__name__)

# Opens the embedding model a collection was built with, or None when it is not on
# this computer.
EmbedderOpener = Callable[["Collection"], "Embedder | None"]


def open_embedder(path: Path, guard: EngineGuard | None = None) -> LlamaEmbedder:
    """An embedding model, with the task words the catalog knows it was trained with."""
    # Imported on use: the window starts without llama.cpp or SQLite extensions.
    from llamadesk.engine.embedding import LlamaEmbedder

    document_prefix, query_prefix = prefixes_for(path.name)
    return LlamaEmbedder(path, document_prefix=document_prefix, query_prefix=query_prefix,
                         guard=guard)


def embedder_opener(models_dir: Path, guard: EngineGuard | None = None) -> EmbedderOpener:
    """Opens a collection's embedding model where it was, or from the models folder."""
    def opener(collection: Collection) -> Embedder | None:
        # Imported on use, like the store: not at the window's start.
        from llamadesk.documents.embedding_file import locate

        path = locate(collection, models_dir)
        return open_embedder(path, guard) if path is not None else None
    return opener


class DocumentRetriever:
    def __init__(self, database: Path, open_embedder: EmbedderOpener) -> None:
        self._database = database
        self._open_embedder = open_embedder
        self._store: DocumentStore | None = None
        self._embedders: dict[str, Embedder | None] = {}
        self._lock = threading.Lock()

    def find(self, collections: Sequence[str], question: str, limit: int) -> list[Source]:
        """The best ``limit`` passages of the named collections; names that no longer
        exist are passed over."""
        if not collections or not self._database.exists():
            return []
        from llamadesk.documents.retrieval import search

        with self._lock:
            store = self._open_store()
            chosen = [c for c in store.collections() if c.name in set(collections)]
            if not chosen:
                return []
            # One embedder per question: the first collection's (the others are
            # searched by vector when they were built by the same model).
            embedder = self._embedder(chosen[0])
            names = {c.id: c.name for c in chosen}
            passages = search(store, chosen, question, embedder, limit=limit)
        return [p.source(names.get(p.collection_id, "")) for p in passages]

    def _open_store(self) -> DocumentStore:
        if self._store is None:
            from llamadesk.documents.store import DocumentStore

            self._store = DocumentStore(self._database)
        return self._store

    def _embedder(self, collection: Collection) -> Embedder | None:
        name = collection.embedding_model
        if name not in self._embedders:
            try:
                self._embedders[name] = self._open_embedder(collection)
            except LlamaDeskError as error:
                log.warning("Searching by keyword only: %s", error)
                self._embedders[name] = None
        return self._embedders[name]

    def close(self) -> None:
        with self._lock:
            for embedder in self._embedders.values():
                close = getattr(embedder, "close", None)
                if close is not None:
                    close()
            self._embedders.clear()
            if self._store is not None:
                self._store.close()
                self._store = None
