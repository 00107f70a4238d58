"""Which of llama.cpp's CPU backends this process runs, loaded by us.

LlamaDesk's engine is built like llama.cpp's own releases (packaging/engine/
build_wheel.sh): ggml's CPU backend once per x86-64 level, each a module of its
own (``libggml-cpu-haswell.so``, ``-skylakex``, ``-sapphirerapids``...), picked at
run time by the CPU's features. ggml would pick one itself in
``llama_backend_init``, but it looks beside the executable (python) and in the
current folder, never in ``llama_cpp/lib``; and it always takes the best, where a
CPU whose flags promise more than it does (AMX on some VMs: llama.cpp #20824)
needs the next one down. So the modules are scored and loaded here, before
llama.cpp first needs a backend, and the choice is remembered for ``info``.

The registry is the process's own (ggml's, native, loaded once): a variant cannot
be swapped for another while the process runs. ``load_backends`` is therefore
idempotent, and refuses a different variant once one is in.

A build without ``GGML_BACKEND_DL`` (a native or GPU wheel) registers its
backends itself; then nothing is loaded here and the variant reads "built in".
"""

from __future__ import annotations

import ctypes
import json
import logging
import re
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

BUILT_IN = "built in"
_BUILD_INFO = "llamadesk-engine.json"
_LOCK = threading.Lock()
_LOG_LOCK = threading.Lock()


@dataclass(frozen=True)
class CpuVariant:
    name: str  # "haswell", "skylakex", ... as llama.cpp's CMake names them
    path: Path
    score: int  # ggml_backend_score(): 0 where this CPU lacks a feature it needs


@dataclass(frozen=True)
class EngineBuild:
    """What llama-cpp-python was built with, read from its files."""

    lib_dir: Path
    version: str
    # From llamadesk-engine.json, written by our build; None: a wheel from elsewhere.
    build_id: str | None
    # Every CPU module shipped, whether or not this CPU can run it.
    cpu_modules: tuple[Path, ...]

    @property
    def loads_backends(self) -> bool:
        """True when the backends are modules for us to load (GGML_BACKEND_DL)."""
        return bool(self.cpu_modules)

    @property
    def label(self) -> str:
        return f"llama-cpp-python {self.version}" + (
            f" (build {self.build_id})" if self.build_id else " (not LlamaDesk's build)")


@dataclass(frozen=True)
class LoadedBackends:
    # "skylakex"..., or BUILT_IN for a build that registers its own backends.
    cpu_variant: str
    # The variants this CPU can run, best first (empty for a built-in backend).
    usable: tuple[str, ...]


_loaded: list[LoadedBackends] = []  # mirrors ggml's registry: filled once per process


def _module_suffix() -> str:
    return {"win32": ".dll", "darwin": ".so"}.get(sys.platform, ".so")


def _module_prefix() -> str:
    return "ggml-" if sys.platform == "win32" else "libggml-"


@cache
def engine_build() -> EngineBuild:
    # Imported here: the window names the guard at start-up without llama.cpp.
    import llama_cpp

    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    build_id = None
    try:
        build_id = json.loads((lib_dir / _BUILD_INFO).read_text("utf-8")).get("build_id") or None
    except (OSError, ValueError):
        pass
    pattern = re.compile(re.escape(_module_prefix()) + r"cpu-(.+)" + re.escape(_module_suffix())
                         + "$")
    modules = tuple(sorted(p for p in lib_dir.iterdir() if pattern.match(p.name))) \
        if lib_dir.is_dir() else ()
    return EngineBuild(lib_dir, str(getattr(llama_cpp, "__version__", "?")), build_id, modules)


_GPU_MODULE = re.compile(r"^(lib)?ggml-(cuda|vulkan|metal|hip|sycl|opencl|musa|cann)\.")


def has_gpu_module() -> bool:
    """Whether this engine build carries a GPU backend, read from its files without
    loading llama.cpp: the settings hide GPU choices on a CPU-only build."""
    import importlib.util

    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or spec.origin is None:
        return False
    lib_dir = Path(spec.origin).parent / "lib"
    return lib_dir.is_dir() and any(_GPU_MODULE.match(p.name) for p in lib_dir.iterdir())


def _variant_name(path: Path) -> str:
    stem = path.name[len(_module_prefix()):-len(_module_suffix())]
    return stem.removeprefix("cpu-")


def shared_library(stem: str) -> ctypes.CDLL:
    """``stem`` ("ggml", "ggml-base") as libllama itself loaded it.

    A wheel stores libggml.so, libggml.so.0 and libggml.so.0.25.3 as three copies of
    one file (zip has no symbolic links), and libllama is linked to the one named by
    the soname (libggml.so.0). Opening another copy loads a second library with a
    registry of its own: backends loaded there are never seen by llama.cpp, and a
    device list read there is empty. So the copy already mapped into this process
    is used, else the soname-like name.
    """
    build = engine_build()
    if sys.platform == "win32":
        return ctypes.CDLL(str(build.lib_dir / f"{stem}.dll"))
    suffix = ".dylib" if sys.platform == "darwin" else ".so"
    candidates = sorted(build.lib_dir.glob(f"lib{stem}{suffix}*"),
                        key=lambda p: (p.name.count("."), p.name))
    if sys.platform == "darwin":
        candidates = sorted(build.lib_dir.glob(f"lib{stem}.*dylib"), key=lambda p: len(p.name))
    mapped = _mapped_files()
    chosen = next((p for p in candidates if str(p) in mapped), None)
    if chosen is None:
        # Before libllama (never the case here: engine_build imports llama_cpp), the
        # soname-like copy (libggml.so.0) is the one it would load.
        versioned = [p for p in candidates if p.name.count(".") == 2]
        chosen = (versioned or candidates or [build.lib_dir / f"lib{stem}{suffix}"])[0]
    return ctypes.CDLL(str(chosen))


def _mapped_files() -> set[str]:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return {line.split(maxsplit=5)[-1].strip() for line in maps if "/" in line}
    except OSError:
        return set()


def _ggml() -> ctypes.CDLL:
    library = shared_library("ggml")
    library.ggml_backend_reg_count.restype = ctypes.c_size_t
    library.ggml_backend_load.restype = ctypes.c_void_p
    library.ggml_backend_load.argtypes = [ctypes.c_char_p]
    return library


def _score(path: Path) -> int:
    """ggml_backend_score() of one CPU module, as ggml itself asks it: opened, asked
    for the features it was built for against CPUID, and closed again."""
    try:
        module = ctypes.CDLL(str(path))
    except OSError as error:
        log.warning("Could not open %s: %s", path.name, error)
        return 0
    try:
        score = module.ggml_backend_score
        score.restype = ctypes.c_int
        return int(score())
    except AttributeError:
        return 0
    finally:
        _close(module)


def _close(module: ctypes.CDLL) -> None:
    import _ctypes

    closer = getattr(_ctypes, "dlclose", None) or getattr(_ctypes, "FreeLibrary", None)
    if closer is not None:
        closer(module._handle)


@cache
def cpu_variants() -> tuple[CpuVariant, ...]:
    """The CPU modules this CPU can run, best (highest score) first."""
    scored = [CpuVariant(_variant_name(p), p, _score(p)) for p in engine_build().cpu_modules]
    return tuple(sorted((v for v in scored if v.score > 0), key=lambda v: -v.score))


def usable_variant_names() -> tuple[str, ...]:
    return tuple(v.name for v in cpu_variants())


def loaded() -> LoadedBackends | None:
    return _loaded[0] if _loaded else None


def load_backends(cpu_variant: str | None = None) -> LoadedBackends:
    """Register the CPU backend (``cpu_variant``, or the best this CPU runs) and any
    GPU modules beside it, once per process. Raises BackendChoiceError if a different
    variant is already in."""
    with _LOCK:
        if _loaded:
            current = _loaded[0]
            if cpu_variant is not None and current.cpu_variant not in (cpu_variant, BUILT_IN):
                raise BackendChoiceError(current.cpu_variant, cpu_variant)
            return current
        build = engine_build()
        ggml = _ggml()
        quiet_llama_log()
        if not build.loads_backends or ggml.ggml_backend_reg_count() > 0:
            result = LoadedBackends(BUILT_IN, ())
        else:
            result = _load_modules(ggml, build, cpu_variant)
        _loaded.append(result)
        log.info("llama.cpp CPU backend: %s (%s)", result.cpu_variant, build.label)
        return result


def _load_modules(ggml: ctypes.CDLL, build: EngineBuild, wanted: str | None) -> LoadedBackends:
    variants = cpu_variants()
    if not variants:
        raise BackendChoiceError(None, wanted)
    chosen = next((v for v in variants if v.name == wanted), None) if wanted else variants[0]
    if chosen is None:
        raise BackendChoiceError(None, wanted)
    if not ggml.ggml_backend_load(str(chosen.path).encode()):
        raise BackendChoiceError(None, chosen.name)
    # GPU backends of a GGML_BACKEND_DL build (CUDA, Vulkan...) sit beside the CPU ones.
    prefix, suffix = _module_prefix(), _module_suffix()
    for path in sorted(build.lib_dir.iterdir()):
        name = path.name
        if (name.startswith(prefix) and name.endswith(suffix)
                and not name.startswith((prefix + "cpu", prefix + "base"))):
            if not ggml.ggml_backend_load(str(path).encode()):
                log.warning("Could not load the backend module %s", name)
    return LoadedBackends(chosen.name, tuple(v.name for v in variants))


def quiet_llama_log() -> None:
    """llama.cpp's log goes to LlamaDesk's log file (at debug level; warnings and
    errors as such), never to the terminal. llama-cpp-python prints it to stderr, and
    its filter lets through whatever llama.cpp logs at level "none" (such as "using
    full-size SWA cache (ref: https://...)" on every Gemma load) and, until a Llama
    is made, everything. Installed once; the callback lives as long as the process,
    as llama.cpp keeps calling it."""
    with _LOG_LOCK:  # load_backends calls this holding _LOCK
        if _log_route:
            return
        import llama_cpp

        native = logging.getLogger("llama.cpp")
        # ggml_log_level in this ggml: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5
        # (llama-cpp-python's own table is one off, which let warnings through).
        levels = {3: logging.WARNING, 4: logging.ERROR}

        def forward(level: int, text: bytes, _user_data: object) -> None:
            line = text.decode("utf-8", "replace").rstrip()
            if line:
                native.log(levels.get(level, logging.DEBUG), "%s", line)

        callback = llama_cpp.llama_log_callback(forward)
        llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
        _log_route.append(callback)


# The ctypes callback llama.cpp logs through: referenced here for the process's life.
_log_route: list[object] = []


class BackendChoiceError(RuntimeError):
    """A CPU variant that cannot be had in this process."""

    def __init__(self, current: str | None, wanted: str | None) -> None:
        self.current, self.wanted = current, wanted
        super().__init__(
            f"the CPU backend {current} is already loaded in this process; {wanted} needs "
            "a restart" if current else f"no usable CPU backend ({wanted or 'best'}) was found "
            f"in {engine_build().lib_dir}")
