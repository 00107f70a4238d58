"""Where a model goes: context size and GPU layers, checked against free memory first.

Planning before loading lets us refuse, with numbers, a model that would push
the machine into swap or get the app killed by the OS, and lower the default
context when that alone makes it fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from llamadesk.engine.gguf_file import ModelFacts, read_model_facts
from llamadesk.engine.gpu import (
    BackendInfo,
    GpuDevice,
    auto_gpu_layers,
    detect_backend,
    kv_cache_bytes,
)
from llamadesk.errors import ModelLoadError
from llamadesk.notes import CONTEXT_SIZE, GPU_OFF, QT_TRANSLATE_NOOP, Note
from llamadesk.units import format_bytes

__all__ = ["format_bytes", "plan_placement"]

# The tokenizer, llama.cpp's own bookkeeping, Python and Qt.
OVERHEAD_BYTES = 256 * 1024 * 1024
# What the estimate can be off by (allocator slack, buffers we do not model).
MARGIN_FRACTION = 0.10
MIN_CTX = 512
DEFAULT_CTX = 4096
# The default context never exceeds this: Llama 3.1's trained 131,072 tokens would
# take gigabytes of KV cache on a laptop for conversations that rarely need it.
DEFAULT_CTX_CAP = 8192
# llama-cpp-python's n_ubatch: the batch whose logits and activations the compute
# buffer holds.
N_UBATCH = 512


@dataclass(frozen=True)
class Placement:
    n_ctx: int
    # As llama.cpp counts them: 0 to layer_count + 1 (the output layer).
    n_gpu_layers: int
    main_gpu: int
    device: GpuDevice | None
    ram_needed: int
    ram_available: int
    # Plain-words explanations, shown to the user once.
    notes: tuple[str, ...]

    @property
    def on_gpu(self) -> bool:
        return self.n_gpu_layers > 0 and self.device is not None


def plan_pooled(facts: ModelFacts, available_ram: int, pool_free: Sequence[int],
                workers: Sequence[str], n_ctx: int | None = None,
                gpus: Sequence[GpuDevice] = ()) -> Placement:
    """Layers split between this computer's CPU, its GPUs (``gpus``, unless the GPU is
    turned off) and a pool's workers in proportion to their free memory, as llama.cpp
    splits them among devices: the offloaded layers (n_gpu_layers) go to the GPUs and
    the workers, by each one's free memory (engine/loading.py, offload_devices); the
    rest stays on the CPU here. ModelLoadError when the CPU's part does not fit."""
    layers = facts.layer_count or 0
    context = n_ctx or default_context(facts)
    elsewhere = sum(pool_free) + sum(gpu.free_bytes for gpu in gpus)
    share = elsewhere / (elsewhere + available_ram) if elsewhere + available_ram else 0.0
    pooled = max(1, min(layers + 1, round((layers + 1) * share)))
    on_cpu = 1 - pooled / (layers + 1) if layers else 0.0
    needed = memory_needed(facts, context, on_cpu)
    if needed > available_ram:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 needs about %2 of memory on this computer even with the pool's "
            "help, but only %3 is free. Add a worker, or close other programs."),
            facts.name, format_bytes(needed), format_bytes(available_ram)))
    note = Note(QT_TRANSLATE_NOOP(
        "messages", "Pooled: %1 of %2 layers run on %3."), pooled, layers + 1,
        ", ".join([*(gpu.description for gpu in gpus), *workers]))
    return Placement(context, pooled, 0, None, needed, available_ram, (note,))


def compute_buffer_bytes(facts: ModelFacts, n_ctx: int) -> int:
    """llama.cpp's compute buffer: a batch's logits over the whole vocabulary (514 MiB
    for Gemma 3's 262k tokens), its activations, and the attention mask."""
    vocab = facts.vocab_size or 32_000
    width = facts.embedding_length or 4096
    return 4 * N_UBATCH * (vocab + 16 * width) + 2 * N_UBATCH * n_ctx + (64 << 20)


def memory_needed(facts: ModelFacts, n_ctx: int, on_cpu: float) -> int:
    """RAM for the weights, KV cache and compute buffers left on the CPU, with a margin."""
    weights_and_cache = (facts.file_size + kv_cache_bytes(facts, n_ctx)) * on_cpu
    compute = compute_buffer_bytes(facts, n_ctx) * max(on_cpu, 0.1)
    return int((weights_and_cache + compute + OVERHEAD_BYTES) * (1 + MARGIN_FRACTION))


def default_context(facts: ModelFacts) -> int:
    """The trained context, capped at DEFAULT_CTX_CAP (memory may lower it further)."""
    return min(facts.context_length or DEFAULT_CTX, DEFAULT_CTX_CAP)


def available_memory() -> int:
    """RAM the OS can give us now (free plus reclaimable cache), within this process's
    cgroup limit where it has one (engine/memory_limit.py)."""
    import psutil

    from llamadesk.engine.memory_limit import cgroup_room

    available = int(psutil.virtual_memory().available)
    room = cgroup_room()
    return available if room is None else min(available, room)


def fits_alone(path: Path, n_ctx: int | None = None) -> bool:
    """Whether the model at ``path`` fits on this computer without a pool (asked when a
    pool worker cannot be used: loading here is offered only where it can work)."""
    try:
        plan_placement(read_model_facts(path), detect_backend(), available_memory(),
                       n_ctx=n_ctx)
    except ModelLoadError:
        return False
    return True


def plan_placement(
    facts: ModelFacts,
    backend: BackendInfo,
    available_ram: int,
    *,
    n_ctx: int | None = None,
    n_gpu_layers: int | None = None,
    main_gpu: int = 0,
) -> Placement:
    """Choose n_ctx and GPU layers so the model fits; ModelLoadError if it cannot."""
    layers = facts.layer_count or 0
    device = None
    if backend.offload_supported and 0 <= main_gpu < len(backend.devices):
        device = backend.devices[main_gpu]
    requested = n_ctx or default_context(facts)
    candidates = [requested]
    if n_ctx is None:  # only the default is ours to lower; a chosen size is kept
        while candidates[-1] // 2 >= MIN_CTX:
            candidates.append(candidates[-1] // 2)

    needed = 0
    for context in candidates:
        if device is None or n_gpu_layers == 0:
            gpu_layers = 0
        elif n_gpu_layers is None:
            gpu_layers = auto_gpu_layers(facts, context, device.free_bytes)
        elif n_gpu_layers < 0:
            gpu_layers = layers + 1
        else:
            gpu_layers = min(n_gpu_layers, layers + 1)
        on_cpu = 1 - (gpu_layers / (layers + 1) if layers else 0)
        needed = memory_needed(facts, context, on_cpu)
        if needed <= available_ram:
            notes = _notes(backend, device, gpu_layers, layers, n_gpu_layers, context, requested)
            if n_ctx is None and context == requested < (facts.context_length or 0):
                notes += (Note(QT_TRANSLATE_NOOP(
                    "messages", "Context: %1 tokens, LlamaDesk's default (the model takes up "
                    "to %2)."), f"{context:,}", f"{facts.context_length:,}",
                    topic=CONTEXT_SIZE),)
            return Placement(context, gpu_layers, main_gpu, device if gpu_layers else None,
                             needed, available_ram, notes)
    raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
        "messages", "%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is "
        "free. Close other programs, or choose a smaller model or quantization."),
        facts.name, format_bytes(needed), f"{candidates[-1]:,}", format_bytes(available_ram))
    )


def _notes(backend: BackendInfo, device: GpuDevice | None, gpu_layers: int, layers: int,
           requested_layers: int | None, context: int, requested_ctx: int) -> tuple[str, ...]:
    notes: list[str] = []
    if backend.backend == "CPU":
        notes.append(Note(QT_TRANSLATE_NOOP(
            "messages", "Running on the CPU: this build of llama.cpp has no GPU support.")))
    elif device is None:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "messages", "Running on the CPU: no %1 GPU was found."), backend.backend))
    elif requested_layers == 0:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "messages", "Running on the CPU: GPU offload is turned off."), topic=GPU_OFF))
    elif gpu_layers == 0:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "messages", "Running on the CPU: the model does not fit in the free memory of "
            "%1 (%2 free)."), device.description, format_bytes(device.free_bytes)))
    elif gpu_layers < layers + 1:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 of %2 layers fit on %3; the rest run on the CPU, which is slower."),
            gpu_layers, layers + 1, device.description))
    if context < requested_ctx:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "messages", "The context window was lowered from %1 to %2 tokens because memory "
            "is short."), f"{requested_ctx:,}", f"{context:,}"))
    return tuple(notes)
