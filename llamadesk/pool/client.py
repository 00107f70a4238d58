"""The main computer's side of a pool: for each worker, a link (pool/gate.py) on
127.0.0.1 that llama.cpp's RPC client connects to, and the worker's devices
registered with llama.cpp through it.

ggml keeps a registered RPC server for the life of the process (there is no way to
remove one), so links are made once per worker address and kept: a later load with
the same pool reuses them, and a load without the pool names its devices explicitly
(engine LoadOptions.devices) so a worker no longer wanted is never used.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from llamadesk.engine.gpu import device_memory
from llamadesk.engine.options import PooledDevices
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.pool.gate import LoopThread, PoolError, WorkerLink
from llamadesk.pool.handshake import pairing_key

if TYPE_CHECKING:
    from llamadesk.pool.codes import PoolCodes

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_LOOP: LoopThread | None = None
_LINKS: dict[str, WorkerLink] = {}


@dataclass(frozen=True)
class PoolWorker:
    address: str  # host:port of its gate
    code: str


@dataclass(frozen=True)
class ConnectedPool:
    """The workers paired: what a load needs (LoadOptions.pool), and their links."""

    plan: PooledDevices
    links: tuple[WorkerLink, ...]

    def broken(self) -> str | None:
        """The worker whose connection broke while in use, if one did."""
        return next((link.name for link in self.links if link.broken.is_set()), None)


def split_address(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PoolError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is not a worker address: write it as host:port, such as "
            "192.168.1.20:50052."), address))
    return host.strip("[]"), int(port)


def _loop() -> LoopThread:
    global _LOOP
    if _LOOP is None:
        _LOOP = LoopThread()
    return _LOOP


_ABORT_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_char_p)
_ON_ABORT: list[object] = []  # the installed callback, kept alive


def _watch_for_vanished_workers() -> None:
    """llama.cpp's RPC client aborts the process when a server stops answering
    (GGML_ABORT: "Remote RPC server crashed"), and by default forks gdb to print a
    backtrace first. The relay answers in a vanished worker's place (pool/relay.py),
    so that should not happen; should it still, ggml's abort callback says which
    worker vanished, in a sentence, then lets the abort go on: the reply streamed so
    far is in the history already, and is marked interrupted at the next start."""
    from llamadesk.engine.backends import shared_library

    def on_abort(message: bytes | None) -> None:
        gone = next((link.name for link in _LINKS.values() if link.broken.is_set()), None)
        if gone is None:
            text = (message or b"").decode("utf-8", "replace")
            sys.stderr.write(f"llamadesk: llama.cpp stopped: {text}\n")
        else:
            sys.stderr.write(str(Note(QT_TRANSLATE_NOOP(
                "messages", "The pool worker %1 stopped answering in the middle of a reply, "
                "so LlamaDesk has to close. The reply so far is kept in the history, marked "
                "interrupted."), gone)) + "\n")
            log.error("Pool worker %s vanished mid-reply", gone)
        sys.stderr.flush()

    if not _ON_ABORT:
        callback = _ABORT_CALLBACK(on_abort)
        ggml = shared_library("ggml")
        ggml.ggml_set_abort_callback.restype = ctypes.c_void_p
        ggml.ggml_set_abort_callback.argtypes = [_ABORT_CALLBACK]
        ggml.ggml_set_abort_callback(callback)
        _ON_ABORT.append(callback)


def connect(workers: list[PoolWorker]) -> ConnectedPool:
    """Pairs with each worker (PoolError names one that is unreachable, refuses the
    code or runs another version) and registers its devices with llama.cpp."""
    from llamadesk.pool import rpc

    if not rpc.available():
        raise PoolError(Note(QT_TRANSLATE_NOOP(
            "messages", "This build of LlamaDesk's engine has no RPC backend, so it cannot "
            "pool computers.")))
    loop = _loop()
    devices: list[int] = []
    free: list[int] = []
    links: list[WorkerLink] = []
    for worker in workers:
        host, port = split_address(worker.address)
        with _LOCK:
            link = _LINKS.get(worker.address)
            if link is None:
                link = WorkerLink(host, port, pairing_key(worker.code), rpc.RPC_VERSION)
                loop.run(link.start())
                _LINKS[worker.address] = link
            else:
                link.rekey(pairing_key(worker.code))
        link.broken.clear()
        # One handshake now, so a fault is said naming the worker (llama.cpp would
        # only see a connection closed).
        _, writer = loop.run(link.connect())
        loop.call(writer.close)
        try:
            found = rpc.add_server(f"127.0.0.1:{link.local_port}")
        except RuntimeError:
            raise PoolError(Note(QT_TRANSLATE_NOOP(
                "messages", "The pool worker %1 paired but lends no device."),
                worker.address)) from None
        available = [device_memory(device)[0] for device in found]
        if link.lent is not None and sum(available) > link.lent:
            # The worker lends less than it has free (`pool serve --memory`): its
            # devices' shares shrink to what it lends.
            scale = link.lent / sum(available)
            available = [int(size * scale) for size in available]
        devices.extend(found)
        free.extend(available)
        links.append(link)
        log.info("Pool worker %s: %d device(s)", worker.address, len(found))
    _watch_for_vanished_workers()
    chosen = tuple(links)

    def broken() -> str | None:
        return next((link.name for link in chosen if link.broken.is_set()), None)

    return ConnectedPool(PooledDevices(tuple(devices), tuple(free),
                                       tuple(w.address for w in workers), broken), chosen)


def pair(addresses: Sequence[str], codes: PoolCodes | None = None) -> ConnectedPool:
    """The workers at ``addresses``, with their codes from the keyring (or
    LLAMADESK_POOL), paired now; PoolError names a worker that cannot be used."""
    from llamadesk.pool.codes import PoolCodes

    codes = codes or PoolCodes()
    workers = []
    for address in addresses:
        code = codes.code_for(address)
        if code is None:
            raise PoolError(Note(QT_TRANSLATE_NOOP(
                "messages", "No pairing code is kept for the pool worker %1: add it again "
                "with `llamadesk pool add %1`."), address))
        workers.append(PoolWorker(address, code))
    if not workers:
        raise PoolError(Note(QT_TRANSLATE_NOOP(
            "messages", "The pool has no worker yet: run `llamadesk pool serve` on another "
            "computer, then `llamadesk pool add ADDRESS:PORT` here.")))
    return connect(workers)
