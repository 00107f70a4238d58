"""Catalog, fit, and the model library: download, import, verify, delete."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llamadesk.errors import LicenseError, LlamaDeskError, ModelLoadError
from llamadesk.models.catalog import Fit, assess, find_entry, load_catalog
from llamadesk.models.license import LLAMA2, LicenseStore
from llamadesk.models.manager import ModelManager
from tests.helpers.fake_hub import FakeHub, HubFile

GB = 1_000_000_000
ENTRY_ID = "llama-2-7b-chat-q4_k_m"


def test_catalog_lists_every_llama2_chat_variant() -> None:
    catalog = load_catalog()
    assert {e.size for e in catalog} == {"7B", "13B", "70B"}
    assert len(catalog) == 36
    seven = find_entry(ENTRY_ID)
    assert seven is not None and seven.repo == "TheBloke/Llama-2-7B-Chat-GGUF"
    assert seven.files == ("llama-2-7b-chat.Q4_K_M.gguf",)
    assert seven.official_repo == "meta-llama/Llama-2-7b-chat-hf"
    split = find_entry("llama-2-70b-chat-q8_0")
    assert split is not None and split.files == ("llama-2-70b-chat.Q8_0.gguf-split-a",
                                                 "llama-2-70b-chat.Q8_0.gguf-split-b")
    raw = json.loads((Path(__file__).parents[2] / "resources" / "catalog.json").read_text())
    assert not any("sha256" in e or "bytes" in e for e in raw["entries"])  # never invented


def test_fit_labels_and_one_recommendation() -> None:
    # On a GPU the biggest variant that fits comfortably in memory...
    laptop = assess(load_catalog(), 16 * GB, gpu=True)
    assert [r.entry.id for r in laptop if r.recommended] == ["llama-2-13b-chat-q4_k_m"]
    # ...on the CPU alone the biggest that also streams faster than one reads: 13B
    # fits in 16 GB but would crawl there.
    cpu = {r.entry.id: r for r in assess(load_catalog(), 16 * GB)}
    [chosen] = [r for r in cpu.values() if r.recommended]
    assert chosen.entry.id == "llama-2-7b-chat-q5_k_m" and chosen.tokens_per_second >= 5
    assert cpu["llama-2-13b-chat-q5_k_m"].tokens_per_second < 5
    assert cpu["llama-2-13b-chat-q4_k_m"].fit is Fit.FITS
    labels = {r.entry.id: r.fit for r in laptop}
    assert labels["llama-2-7b-chat-q4_k_m"] is Fit.FITS
    assert labels["llama-2-70b-chat-q4_k_m"] is Fit.TOO_LARGE
    assert Fit.TIGHT in labels.values()
    assert not any(r.recommended for r in assess(load_catalog(), 2 * GB))


@pytest.fixture
def hub_with_llama(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> FakeHub:
    data = tiny_model.read_bytes()
    half = len(data) // 2
    server = FakeHub(repos={
        "TheBloke/Llama-2-7B-Chat-GGUF": {"llama-2-7b-chat.Q4_K_M.gguf": HubFile(data)},
        "TheBloke/Llama-2-70B-Chat-GGUF": {
            "llama-2-70b-chat.Q8_0.gguf-split-a": HubFile(data[:half]),
            "llama-2-70b-chat.Q8_0.gguf-split-b": HubFile(data[half:])},
    }).start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    yield server
    server.stop()


def test_download_needs_the_license_then_installs_and_records(
        hub_with_llama: FakeHub, tmp_path: Path, tiny_model: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    entry = find_entry(ENTRY_ID)
    assert entry is not None
    with pytest.raises(LicenseError):
        manager.download(entry)
    assert hub_with_llama.requests == []  # nothing fetched before acceptance
    manager.licenses.accept(LLAMA2)
    model = manager.download(entry)
    assert Path(model.path).read_bytes() == tiny_model.read_bytes()
    assert model.license == LLAMA2 and model.license_sha256 and model.license_accepted_at
    assert model.template == "llama2" and model.quantization == "F32"
    assert manager.resolve(ENTRY_ID) == Path(model.path)
    assert manager.verify(ENTRY_ID)
    Path(model.path).write_bytes(b"GGUF" + b"\0" * 100)  # damaged on disk later
    assert not manager.verify(ENTRY_ID)
    with pytest.raises(LlamaDeskError, match="is loaded"):
        manager.delete(ENTRY_ID, loaded_path=Path(model.path))
    manager.delete(ENTRY_ID)
    assert manager.registry.all() == [] and not Path(model.path).exists()


def test_split_files_are_joined(hub_with_llama: FakeHub, tmp_path: Path, tiny_model: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    manager.licenses.accept(LLAMA2)
    entry = find_entry("llama-2-70b-chat-q8_0")
    assert entry is not None
    model = manager.download(entry)
    assert Path(model.path).name == "llama-2-70b-chat.Q8_0.gguf"
    assert Path(model.path).read_bytes() == tiny_model.read_bytes()
    assert not list((tmp_path / "models").glob("*split*"))


def test_import_valid_truncated_and_not_gguf(tmp_path: Path, tiny_model: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    seen: list[tuple[int, int]] = []
    in_place = manager.import_file(tiny_model, copy=False,
                                   progress=lambda d, t: seen.append((d, t)))
    assert in_place.path == str(tiny_model.resolve()) and in_place.source == "import-in-place"
    assert seen[-1][0] == seen[-1][1] == tiny_model.stat().st_size
    copy_source = tmp_path / "elsewhere" / "copy-me.gguf"
    copy_source.parent.mkdir()
    copy_source.write_bytes(tiny_model.read_bytes())
    copied = manager.import_file(copy_source, copy=True)
    assert Path(copied.path).parent == tmp_path / "models"
    manager.delete(in_place.id)
    assert tiny_model.exists()  # a referenced file is never deleted

    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_model.read_bytes()[:4000])
    with pytest.raises(ModelLoadError, match="incomplete"):
        manager.import_file(cut, copy=True)
    text = tmp_path / "notes.gguf"
    text.write_text("hello")
    with pytest.raises(ModelLoadError, match="not a GGUF"):
        manager.import_file(text, copy=False)
    assert [m.id for m in manager.registry.all()] == [copied.id]


def test_discovery_offers_files_already_on_the_computer(tmp_path: Path, tiny_model: Path) -> None:
    cache = tmp_path / "hf" / "models--x--y" / "snapshots" / "abc"
    cache.mkdir(parents=True)
    found = cache / "model.Q4_K_M.gguf"
    found.write_bytes(tiny_model.read_bytes())
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    assert manager.discover([tmp_path / "hf", tmp_path / "missing"]) == [found]


def test_cli_download_then_chat_by_id(hub_with_llama: FakeHub, data_dir: Path) -> None:
    env = {**os.environ, "HF_ENDPOINT": hub_with_llama.url}
    env.pop("LLAMADESK_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir),
                               *args], capture_output=True, text=True, env=env, timeout=120)

    refused = run("models", "download", ENTRY_ID)
    assert refused.returncode == 1 and "--accept-license" in refused.stderr
    done = run("models", "download", ENTRY_ID, "--accept-license")
    assert done.returncode == 0, done.stderr
    assert f"Installed {ENTRY_ID}" in done.stdout
    listed = json.loads(run("models", "list", "--json").stdout)
    assert [m["id"] for m in listed] == [ENTRY_ID]
    verified = json.loads(run("models", "verify", ENTRY_ID, "--json").stdout)
    assert verified == {"id": ENTRY_ID, "verified": True}
    chat = run("chat", "--model", ENTRY_ID, "Hi")
    assert chat.returncode == 0 and chat.stdout == "Hello from a tiny llama.\n"
    assert json.loads(run("models", "list", "--json").stdout)[0]["last_used"]




def test_queue_runs_downloads_in_turn_with_pause_resume_and_cancel(
        hub_with_llama: FakeHub, tmp_path: Path, tiny_model: Path) -> None:
    from llamadesk.models.download_queue import DownloadQueue, State

    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    manager.licenses.accept(LLAMA2)
    hub_with_llama.delay_per_chunk = 0.05  # slow enough to pause in mid-file
    queue = DownloadQueue(manager)
    seven, seventy = find_entry(ENTRY_ID), find_entry("llama-2-70b-chat-q8_0")
    assert seven is not None and seventy is not None
    first = queue.add(seven)
    second = queue.add(seventy)
    deadline = time.monotonic() + 30
    while first.progress is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    queue.pause(first)
    assert queue.wait(first) is State.PAUSED
    part = manager.downloader.partial_dir / f"{seven.files[0]}.part"
    assert part.exists() and part.stat().st_size > 0
    queue.cancel(second)  # the queue had moved on to it: stopped, nothing left behind
    assert queue.wait(second) is State.CANCELLED
    hub_with_llama.delay_per_chunk = 0.0
    queue.resume(first)
    assert queue.wait(first) is State.DONE
    assert first.result is not None
    assert Path(first.result.path).read_bytes() == tiny_model.read_bytes()
    assert not list(manager.downloader.partial_dir.glob("llama-2-70b*"))
    queue.close()


def test_installed_models_are_never_hashed_again(tmp_path: Path, tiny_model: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import llamadesk.models.hashing as hashing
    from llamadesk.models.hashing import HashCache

    cache = HashCache(tmp_path / "hashes.json")
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"),
                           hashes=cache)
    source = tmp_path / "mine.gguf"
    source.write_bytes(tiny_model.read_bytes())
    installed = manager.import_file(source, copy=True)

    def no_hashing(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("the file was read to hash it again")

    monkeypatch.setattr(hashing, "sha256_file", no_hashing)
    # What a load asks for (LoadOptions.file_hash): answered from the cache.
    assert cache.sha256(Path(installed.path)) == installed.sha256

    # A cache that never heard of it (installed by an older LlamaDesk) is seeded
    # from the registry at start.
    fresh = HashCache(tmp_path / "other-hashes.json")
    ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"), hashes=fresh)
    assert fresh.sha256(Path(installed.path)) == installed.sha256


def test_window_and_terminal_recommend_the_same_model(data_dir: Path) -> None:
    """One judgement of this computer's memory (models/machine.py) for both."""
    from llamadesk.models.machine import machine_fit

    result = subprocess.run([sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir),
                             "models", "catalog", "--json"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    terminal = [row["id"] for row in json.loads(result.stdout) if row["recommended"]]
    window = [report.entry.id for report in machine_fit() if report.recommended]
    assert terminal == window
