"""`llamadesk docs` end to end: real GGUF embeddings, real SQLite file."""

from __future__ import annotations

import json
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
    out = capsys.readouterr().out
    assert "Indexed 2 file(s)" in out and "photo.jpg" in out and "not a supported" in out

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
