"""llama.cpp's RPC backend (ggml-rpc) through ctypes: llama-cpp-python dropped its
``rpc_servers`` parameter (0.3.10), so the module our engine build ships
(``libggml-rpc.so``, packaging/engine/build_wheel.sh) is loaded into ggml's registry
here, and its two entry points are found as llama.cpp's own tools find them, through
the registry's ``get_proc_address``:

- ``ggml_backend_rpc_start_server``: a worker's server (blocking), on 127.0.0.1 only;
  the pairing gate (pool/gate.py) stands in front of it.
- ``ggml_backend_rpc_add_server``: a client's devices for one server; registered with
  ``ggml_backend_register`` before the model loads, llama.cpp then places layers on
  them as on any device.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from functools import cache
from pathlib import Path

from llamadesk.engine.backends import engine_build, shared_library

log = logging.getLogger(__name__)

# The pinned engine's RPC protocol (ggml-rpc.h, RPC_PROTO_*_VERSION): both ends of a
# pool must speak it, so the handshake names it (pool/handshake.py).
RPC_VERSION = (7, 0, 0)

_LOCK = threading.Lock()
_REGISTERED: set[int] = set()
_ADD_SERVER = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_char_p)
_START_SERVER = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t,
                                 ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p))


def module_path() -> Path | None:
    """The RPC module shipped with the engine, or None (a build without GGML_RPC)."""
    lib = engine_build().lib_dir
    name = {"win32": "ggml-rpc.dll", "darwin": "libggml-rpc.dylib"}.get(sys.platform,
                                                                         "libggml-rpc.so")
    path = lib / name
    return path if path.is_file() else None


def available() -> bool:
    return module_path() is not None


def _ggml() -> ctypes.CDLL:
    ggml = shared_library("ggml")
    ggml.ggml_backend_load.restype = ctypes.c_void_p
    ggml.ggml_backend_load.argtypes = [ctypes.c_char_p]
    ggml.ggml_backend_reg_get_proc_address.restype = ctypes.c_void_p
    ggml.ggml_backend_reg_get_proc_address.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    ggml.ggml_backend_register.argtypes = [ctypes.c_void_p]
    ggml.ggml_backend_reg_by_name.restype = ctypes.c_void_p
    ggml.ggml_backend_reg_by_name.argtypes = [ctypes.c_char_p]
    ggml.ggml_backend_dev_by_type.restype = ctypes.c_void_p
    ggml.ggml_backend_dev_by_type.argtypes = [ctypes.c_int]
    ggml.ggml_backend_reg_dev_count.restype = ctypes.c_size_t
    ggml.ggml_backend_reg_dev_count.argtypes = [ctypes.c_void_p]
    ggml.ggml_backend_reg_dev_get.restype = ctypes.c_void_p
    ggml.ggml_backend_reg_dev_get.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    return ggml


@cache
def _registry() -> tuple[ctypes.CDLL, int]:
    """ggml (as libllama sees it) and the RPC backend's registry entry, loaded once."""
    from llamadesk.engine.backends import load_backends

    path = module_path()
    if path is None:
        raise RuntimeError("this engine build has no RPC backend")
    load_backends()  # the CPU backend first: a worker serves from it
    ggml = _ggml()
    with _LOCK:
        reg = ggml.ggml_backend_reg_by_name(b"RPC") or ggml.ggml_backend_load(
            str(path).encode())
    if not reg:
        raise RuntimeError(f"ggml could not load {path.name}")
    return ggml, int(reg)


def add_server(endpoint: str) -> tuple[int, ...]:
    """Registers the devices of the RPC server at ``endpoint`` (host:port) with
    llama.cpp; returns them (ggml_backend_dev_t, as integers). RuntimeError when the
    server answers with no device (it is not running, or refused)."""
    ggml, reg = _registry()
    address = ggml.ggml_backend_reg_get_proc_address(reg, b"ggml_backend_rpc_add_server")
    if not address:
        raise RuntimeError("the RPC backend has no ggml_backend_rpc_add_server")
    server = _ADD_SERVER(address)(endpoint.encode())
    if not server:
        raise RuntimeError(f"no RPC server answered at {endpoint}")
    with _LOCK:
        # ggml keeps one registry per endpoint: registered once, whatever the calls.
        if server not in _REGISTERED:
            ggml.ggml_backend_register(server)
            _REGISTERED.add(server)
    count = ggml.ggml_backend_reg_dev_count(server)
    return tuple(int(ggml.ggml_backend_reg_dev_get(server, i)) for i in range(count))


def serve(endpoint: str, threads: int) -> None:
    """Runs llama.cpp's RPC server on ``endpoint`` (127.0.0.1:port) with this
    computer's CPU; blocks for as long as the process lives."""
    ggml, reg = _registry()
    address = ggml.ggml_backend_reg_get_proc_address(reg, b"ggml_backend_rpc_start_server")
    if not address:
        raise RuntimeError("the RPC backend has no ggml_backend_rpc_start_server")
    cpu = ggml.ggml_backend_dev_by_type(0)  # GGML_BACKEND_DEVICE_TYPE_CPU
    devices = (ctypes.c_void_p * 1)(cpu)
    log.info("llama.cpp RPC server on %s, %d threads", endpoint, threads)
    _START_SERVER(address)(endpoint.encode(), None, threads, 1, devices)
