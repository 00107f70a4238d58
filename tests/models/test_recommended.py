"""The curated list: Llama 2 first (the catalog's pick for the computer), then current
families with their licences and what the estimates need; a recommended vision model
downloads with its projector beside it, behind its licence. Real HTTP to the Hub
imitation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llamadesk.engine.placement import DEFAULT_CTX_CAP
from llamadesk.errors import LicenseError
from llamadesk.models import catalog
from llamadesk.models.catalog import BITS_PER_WEIGHT, Fit
from llamadesk.models.discover import projector_file_name, safe_name
from llamadesk.models.license import LicenseStore, license_text, needs_acceptance
from llamadesk.models.machine import MachineMemory
from llamadesk.models.manager import ModelManager
from llamadesk.models.recommended import find_recommended, load_recommended, recommended
from tests.helpers.fake_hub import FakeHub, HubFile

GIB = 1 << 30


def test_llama_2_first_then_every_family_the_list_promises() -> None:
    reports = recommended(MachineMemory(ram_total=16 * GIB, vram_free=0))
    first = reports[0]
    assert first.entry.license == "llama2" and first.recommended  # the catalog's pick
    assert sum(r.recommended for r in reports) == 1
    names = " ".join(r.entry.name for r in reports[1:])
    for family in ("Llama 3.1", "Llama 3.2", "Qwen3", "Gemma 3", "Mistral Small", "Phi-4",
                   "gpt-oss 20B"):
        assert family in names, family
    for entry in load_recommended():
        assert entry.quantization in BITS_PER_WEIGHT, entry.id
        assert all(safe_name(name) and name.endswith(".gguf") for name in entry.files)
        assert entry.context_length >= 4096 and entry.layers and entry.kv_heads
        if entry.license.startswith(("llama", "gemma")):
            assert needs_acceptance(entry.license) and license_text(entry.license)
        assert find_recommended(entry.id) == entry
    assert len({e.id for e in load_recommended()}) == len(load_recommended())


def test_estimates_use_the_engines_context_and_a_mixtures_active_weights() -> None:
    assert catalog.DEFAULT_CTX_CAP == DEFAULT_CTX_CAP  # a copy, kept equal here
    by_id = {e.id: e for e in load_recommended()}
    llama = by_id["llama-3.1-8b-q4_k_m"]
    # 128k tokens trained, opened at 8k: the KV cache at 8k, not 16 GB of it.
    assert llama.memory_needed() < 8 * GIB < llama.memory_needed(llama.context_length)
    oss = by_id["gpt-oss-20b-mxfp4"]
    assert oss.bytes_per_token < oss.estimated_file_bytes / 4  # 3.6B of 21B active
    reports = {r.entry.id: r for r in recommended(MachineMemory(8 * GIB, 0))}
    assert reports["mistral-small-3.2-24b-q4_k_m"].fit is Fit.TOO_LARGE
    assert reports["llama-3.2-3b-q4_k_m"].fit is Fit.FITS
    assert reports["gpt-oss-20b-mxfp4"].tokens_per_second > \
        reports["phi-4-q4_k_m"].tokens_per_second


def test_a_recommended_vision_model_downloads_behind_its_licence_with_its_projector(
        tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = next(e for e in load_recommended() if e.projector)
    assert entry.license == "gemma"
    hub = FakeHub(repos={entry.repo: {
        entry.filename: HubFile(tiny_model.read_bytes()),
        entry.projector: HubFile(b"GGUF projector bytes")}}).start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    try:
        licenses = LicenseStore(tmp_path / "licenses.json")
        manager = ModelManager(tmp_path / "models", licenses)
        with pytest.raises(LicenseError, match="Gemma Terms of Use"):
            manager.download(entry)
        assert not any("/cdn/" in r for r in hub.requests)
        accepted = licenses.accept("gemma")
        model = manager.download(entry)
    finally:
        hub.stop()
    assert model.id == entry.id and model.license == "gemma"
    assert model.license_sha256 == accepted.sha256
    projector = tmp_path / "models" / projector_file_name(entry.filename)
    assert projector.read_bytes() == b"GGUF projector bytes"
    assert Path(model.path).name == entry.filename
    assert projector.name == "mmproj-gemma-3-4b-it-Q4_K_M.gguf"


def test_the_terminal_lists_them(data_dir: Path) -> None:
    from tests.test_cli import llamadesk

    listed = llamadesk("models", "catalog", "--recommended", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows[0]["license"] == "llama2"
    assert any(r["id"] == "gpt-oss-20b-mxfp4" and "thinking" in r["strengths"] for r in rows)
    assert any(r["projector"] for r in rows)
    plain = llamadesk("models", "catalog", "--recommended", data_dir=data_dir)
    assert "Llama 2 first" in plain.stdout and "qwen3-8b-q4_k_m" in plain.stdout
