"""What this llama.cpp build can offload to, and how many layers fit.

llama-cpp-python does not bind ggml's device API, so we read it through ctypes
from the ggml library that llama_cpp already loaded: the device list and each
GPU's free memory, which llama.cpp itself uses when it places layers.
"""

from __future__ import annotations

import ctypes
import logging
import re
from dataclasses import dataclass

import llama_cpp

from llamadesk.engine import backends
from llamadesk.engine.gguf_file import ModelFacts

log = logging.getLogger(__name__)

# ggml_backend_dev_type in ggml-backend.h.
_DEVICE_TYPE_GPU = 1
_DEVICE_TYPE_IGPU = 2
# Room kept free on the GPU for the compute buffers and the driver.
SAFETY_MARGIN_BYTES = 512 * 1024 * 1024
SAFETY_MARGIN_FRACTION = 0.05


@dataclass(frozen=True)
class GpuDevice:
    index: int
    name: str  # ggml's device name, such as "CUDA0" or "Vulkan0"
    description: str  # the card, such as "NVIDIA H200"
    free_bytes: int
    total_bytes: int

    @property
    def backend(self) -> str:
        return _backend_of(self.name)


@dataclass(frozen=True)
class BackendInfo:
    offload_supported: bool
    # "CUDA", "Metal", "Vulkan", "ROCm", "SYCL"... or "CPU" for a CPU-only build.
    backend: str
    devices: tuple[GpuDevice, ...]
    system_info: str

    @property
    def summary(self) -> str:
        if self.backend == "CPU":
            return ("CPU only: this build of llama.cpp has no GPU backend. "
                    "See the README for installing a CUDA, Metal or Vulkan build.")
        if not self.offload_supported or not self.devices:
            return f"{self.backend} build, but no usable GPU was found: running on the CPU."
        cards = ", ".join(f"{d.description} ({d.free_bytes / 2**30:.1f} GiB free)"
                          for d in self.devices)
        return f"{self.backend}: {cards}"


def _backend_of(device_name: str) -> str:
    base = re.sub(r"\d+$", "", device_name)
    return {"MTL": "Metal", "ROCm": "ROCm", "HIP": "ROCm"}.get(base, base)


@dataclass(frozen=True)
class GgmlDevice:
    """One of ggml's devices as registered in this process: the CPU, a card, or a
    pool helper's (an RPC device, llamadesk/pool/)."""

    handle: int  # ggml_backend_dev_t
    kind: int  # ggml_backend_dev_type
    name: str
    description: str

    @property
    def is_remote(self) -> bool:
        return self.name.startswith("RPC")

    @property
    def is_local_gpu(self) -> bool:
        return self.kind in (_DEVICE_TYPE_GPU, _DEVICE_TYPE_IGPU) and not self.is_remote


def _ggml_device_api() -> tuple[ctypes.CDLL, ctypes.CDLL] | None:
    # The copies libllama uses (backends.shared_library): another copy of the same
    # file would have its own, empty device list.
    try:
        ggml = backends.shared_library("ggml")
        base = backends.shared_library("ggml-base")
    except OSError as error:
        log.warning("Could not open ggml: %s", error)
        return None
    try:
        ggml.ggml_backend_dev_count.restype = ctypes.c_size_t
        ggml.ggml_backend_dev_get.restype = ctypes.c_void_p
        ggml.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
        for function in (base.ggml_backend_dev_name, base.ggml_backend_dev_description):
            function.restype = ctypes.c_char_p
            function.argtypes = [ctypes.c_void_p]
        base.ggml_backend_dev_type.restype = ctypes.c_int
        base.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
        base.ggml_backend_dev_memory.restype = None
        base.ggml_backend_dev_memory.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_size_t)]
    except AttributeError as error:  # an older or unusual ggml: no device API
        log.info("ggml device API unavailable: %s", error)
        return None
    return ggml, base


def ggml_devices() -> tuple[GgmlDevice, ...]:
    """Every device ggml has registered in this process, in its order."""
    api = _ggml_device_api()
    if api is None:
        return ()
    ggml, base = api
    found = []
    for index in range(ggml.ggml_backend_dev_count()):
        device = ggml.ggml_backend_dev_get(index)
        found.append(GgmlDevice(
            int(device), int(base.ggml_backend_dev_type(device)),
            (base.ggml_backend_dev_name(device) or b"").decode(),
            (base.ggml_backend_dev_description(device) or b"").decode()))
    return tuple(found)


def device_memory(handle: int) -> tuple[int, int]:
    """A device's free and total bytes (an RPC device asks its server)."""
    api = _ggml_device_api()
    if api is None:
        return 0, 0
    free, total = ctypes.c_size_t(0), ctypes.c_size_t(0)
    api[1].ggml_backend_dev_memory(ctypes.c_void_p(handle), ctypes.byref(free),
                                   ctypes.byref(total))
    return int(free.value), int(total.value)


def _devices() -> tuple[GpuDevice, ...]:
    """This computer's GPUs (a pool's helpers are not among them)."""
    found: list[GpuDevice] = []
    for device in ggml_devices():
        if not device.is_local_gpu:
            continue
        free, total = device_memory(device.handle)
        found.append(GpuDevice(index=len(found), name=device.name,
                               description=device.description, free_bytes=free,
                               total_bytes=total))
    return tuple(found)


def detect_backend() -> BackendInfo:
    """The build's GPU support, read at run time (never assumed from the platform)."""
    # llama_supports_gpu_offload() is false for a GPU build that sees no card
    # (seen on an H200 machine with CUDA_VISIBLE_DEVICES=""), so the compiled-in
    # backend is read from the system info, which lists it either way.
    backends.load_backends()  # the one chosen for this process, or the best
    supported = bool(llama_cpp.llama_supports_gpu_offload())
    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    devices = _devices() if supported else ()
    backend = devices[0].backend if devices else _compiled_backend(info)
    if supported and not devices and backend == "CPU":
        # llama.cpp counts its RPC backend as offload (a pool's helpers, built in
        # for llamadesk/pool/): this computer itself has no GPU backend.
        supported = False
    return BackendInfo(supported, backend, devices, info.strip())


def _compiled_backend(system_info: str) -> str:
    """The GPU backend named in llama.cpp's system info ("CUDA : ARCHS = 900 | ..."), or CPU."""
    names = {part.split(":")[0].strip() for part in system_info.split("|") if ":" in part}
    for name in ("CUDA", "Metal", "MTL", "Vulkan", "ROCm", "HIP", "SYCL"):
        if name in names:
            return _backend_of(name)
    return "CPU"


def kv_cache_bytes(facts: ModelFacts, n_ctx: int) -> int:
    """The f16 KV cache for ``n_ctx`` tokens: layers x ctx x (K + V width) x 2 bytes."""
    layers = facts.layer_count or 0
    width = facts.embedding_length or 0
    heads = facts.head_count or 1
    kv_heads = facts.head_count_kv or heads
    head_width = width // heads
    # Gemma's heads are wider than embedding / heads: the file says so.
    keys = kv_heads * (facts.key_length or head_width)
    values = kv_heads * (facts.value_length or head_width)
    return layers * n_ctx * (keys + values) * 2


def auto_gpu_layers(facts: ModelFacts, n_ctx: int, free_bytes: int) -> int:
    """How many layers fit in ``free_bytes`` of VRAM with a safety margin (0 if none).

    Returns layer_count + 1 when everything fits: llama.cpp counts the output
    layer as one more, and full offload is much faster than all-but-one.
    """
    layers = facts.layer_count or 0
    if layers == 0 or free_bytes <= 0:
        return 0
    usable = free_bytes - max(SAFETY_MARGIN_BYTES, int(free_bytes * SAFETY_MARGIN_FRACTION))
    per_layer = (facts.file_size + kv_cache_bytes(facts, n_ctx)) / (layers + 1)
    fitting = int(usable // per_layer) if per_layer > 0 else 0
    return max(0, min(layers + 1, fitting))
