"""The embedding models' catalog: entries, fit, and a verified download with no
license to accept (theirs are MIT and Apache 2.0), from a local Hub over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.cli import main
from llamadesk.documents.retriever import embedder_opener
from llamadesk.documents.store import Collection
from llamadesk.models.catalog import Fit
from llamadesk.models.embedding_catalog import (
    find_embedding_entry,
    load_embedding_catalog,
    prefixes_for,
)
from llamadesk.models.license import LicenseStore
from llamadesk.models.manager import ModelManager
from tests.helpers.fake_hub import FakeHub, HubFile

GB = 1_000_000_000
NOMIC = "nomic-embed-text-v1.5-q8_0"


def test_the_three_models_with_licenses_prefixes_and_fit() -> None:
    entries = {e.id: e for e in load_embedding_catalog()}
    assert set(entries) == {NOMIC, "bge-small-en-v1.5-q8_0", "multilingual-e5-small-q8_0"}
    assert {e.license for e in entries.values()} == {"apache-2.0", "mit"}
    assert prefixes_for("nomic-embed-text-v1.5.Q8_0.gguf") == ("search_document: ",
                                                               "search_query: ")
    assert prefixes_for("multilingual-e5-small-q8_0.gguf") == ("passage: ", "query: ")
    assert prefixes_for("my-own-model.gguf") == ("", "")
    assert [e.id for e in entries.values() if e.recommended] == [NOMIC]
    assert entries[NOMIC].fit(16 * GB) is Fit.FITS
    assert entries[NOMIC].fit(GB // 2) is Fit.TOO_LARGE


@pytest.fixture
def hub(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    server = FakeHub(repos={"nomic-ai/nomic-embed-text-v1.5-GGUF": {
        "nomic-embed-text-v1.5.Q8_0.gguf": HubFile(tiny_model.read_bytes())}}).start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    yield server
    server.stop()


def test_download_needs_no_acceptance_and_is_verified(hub: FakeHub, tmp_path: Path,
                                                      tiny_model: Path) -> None:
    entry = find_embedding_entry(NOMIC)
    assert entry is not None
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    model = manager.download(entry)
    assert Path(model.path).read_bytes() == tiny_model.read_bytes()
    assert model.license == "apache-2.0" and model.license_accepted_at is None
    assert manager.verify(NOMIC)
    # A collection built by it finds it in the models folder, with its task words.
    built = Collection(1, "notes", entry.filename, 64, ())
    embedder = embedder_opener(tmp_path / "models")(built)
    assert embedder is not None
    try:
        assert embedder._query_prefix == "search_query: "  # type: ignore[attr-defined]
    finally:
        embedder.close()  # type: ignore[attr-defined]
    absent = Collection(2, "gone", "absent.gguf", 64, ())
    assert embedder_opener(tmp_path / "models")(absent) is None


def test_cli_lists_and_downloads_embedding_models(hub: FakeHub, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["models", "catalog", "--embedding", "--json", *data]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in listed][0] == NOMIC and listed[0]["license"] == "apache-2.0"
    assert main(["models", "catalog", "--embedding", *data]) == 0
    assert "Apache License 2.0" in capsys.readouterr().out
    assert main(["models", "download", NOMIC, *data]) == 0
    assert "Installed nomic-embed-text-v1.5-q8_0" in capsys.readouterr().out
