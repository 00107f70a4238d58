"""How a pooled load splits a model: by free memory among this computer's CPU, its
GPUs and the pool's workers, as llama.cpp splits offloaded layers among devices."""

from __future__ import annotations

from pathlib import Path

import pytest

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.engine.gguf_file import read_model_facts
from llamadesk.engine.gpu import GpuDevice
from llamadesk.engine.placement import plan_pooled
from llamadesk.errors import ModelLoadError

GiB = 1 << 30


def test_layers_go_where_the_memory_is(tmp_path: Path) -> None:
    facts = read_model_facts(write_tiny_llama(tmp_path / "seven.gguf", n_layer=7))
    # Eight layers with the output one: half the memory elsewhere, half the layers.
    alone = plan_pooled(facts, 4 * GiB, [2 * GiB, 2 * GiB], ["a:1", "b:2"], 512)
    assert alone.n_gpu_layers == 4
    assert str(alone.notes[0]) == "Pooled: 4 of 8 layers run on a:1, b:2."
    # A GPU here with 8 GB free takes its share too: 12 of 16 GB is elsewhere.
    card = GpuDevice(0, "CUDA0", "NVIDIA RTX 4090", free_bytes=8 * GiB, total_bytes=24 * GiB)
    with_card = plan_pooled(facts, 4 * GiB, [2 * GiB, 2 * GiB], ["a:1", "b:2"], 512,
                            gpus=[card])
    assert with_card.n_gpu_layers == 6
    assert str(with_card.notes[0]) == \
        "Pooled: 6 of 8 layers run on NVIDIA RTX 4090, a:1, b:2."


def test_the_part_here_must_fit(tmp_path: Path) -> None:
    facts = read_model_facts(write_tiny_llama(tmp_path / "seven.gguf", n_layer=7))
    with pytest.raises(ModelLoadError, match="even with the pool's help"):
        plan_pooled(facts, 1 << 20, [1 << 20], ["a:1"], 512)
