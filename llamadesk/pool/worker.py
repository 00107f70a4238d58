"""A pool worker: llama.cpp's RPC server on 127.0.0.1, reachable only through the
pairing gate on the address people connect to (``llamadesk pool serve``)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable

from llamadesk.pool.gate import WorkerGate
from llamadesk.pool.handshake import pairing_key

log = logging.getLogger(__name__)


def free_local_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_listening(port: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def start_rpc_server(threads: int) -> int:
    """llama.cpp's RPC server on a free port of 127.0.0.1, on a thread of its own
    (it never returns); its port once it accepts connections."""
    from llamadesk.pool import rpc

    port = free_local_port()
    thread = threading.Thread(target=rpc.serve, args=(f"127.0.0.1:{port}", threads),
                              name="llama.cpp RPC server", daemon=True)
    thread.start()
    if not _wait_listening(port, 30):
        raise RuntimeError("llama.cpp's RPC server did not start")
    return port


async def run_worker(code: str, host: str, port: int, rpc_port: int,
                     on_listening: Callable[[int], None],
                     on_peers: Callable[[list[str]], None],
                     stop: asyncio.Event | None = None, lent_mib: int = 0) -> None:
    """The gate in front of ``rpc_port`` until ``stop`` is set (or forever)."""
    from llamadesk.pool.rpc import RPC_VERSION

    shown: list[list[str]] = [[]]

    def changed(peers: list[str]) -> None:
        if peers != shown[0]:  # llama.cpp opens several connections: said once
            shown[0] = peers
            on_peers(peers)

    gate = WorkerGate(pairing_key(code), rpc_port, RPC_VERSION, on_peers=changed,
                      lent_mib=lent_mib)
    on_listening(await gate.start(host, port))
    try:
        await (stop or asyncio.Event()).wait()
    finally:
        await gate.close()
