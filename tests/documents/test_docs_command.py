"""`llamadesk docs` end to end: real GGUF embeddings, real SQLite file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from llamadesk.cli import main


def test_add_list_search_reindex_remove(tmp_path: Path, tiny_model: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "herons.md").write_text("# Herons\nThe heron waits by the pond at dawn.\n")
    (folder / "tax.txt").write_text("Taxes are due in April.")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")

    assert main(["docs", "add", "notes", str(folder), "--embedding-model", str(tiny_model),
                 *data]) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "Indexed 2 file(s)" in out and "photo.jpg" in out and "not a supported" in out
    # The tiny model is a chat model (a template, no pooling): said, and why.
    assert (f"Warning: {tiny_model.name} is a chat model: it writes replies, it does not "
            "turn text into vectors for search") in captured.err

    assert main(["docs", "list", "--json", *data]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["name"] == "notes" and listed[0]["files"] == 2
    assert "photo.jpg" in next(iter(listed[0]["skipped"]))

    assert main(["docs", "search", "notes", "When are taxes due?", "--embedding-model",
                 str(tiny_model), *data]) == 0
    assert "tax.txt" in capsys.readouterr().out.splitlines()[0]

    (folder / "tax.txt").write_text("Taxes are due in May now.")
    assert main(["docs", "reindex", "notes", "--embedding-model", str(tiny_model), *data]) == 0
    assert "Indexed 1 file(s)" in capsys.readouterr().out

    assert main(["docs", "remove", "notes", *data]) == 0
    assert main(["docs", "list", *data]) == 0
    assert "No collections yet" in capsys.readouterr().out
    assert (folder / "tax.txt").exists()  # the files themselves are untouched


def test_unknown_collection_and_missing_model_are_plain_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["docs", "remove", "nope", *data]) != 0
    assert "No collection named 'nope'" in capsys.readouterr().err
    assert main(["docs", "add", "x", str(tmp_path), *data]) != 0
    assert "--embedding-model" in capsys.readouterr().err


def test_a_collection_remembers_its_embedding_model(tmp_path: Path, tiny_model: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    """Built with a model kept outside LlamaDesk's folder, searched without the flag;
    once the file is gone, searched by keyword with a one-line note."""
    data = ["--data-dir", str(tmp_path / "data")]
    kept = tmp_path / "kept" / "my-embedder.gguf"
    kept.parent.mkdir()
    shutil.copyfile(tiny_model, kept)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "tax.txt").write_text("Taxes are due in April.")
    assert main(["docs", "add", "notes", str(folder), "--embedding-model", str(kept),
                 *data]) == 0
    capsys.readouterr()

    # No word in common with the text: only the vector search can find it.
    assert main(["docs", "search", "notes", "paying the government", *data]) == 0
    found = capsys.readouterr()
    assert "tax.txt" in found.out and found.err == ""
    assert main(["docs", "reindex", "notes", *data]) == 0  # no flag needed either
    assert "1 unchanged" in capsys.readouterr().out

    # A file of the same name but other bytes in the models folder is not taken for it.
    models = tmp_path / "data" / "models"
    models.mkdir(parents=True, exist_ok=True)
    (models / "my-embedder.gguf").write_bytes(b"GGUF another model")
    kept.unlink()
    assert main(["docs", "search", "notes", "paying the government", *data]) == 0
    fallback = capsys.readouterr()
    assert fallback.out == ""
    assert fallback.err.splitlines() == [
        f"Searching by keyword only: {kept.resolve()} is no longer there "
        "(--embedding-model names it where it is now)."]
    assert main(["docs", "search", "notes", "When are taxes due?", *data]) == 0
    assert "tax.txt" in capsys.readouterr().out
    # Indexing cannot go on by keyword: it says where the model was.
    assert main(["docs", "reindex", "notes", *data]) != 0
    assert f"built with {kept.resolve()}, which is no longer there" in capsys.readouterr().err

    # Found again elsewhere: the flag, once, and the collection remembers the new place.
    moved = tmp_path / "moved.gguf"
    shutil.copyfile(tiny_model, moved)
    assert main(["docs", "reindex", "notes", "--embedding-model", str(moved), *data]) == 0
    capsys.readouterr()
    assert main(["docs", "search", "notes", "paying the government", *data]) == 0
    assert "tax.txt" in capsys.readouterr().out


def test_a_documents_database_from_before_gains_the_columns_unchanged(
        tmp_path: Path) -> None:
    from llamadesk.documents.store import DocumentStore

    database = tmp_path / "documents.sqlite3"
    with sqlite3.connect(database) as old:
        old.execute("CREATE TABLE collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
                    "UNIQUE, embedding_model TEXT NOT NULL, dimensions INTEGER NOT NULL, "
                    "created_at REAL NOT NULL)")
        old.execute("INSERT INTO collections VALUES (1, 'old', 'nomic.gguf', 768, 5.0)")
    store = DocumentStore(database)
    try:
        [collection] = store.collections()
        assert (collection.name, collection.embedding_model) == ("old", "nomic.gguf")
        assert collection.embedding_file is None
    finally:
        store.close()
