"""Indexing a collection: incremental by content, resumable after a restart, and never
stopped by a hostile file. Real SQLite file, real sqlite-vec and FTS5."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from llamadesk.documents.indexer import Indexer
from llamadesk.documents.retrieval import search
from llamadesk.documents.store import DocumentStore
from llamadesk.engine.embedding import LlamaEmbedder
from tests.documents.conftest import WordEmbedder

CONCEPTS = [["car", "automobile", "vehicle"], ["bird", "heron", "owl"],
            ["river", "stream", "water"]]

_connections: list[object] = []
_watching = [False]


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _watching[0] and event in ("socket.connect", "socket.getaddrinfo"):
        _connections.append(args)


sys.addaudithook(_audit)


def make_folder(root: Path) -> Path:
    folder = root / "notes"
    folder.mkdir()
    (folder / "cars.md").write_text("# Cars\nThe red car needs new tyres.\n")
    (folder / "birds.txt").write_text("A heron waits by the pond.")
    (folder / "rivers.txt").write_text("The river floods in spring.")
    return folder


def new_collection(store: DocumentStore, folder: Path, embedder: WordEmbedder) -> int:
    collection_id = store.create_collection("notes", embedder.name, embedder.dimensions)
    store.add_roots(collection_id, [folder])
    return collection_id


def test_only_what_changed_is_embedded_again(store: DocumentStore, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    embedder = WordEmbedder(CONCEPTS)
    collection_id = new_collection(store, folder, embedder)
    first = Indexer(store, embedder).index(collection_id)
    assert first.finished and len(first.indexed) == 3 and first.chunks == 3

    embedder.embedded.clear()
    (folder / "birds.txt").write_text("An owl hunts at night.")  # changed
    os.utime(folder / "rivers.txt")  # touched, same content
    (folder / "cars.md").unlink()  # deleted
    second = Indexer(store, embedder).index(collection_id)
    assert embedder.embedded == ["An owl hunts at night."]
    assert second.indexed == [str(folder / "birds.txt")]
    assert second.removed == [str(folder / "cars.md")] and second.unchanged == 1
    assert str(folder / "cars.md") not in store.files(collection_id)
    collection = store.collection("notes")
    assert collection is not None and collection.chunks == 2
    found = search(store, [collection], "tyres", embedder)
    assert found and not any("tyres" in passage.text for passage in found)  # gone


def test_a_paused_run_resumes_after_a_restart(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    embedder = WordEmbedder(CONCEPTS)
    store = DocumentStore(tmp_path / "documents.sqlite3")
    collection_id = new_collection(store, folder, embedder)
    asked = [0]

    def stop_after_one() -> bool:
        asked[0] += 1
        return asked[0] > 1

    paused = Indexer(store, embedder).index(collection_id, should_stop=stop_after_one)
    assert not paused.finished and len(paused.indexed) == 1
    store.close()  # the app quits

    embedder.embedded.clear()
    reopened = DocumentStore(tmp_path / "documents.sqlite3")
    resumed = Indexer(reopened, embedder).index(collection_id)
    assert resumed.finished and resumed.unchanged == 1 and len(resumed.indexed) == 2
    assert len(embedder.embedded) == 2  # the first file was not done again
    reopened.close()


def test_hostile_files_are_skipped_with_reasons(store: DocumentStore, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (folder / "fake.pdf").write_bytes(b"%PDF-1.4 nothing else")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(2 * 1024 ** 3)  # a sparse 2 GB file
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a link loop
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "zz-vanishes.txt").write_text("here at the start")
    embedder = WordEmbedder(CONCEPTS)
    collection_id = new_collection(store, folder, embedder)

    def vanish(_progress: object) -> None:  # a file deleted while the run is underway
        (folder / "zz-vanishes.txt").unlink(missing_ok=True)

    report = Indexer(store, embedder).index(collection_id, progress=vanish)
    assert report.finished and len(report.indexed) == 3
    reasons = {Path(path).name: reason for path, reason in report.skipped.items()}
    assert "not a readable PDF" in reasons["fake.pdf"]
    assert "too large" in reasons["huge.txt"]
    assert "cannot be read" in reasons["dangling.txt"]
    assert "cannot be read" in reasons["zz-vanishes.txt"]
    collection = store.collection("notes")
    assert collection is not None and collection.skipped == 4
    assert not any("loop" in path for path in report.indexed)  # each folder walked once


def test_real_embeddings_from_llama_cpp_and_no_network(store: DocumentStore, tmp_path: Path,
                                                       tiny_embedder: LlamaEmbedder) -> None:
    folder = make_folder(tmp_path)
    collection_id = store.create_collection("real", tiny_embedder.name,
                                            tiny_embedder.dimensions)
    store.add_roots(collection_id, [folder])
    _watching[0] = True
    try:
        report = Indexer(store, tiny_embedder).index(collection_id)
        collection = store.collection("real")
        assert collection is not None
        found = search(store, [collection], "Where does the heron wait?", tiny_embedder)
    finally:
        _watching[0] = False
    assert report.finished and report.chunks == 3
    assert found and found[0].path.endswith("birds.txt")
    assert _connections == []  # indexing and searching opened no connection


@pytest.mark.parametrize("change_model", [True])
def test_a_new_embedding_model_rebuilds_the_collection(store: DocumentStore, tmp_path: Path,
                                                       change_model: bool) -> None:
    folder = make_folder(tmp_path)
    embedder = WordEmbedder(CONCEPTS)
    collection_id = new_collection(store, folder, embedder)
    Indexer(store, embedder).index(collection_id)
    other = WordEmbedder([*CONCEPTS, ["cake"]])
    other.name = "another-model"
    store.reset_collection(collection_id, other.name, other.dimensions)
    report = Indexer(store, other).index(collection_id)
    assert len(report.indexed) == 3 and len(other.embedded) == 3
    collection = store.collection("notes")
    assert collection is not None and collection.embedding_model == "another-model"
