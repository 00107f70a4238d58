"""Memory pre-check, GPU layer planning and detection on this CPU-only build."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from llamadesk.engine.gguf_file import read_model_facts
from llamadesk.engine.gpu import BackendInfo, GpuDevice, detect_backend, kv_cache_bytes
from llamadesk.engine.placement import MIN_CTX, plan_placement
from llamadesk.engine.session import LoadOptions, ModelSession
from llamadesk.errors import Cancelled, ModelLoadError

GB = 1_000_000_000


def _card(free: int) -> BackendInfo:
    # A GPU machine is outside this test machine: described, not simulated in llama.cpp.
    device = GpuDevice(0, "CUDA0", "NVIDIA Test Card", free, 24 * GB)
    return BackendInfo(True, "CUDA", (device,), "CUDA : ARCHS = 890 |")


def test_this_build_is_cpu_only_and_says_so(tiny_model: Path) -> None:
    backend = detect_backend()
    assert (backend.backend, backend.offload_supported, backend.devices) == ("CPU", False, ())
    assert "CPU only" in backend.summary and "README" in backend.summary
    session = ModelSession.load(tiny_model)  # "auto"
    assert session.info.n_gpu_layers == 0 and session.info.backend == "CPU"
    assert session.info.notes == ("Running on the CPU: this build of llama.cpp has no GPU "
                                  "support.",)
    session.close()


def test_auto_layers_follow_free_vram(tiny_model: Path) -> None:
    # A 7B-sized model: the tiny file's facts with Llama 2 7B's numbers.
    facts = replace(read_model_facts(tiny_model), file_size=4 * GB, layer_count=32,
                    embedding_length=4096, head_count=32, head_count_kv=32)
    assert kv_cache_bytes(facts, 4096) == 2 * 32 * 4096 * 4096 * 2  # 2 GiB, as llama.cpp
    roomy = plan_placement(facts, _card(20 * GB), 64 * GB)
    assert roomy.n_gpu_layers == 33 and roomy.on_gpu and roomy.notes == ()
    partial = plan_placement(facts, _card(4 * GB), 64 * GB)
    assert 0 < partial.n_gpu_layers < 33
    assert "layers fit on NVIDIA Test Card" in partial.notes[0]
    none = plan_placement(facts, _card(300_000_000), 64 * GB)
    assert none.n_gpu_layers == 0 and "does not fit" in none.notes[0]
    off = plan_placement(facts, _card(20 * GB), 64 * GB, n_gpu_layers=0)
    assert off.n_gpu_layers == 0 and "turned off" in off.notes[0]
    chosen = plan_placement(facts, _card(20 * GB), 64 * GB, n_gpu_layers=10)
    assert chosen.n_gpu_layers == 10
    # Fully on the GPU, the model needs little RAM; on the CPU it needs all of it.
    assert roomy.ram_needed < 1 * GB < off.ram_needed


def test_memory_precheck_lowers_default_context_then_refuses(tiny_model: Path) -> None:
    facts = replace(read_model_facts(tiny_model), file_size=4 * GB, layer_count=32,
                    embedding_length=4096, head_count=32, head_count_kv=32,
                    context_length=4096)
    cpu = BackendInfo(False, "CPU", (), "")
    fits = plan_placement(facts, cpu, 16 * GB)
    assert fits.n_ctx == 4096 and fits.notes == (
        "Running on the CPU: this build of llama.cpp has no GPU support.",)
    tight = plan_placement(facts, cpu, int(5.5 * GB))
    assert tight.n_ctx < 4096
    assert "lowered from 4,096" in tight.notes[-1]
    with pytest.raises(ModelLoadError, match=r"needs about 5\.\d GB of memory .* only 3\.0 GB"):
        plan_placement(facts, cpu, 3 * GB)
    with pytest.raises(ModelLoadError):  # a context the user chose is not lowered
        plan_placement(facts, cpu, int(5.5 * GB), n_ctx=4096)


def test_load_refuses_a_model_larger_than_memory(tiny_model: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"needs about \d\d\d\.\d MB .* only 1\.0 MB is free"):
        ModelSession.load(tiny_model, LoadOptions(available_memory=1_000_000))


def test_load_reports_progress_and_can_be_cancelled(tiny_model: Path) -> None:
    seen: list[float] = []
    session = ModelSession.load(tiny_model, LoadOptions(progress=lambda f: seen.append(f) or True))
    session.close()
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        ModelSession.load(tiny_model, LoadOptions(progress=lambda f: f < 0.1))


def test_huge_trained_context_gets_a_default_that_fits(tmp_path: Path) -> None:
    """A file that says it was trained for 2^31 - 1 tokens (seen in the wild): the default
    context is capped at 8,192, said in a note, and what memory cannot hold is refused
    before llama.cpp allocates anything."""
    from llamadesk.engine.placement import DEFAULT_CTX_CAP, memory_needed
    from tests.helpers.tiny_gguf import write_tiny_llama

    path = write_tiny_llama(tmp_path / "huge-ctx.gguf", context_length=2**31 - 1)
    facts = read_model_facts(path)
    cpu = BackendInfo(False, "CPU", (), "")
    plan = plan_placement(facts, cpu, 16 * GB)
    assert plan.n_ctx == DEFAULT_CTX_CAP
    assert any("the model takes up to 2,147,483,647" in note for note in plan.notes)
    # Little memory: the default comes down until it fits (a fake limit, not the machine's).
    small = memory_needed(facts, 1024, 1.0) + 1
    lowered = plan_placement(facts, cpu, small)
    assert MIN_CTX <= lowered.n_ctx <= 1024 and "lowered from 8,192" in lowered.notes[-1]
    # A context the user asked for is never lowered: refused, with the numbers.
    with pytest.raises(ModelLoadError, match="needs about .* of memory"):
        plan_placement(facts, cpu, 16 * GB, n_ctx=2**31 - 1)
    # And loading for real goes through the same check first.
    session = ModelSession.load(path, LoadOptions(available_memory=16 * GB,
                                                  state_cache_bytes=0))
    assert session.info.n_ctx == DEFAULT_CTX_CAP
    session.close()
    with pytest.raises(ModelLoadError, match="only 1.0 MB is free"):
        ModelSession.load(path, LoadOptions(available_memory=1_000_000))


def test_memory_estimate_counts_compute_buffers_and_a_margin(tiny_model: Path) -> None:
    from llamadesk.engine.placement import compute_buffer_bytes, memory_needed

    # Gemma 3's 262k vocabulary: llama.cpp's compute buffer is 514.5 MiB at any context.
    gemma = replace(read_model_facts(tiny_model), vocab_size=262_144, embedding_length=640,
                    file_size=253 * 10**6, layer_count=18, head_count=4, head_count_kv=1,
                    key_length=256, value_length=256)
    assert 514 << 20 <= compute_buffer_bytes(gemma, 8192) < 700 << 20
    assert kv_cache_bytes(gemma, 8192) == 18 * 8192 * 512 * 2  # 144 MiB (llama.cpp: 144)
    total = memory_needed(gemma, 8192, 1.0)
    assert total > gemma.file_size + kv_cache_bytes(gemma, 8192) + compute_buffer_bytes(
        gemma, 8192)
