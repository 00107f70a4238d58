"""`llamadesk docs add|list|remove|reindex|search`: document collections in the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from llamadesk.documents.embedding_file import (
    kind_warning,
    locate,
    model_file,
    model_kind,
    where_it_was,
)
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


def _model_path(args: argparse.Namespace, paths: AppPaths,
                collection: Collection | None) -> Path:
    """The embedding model's file: the flag's, else the one the collection remembers."""
    chosen = getattr(args, "embedding_model", None)
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise LlamaDeskError(f"No such embedding model: {path}")
        return path
    found = locate(collection, paths.models_dir) if collection is not None else None
    if found is not None:
        return found
    if collection is not None:
        raise LlamaDeskError(
            f"{collection.name} was built with {where_it_was(collection)}, which is no "
            "longer there. Pass --embedding-model with that file (or another model, "
            "to rebuild the collection with it).")
    raise LlamaDeskError("Which embedding model? Pass --embedding-model with a GGUF file "
                         "(for example nomic-embed-text-v1.5.Q8_0.gguf).")


def _open(path: Path, paths: AppPaths) -> LlamaEmbedder:
    # The same CPU probe as chat models: a CPU that faults in repacked weights would
    # otherwise kill the indexer on its first chunk.
    return open_embedder(path, EngineGuard.for_paths(paths))


def _add(args: argparse.Namespace, store: DocumentStore, paths: AppPaths) -> int:
    roots = [Path(p).expanduser().resolve() for p in args.paths]
    missing = [str(root) for root in roots if not root.exists()]
    if missing:
        raise LlamaDeskError("Not found: " + ", ".join(missing))
    collection = store.collection(args.name)
    model = _model_path(args, paths, collection)
    warning = kind_warning(model, model_kind(model))
    if warning is not None:
        print(f"Warning: {warning}", file=sys.stderr)
    embedder = _open(model, paths)
    if collection is None:
        collection_id = store.create_collection(args.name, embedder.name, embedder.dimensions,
                                                model_file(model))
    else:
        collection_id = collection.id
        _remember(store, collection, model, embedder)
    store.add_roots(collection_id, roots)
    return _index(store, collection_id, embedder)


def _reindex(args: argparse.Namespace, store: DocumentStore, paths: AppPaths) -> int:
    collection = _existing(store, args.name)
    model = _model_path(args, paths, collection)
    embedder = _open(model, paths)
    if embedder.name != collection.embedding_model:
        # Vectors of two models cannot be compared: the collection is built again.
        print(f"{collection.name} was built with {collection.embedding_model}; "
              f"rebuilding it with {embedder.name}.")
        store.reset_collection(collection.id, embedder.name, embedder.dimensions,
                               model_file(model))
    else:
        _remember(store, collection, model, embedder)
    return _index(store, collection.id, embedder)


def _remember(store: DocumentStore, collection: Collection, model: Path,
              embedder: LlamaEmbedder) -> None:
    """The model's file, for the next run without the flag: where it is now."""
    if embedder.name != collection.embedding_model:
        raise LlamaDeskError(
            f"{collection.name} was built with {collection.embedding_model}, not "
            f"{embedder.name}: `llamadesk docs reindex {collection.name} "
            f"--embedding-model {model}` rebuilds it with that model.")
    remembered = collection.embedding_file
    if remembered is None or remembered.path != str(model.resolve()):
        store.remember_model_file(collection.id, model_file(model))


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
    embedder: LlamaEmbedder | None = None
    if getattr(args, "embedding_model", None) or locate(collection, paths.models_dir):
        embedder = _open(_model_path(args, paths, collection), paths)
    else:
        print(f"Searching by keyword only: {where_it_was(collection)} is no longer there "
              "(--embedding-model names it where it is now).", file=sys.stderr)
    try:
        found = search(store, [collection], args.query, embedder, limit=args.limit)
    finally:
        if embedder is not None:
            embedder.close()
    for number, passage in enumerate(found, start=1):
        print(f"[{number}] {passage.label}  ({passage.path})")
        print("    " + " ".join(passage.text.split())[:300])
    return 0
