"""Opening a GGUF in llama.cpp, with load progress and cancellation.

llama-cpp-python builds ``llama_model_params`` inside ``Llama.__init__`` and
offers no hook for llama.cpp's ``progress_callback``. For the length of one
load we wrap the function it calls for the default parameters, so the
callback is set on exactly the parameters that load uses. A lock keeps two
loads from seeing each other's wrapper.

``Llama.__init__`` also compiles every chat template in the file for its own
chat handlers, which LlamaDesk never uses (engine/chat_template.py renders
templates, sandboxed and time-bounded). A template that does not compile made
the load fail with a traceback, and a huge one slowed it, so for the same load
its formatter is a stand-in that compiles nothing.

And it turns flash attention off unless told on, where llama.cpp's own default
is "auto" (on wherever the backend supports it): 5 % slower decoding on the CPU
and the attention matrix materialised. The context is made with "auto".
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import llama_cpp
import llama_cpp._internals as internals  # likewise, for LlamaContext
import llama_cpp.llama_chat_format as chat_formats  # likewise, for Jinja2ChatFormatter
import llama_cpp.llama_cpp as bindings  # the module object Llama.__init__ looks it up in

from llamadesk.engine.gguf_file import ModelFacts
from llamadesk.engine.threads import Threads
from llamadesk.errors import Cancelled, ModelLoadError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

_PATCH_LOCK = threading.Lock()


@contextlib.contextmanager
def _progress_reported(callback: Any, *, repack: bool,
                       devices: Any = None) -> Iterator[None]:
    original = getattr(bindings, "llama_model_default_params")  # noqa: B009

    def defaults_with_progress() -> Any:
        params = original()
        params.progress_callback = callback
        params.progress_callback_user_data = None
        # Off where this CPU faults in the repacked (AMX...) kernels: cpu_probe.py.
        params.use_extra_bufts = repack
        if devices is not None:  # a NULL-terminated ggml_backend_dev_t array
            params.devices = ctypes.cast(devices, ctypes.c_void_p)
        return params

    formatter = getattr(chat_formats, "Jinja2ChatFormatter")  # noqa: B009
    context_class = getattr(internals, "LlamaContext")  # noqa: B009

    def context_with_auto_flash_attention(*args: Any, **kwargs: Any) -> Any:
        params = kwargs.get("params")
        if params is not None:
            params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO
        return context_class(*args, **kwargs)

    with _PATCH_LOCK:
        setattr(bindings, "llama_model_default_params", defaults_with_progress)  # noqa: B010
        setattr(chat_formats, "Jinja2ChatFormatter", _UnusedChatFormatter)  # noqa: B010
        setattr(internals, "LlamaContext", context_with_auto_flash_attention)  # noqa: B010
        try:
            yield
        finally:
            setattr(bindings, "llama_model_default_params", original)  # noqa: B010
            setattr(chat_formats, "Jinja2ChatFormatter", formatter)  # noqa: B010
            setattr(internals, "LlamaContext", context_class)  # noqa: B010


class _UnusedChatFormatter:
    """Takes the place of llama-cpp-python's template compiler during a load."""

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> Callable[..., Any]:
        def refuse(*_args: Any, **_kwargs: Any) -> Any:
            raise RuntimeError("LlamaDesk renders chat templates itself")
        return refuse


_CTX_PAD = 256


def offload_devices(pooled: Sequence[int] | None, pooled_free: Sequence[int] | None = None,
                    local_gpus: bool = True) -> tuple[Any, list[float] | None]:
    """The device list for llama_model_params.devices, or None for llama.cpp's own
    choice (every GPU), and the split of the offloaded layers among them (None:
    llama.cpp's, by each device's free memory). Once a pool's workers are registered
    in this process they stay (ggml cannot forget them), so from then on every load
    names its devices: the pool's, when pooled, and this computer's GPUs. A pooled
    load splits by ``pooled_free``: what each worker lends (`pool serve --memory`),
    which its device cannot know; ``local_gpus`` False leaves this computer's GPUs
    out of it (the GPU turned off)."""
    from llamadesk.engine.gpu import device_memory, ggml_devices

    known = ggml_devices()
    local = [device.handle for device in known if device.is_local_gpu and local_gpus]
    remote = any(device.is_remote for device in known)
    if pooled is None and not remote:
        return None, None
    chosen = [*local, *(pooled or ())]
    split = None
    if pooled and pooled_free and len(pooled_free) == len(pooled) and sum(pooled_free):
        split = [*(float(device_memory(handle)[0]) for handle in local),
                 *(float(size) for size in pooled_free)]
    return (ctypes.c_void_p * (len(chosen) + 1))(*chosen, None), split


def open_llama(
    facts: ModelFacts,
    *,
    n_ctx: int,
    gpu_layers: int,
    main_gpu: int = 0,
    threads: Threads,
    repack: bool = True,
    progress: Callable[[float], bool] | None = None,
    devices: Sequence[int] | None = None,
    devices_free: Sequence[int] | None = None,
    local_gpus: bool = True,
    **extra: Any,
) -> llama_cpp.Llama:
    """A loaded ``Llama``; ModelLoadError if llama.cpp refuses it, Cancelled if ``progress``
    returned False. The CPU backend must be loaded (engine/backends.py).

    ``devices``: the devices layers may go to (a pool's workers, engine/options.py
    PooledDevices), with the memory each lends, ``devices_free``; None: this
    computer's own, as llama.cpp finds them."""
    cancelled = threading.Event()

    def report(fraction: float, _data: Any) -> bool:
        keep_going = True if progress is None else bool(progress(fraction))
        if not keep_going:
            cancelled.set()
        return keep_going

    callback = llama_cpp.llama_progress_callback(report)  # referenced until the load ends
    try:
        chosen, split = offload_devices(devices, devices_free, local_gpus)
        if split is not None:
            extra = {**extra, "tensor_split": split}
        with _progress_reported(callback, repack=repack, devices=chosen):
            llama = llama_cpp.Llama(
                model_path=str(facts.path),
                # llama.cpp pads the context to a multiple of 256 and says so in
                # n_ctx(), while llama-cpp-python sizes its token array to the number
                # asked: asked padded, the two agree, and a prompt that fits the
                # window fits the array (--ctx 64 read past it).
                n_ctx=-(-n_ctx // _CTX_PAD) * _CTX_PAD,
                n_gpu_layers=gpu_layers,
                main_gpu=main_gpu,
                n_threads=threads.reply,
                n_threads_batch=threads.prompt,
                verbose=False,
                **extra,
            )
        return llama
    except (ValueError, RuntimeError) as error:
        if cancelled.is_set():
            raise Cancelled("Loading the model was cancelled.") from None
        log.warning("llama.cpp failed to load %s: %s", facts.path, error)
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "llama.cpp could not load %1 (architecture '%2'). The architecture "
            "may be unsupported by this version of LlamaDesk, or the file may be damaged."),
            facts.path.name, facts.architecture)
        ) from None
