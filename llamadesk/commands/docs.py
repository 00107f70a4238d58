"""`llamadesk docs add|list|remove|reindex|search`: document collections in the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from llamadesk.documents.indexer import Indexer, IndexReport, Progress
from llamadesk.documents.retrieval import search
from llamadesk.documents.retriever import open_embedder
from llamadesk.documents.store import Collection, DocumentStore
from llamadesk.engine.embedding import LlamaEmbedder
from llamadesk.engine.guard import EngineGuard
from llamadesk.errors import LlamaDeskError
from llamadesk.paths import AppPaths


def run(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(args.data_dir).ensure()
    store = DocumentStore(paths.documents_database)
    try:
        action = {"add": _add, "reindex": _reindex, "list": _list, "remove": _remove,
                  "search": _search}[args.docs_command]
        return action(args, store, paths)
    finally:
        store.close()


def _embedder(args: argparse.Namespace, paths: AppPaths,
              collection: Collection | None) -> LlamaEmbedder:
    chosen = getattr(args, "embedding_model", None)
    if chosen:
        path = Path(chosen).expanduser()
    elif collection is not None and (paths.models_dir / collection.embedding_model).is_file():
        path = paths.models_dir / collection.embedding_model
    else:
        raise LlamaDeskError("Which embedding model? Pass --embedding-model with a GGUF file "
                             "(for example nomic-embed-text-v1.5.Q8_0.gguf).")
    if not path.is_file():
        raise LlamaDeskError(f"No such embedding model: {path}")
    # The same CPU probe as chat models: a CPU that faults in repacked weights would
    # otherwise kill the indexer on its first chunk.
    return open_embedder(path, EngineGuard.for_paths(paths))


def _add(args: argparse.Namespace, store: DocumentStore, paths: AppPaths) -> int:
    roots = [Path(p).expanduser().resolve() for p in args.paths]
    missing = [str(root) for root in roots if not root.exists()]
    if missing:
        raise LlamaDeskError("Not found: " + ", ".join(missing))
    collection = store.collection(args.name)
    embedder = _embedder(args, paths, collection)
    if collection is None:
        collection_id = store.create_collection(args.name, embedder.name, embedder.dimensions)
    else:
        collection_id = collection.id
    store.add_roots(collection_id, roots)
    return _index(store, collection_id, embedder)


def _reindex(args: argparse.Namespace, store: DocumentStore, paths: AppPaths) -> int:
    collection = _existing(store, args.name)
    embedder = _embedder(args, paths, collection)
    if embedder.name != collection.embedding_model:
        # Vectors of two models cannot be compared: the collection is built again.
        print(f"{collection.name} was built with {collection.embedding_model}; "
              f"rebuilding it with {embedder.name}.")
        store.reset_collection(collection.id, embedder.name, embedder.dimensions)
    return _index(store, collection.id, embedder)


def _index(store: DocumentStore, collection_id: int, embedder: LlamaEmbedder) -> int:
    def show(progress: Progress) -> None:
        left = progress.seconds_left
        print(f"\r{progress.files_done}/{progress.files_total} files, "
              f"{progress.chunks} chunks, {progress.chunks_per_second:.1f} chunks/s"
              + (f", {left:.0f} s left" if left is not None else "") + " " * 8,
              end="", file=sys.stderr, flush=True)

    try:
        report = Indexer(store, embedder).index(collection_id, progress=show)
    finally:
        print(file=sys.stderr)
        embedder.close()
    _summary(report)
    return 0


def _summary(report: IndexReport) -> None:
    print(f"Indexed {len(report.indexed)} file(s) ({report.chunks} chunks) in "
          f"{report.seconds:.1f} s; {report.unchanged} unchanged, {len(report.removed)} removed.")
    for path, reason in sorted(report.skipped.items()):
        print(f"  skipped {path}: {reason}")


def _existing(store: DocumentStore, name: str) -> Collection:
    collection = store.collection(name)
    if collection is None:
        known = ", ".join(c.name for c in store.collections()) or "none yet"
        raise LlamaDeskError(f"No collection named {name!r} (collections: {known}).")
    return collection


def _list(args: argparse.Namespace, store: DocumentStore, _paths: AppPaths) -> int:
    collections = store.collections()
    if args.json:
        print(json.dumps([{
            "name": c.name, "embedding_model": c.embedding_model, "folders": list(c.roots),
            "files": c.files, "chunks": c.chunks,
            "skipped": {path: record.reason for path, record in store.files(c.id).items()
                        if record.status == "skipped"}} for c in collections], indent=2))
        return 0
    if not collections:
        print("No collections yet: `llamadesk docs add NAME FOLDER --embedding-model GGUF`.")
    for c in collections:
        print(f"{c.name}: {c.files} file(s), {c.chunks} chunks, {c.skipped} skipped; "
              f"embedded by {c.embedding_model}")
        for root in c.roots:
            print(f"  {root}")
    return 0


def _remove(args: argparse.Namespace, store: DocumentStore, _paths: AppPaths) -> int:
    collection = _existing(store, args.name)
    store.remove_collection(collection.id)
    print(f"Removed the collection {collection.name} (its files are untouched).")
    return 0


def _search(args: argparse.Namespace, store: DocumentStore, paths: AppPaths) -> int:
    collection = _existing(store, args.name)
    embedder = _embedder(args, paths, collection)
    try:
        found = search(store, [collection], args.query, embedder, limit=args.limit)
    finally:
        embedder.close()
    for number, passage in enumerate(found, start=1):
        print(f"[{number}] {passage.label}  ({passage.path})")
        print("    " + " ".join(passage.text.split())[:300])
    return 0
