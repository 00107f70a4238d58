"""The pairing gates: the worker's, on the address people reach, in front of llama.cpp's
RPC server on 127.0.0.1; and the main machine's link, a local port llama.cpp's RPC
client connects to, whose every connection goes to the worker through the handshake
(pool/handshake.py). Plain asyncio; the bytes after the handshake are llama.cpp's.

A connection that does not complete the handshake within HANDSHAKE_SECONDS (a
slowloris), sends anything else (llama.cpp's raw protocol, noise), proves a wrong
code, or speaks another version is closed, and llama.cpp never sees a byte of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.pool.handshake import (
    CLIENT_BYTES,
    HELLO_BYTES,
    MAC_BYTES,
    POOL_VERSION,
    Hello,
    client_proof,
    proofs_match,
    worker_proof,
)
from llamadesk.pool.relay import Relay, keep_alive

log = logging.getLogger(__name__)

HANDSHAKE_SECONDS = 5.0
# Connections in their handshake at once; more are closed on arrival (a flood).
MAX_PENDING = 32
_CHUNK = 1 << 16

T = TypeVar("T")


class PoolError(LlamaDeskError):
    """A worker could not be used; the message names it and says why."""


def _version(version: tuple[int, int, int]) -> str:
    return ".".join(str(part) for part in version)


class WorkerGate:
    """Forwards connections that prove the pairing code to ``target_port`` on
    127.0.0.1 (llama.cpp's RPC server); ``connected`` lists who is connected now."""

    def __init__(self, key: bytes, target_port: int, rpc_version: tuple[int, int, int],
                 handshake_seconds: float = HANDSHAKE_SECONDS,
                 on_peers: Callable[[list[str]], None] | None = None,
                 lent_mib: int = 0) -> None:
        self._key = key
        self._lent_mib = lent_mib  # said in the hello: the main side splits by it
        # Told who is connected (each address once) whenever that changes.
        self._on_peers = on_peers
        self._target_port = target_port
        self._rpc_version = rpc_version
        self._handshake_seconds = handshake_seconds
        self._server: asyncio.Server | None = None
        self._pending = 0
        self._open: set[asyncio.StreamWriter] = set()  # every connection, closed at close()
        self.connected: dict[int, str] = {}  # each paired connection's address
        # Why connections were refused, in order (tests, the status line).
        self.refused: list[tuple[str, str]] = []

    async def start(self, host: str, port: int) -> int:
        """Listens; returns the port (``port`` 0: one the system chose)."""
        self._server = await asyncio.start_server(self._handle, host, port)
        bound: int = self._server.sockets[0].getsockname()[1]
        log.info("Pool gate listening on %s:%d", host, bound)
        return bound

    async def close(self) -> None:
        await _close_server(self._server, self._open)
        self._server = None

    def _refuse(self, peer: str, why: str, writer: asyncio.StreamWriter) -> None:
        log.warning("Pool gate refused %s: %s", peer, why)
        self.refused.append((peer, why))
        writer.close()

    async def _handle(self, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> None:
        self._open.add(writer)
        try:
            await self._serve(reader, writer)
        finally:
            self._open.discard(writer)
            await _closed(writer)

    async def _serve(self, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> None:
        name = writer.get_extra_info("peername")
        peer = f"{name[0]}:{name[1]}" if isinstance(name, tuple) else str(name)
        if self._pending >= MAX_PENDING:
            self._refuse(peer, "too many handshakes at once", writer)
            return
        self._pending += 1
        try:
            hello = Hello.fresh(self._rpc_version, self._lent_mib).pack()

            async def exchange() -> bytes:
                writer.write(hello)
                await writer.drain()
                return await reader.readexactly(CLIENT_BYTES)
            try:
                # The whole handshake in the time, however slowly its bytes trickle.
                answer = await asyncio.wait_for(exchange(), self._handshake_seconds)
            except asyncio.TimeoutError:
                self._refuse(peer, "no handshake in time", writer)
                return
            except (asyncio.IncompleteReadError, ConnectionError):
                self._refuse(peer, "closed during the handshake", writer)
                return
        finally:
            self._pending -= 1
        theirs = Hello.unpack(answer[:HELLO_BYTES])
        if theirs is None:
            self._refuse(peer, "not a LlamaDesk pool handshake", writer)
            return
        if (theirs.pool_version, theirs.rpc_version) != (POOL_VERSION, self._rpc_version):
            self._refuse(peer, f"another version (pool {theirs.pool_version}, RPC "
                         f"{_version(theirs.rpc_version)}; here pool {POOL_VERSION}, RPC "
                         f"{_version(self._rpc_version)})", writer)
            return
        if not proofs_match(client_proof(self._key, hello, answer[:HELLO_BYTES]),
                            answer[HELLO_BYTES:]):
            self._refuse(peer, "wrong pairing code", writer)
            return
        try:
            target_reader, target_writer = await asyncio.open_connection(
                "127.0.0.1", self._target_port)
        except OSError as error:
            self._refuse(peer, f"the RPC server is not running ({error})", writer)
            return
        writer.write(worker_proof(self._key, hello, answer[:HELLO_BYTES]))
        key = id(writer)
        self.connected[key] = peer
        log.info("Pool client %s paired", peer)
        self._tell()
        try:
            await _pipe_both(reader, writer, target_reader, target_writer)
        finally:
            self.connected.pop(key, None)
            log.info("Pool client %s left", peer)
            self._tell()

    def peers(self) -> list[str]:
        """The computers connected now (their addresses, without ports)."""
        return sorted({peer.rsplit(":", 1)[0] for peer in self.connected.values()})

    def _tell(self) -> None:
        if self._on_peers is not None:
            self._on_peers(self.peers())


class WorkerLink:
    """A port on 127.0.0.1 for llama.cpp's RPC client; each connection to it goes to
    the worker at ``host``:``port`` through the handshake."""

    def __init__(self, host: str, port: int, key: bytes,
                 rpc_version: tuple[int, int, int],
                 handshake_seconds: float = HANDSHAKE_SECONDS) -> None:
        self.host, self.port = host, port
        self._key = key
        self._rpc_version = rpc_version
        self._handshake_seconds = handshake_seconds
        self._server: asyncio.Server | None = None
        self.local_port = 0
        # What the worker said it lends, in bytes, at the last pairing (None: all free).
        self.lent: int | None = None
        self._open: set[asyncio.StreamWriter] = set()
        # Set when a paired connection broke while open (a worker that vanished).
        self.broken = threading.Event()

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    def rekey(self, key: bytes) -> None:
        """The worker was paired again (a new code): later connections use it."""
        self._key = key

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.local_port = self._server.sockets[0].getsockname()[1]
        return self.local_port

    async def close(self) -> None:
        await _close_server(self._server, self._open)
        self._server = None

    async def connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A paired connection to the worker; PoolError says why not, naming it."""
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), self._handshake_seconds)
        except (OSError, asyncio.TimeoutError):
            raise PoolError(Note(QT_TRANSLATE_NOOP(
                "messages", "The pool worker %1 cannot be reached. Is `llamadesk pool "
                "serve` running there, and is the address right?"), self.name)) from None
        mine = Hello.fresh(self._rpc_version).pack()

        async def exchange() -> tuple[bytes, bytes]:
            hello = await reader.readexactly(HELLO_BYTES)
            theirs = Hello.unpack(hello)
            if theirs is None:
                raise PoolError(Note(QT_TRANSLATE_NOOP(
                    "messages", "%1 is not a LlamaDesk pool worker."), self.name))
            if (theirs.pool_version, theirs.rpc_version) != (POOL_VERSION, self._rpc_version):
                raise PoolError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The pool worker %1 runs another version (pool %2, "
                    "llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same "
                    "LlamaDesk version on both."), self.name, theirs.pool_version,
                    _version(theirs.rpc_version), POOL_VERSION, _version(self._rpc_version)))
            writer.write(mine + client_proof(self._key, hello, mine))
            await writer.drain()
            self.lent = theirs.lent_mib << 20 if theirs.lent_mib else None
            return hello, await reader.readexactly(MAC_BYTES)
        try:
            hello, proof = await asyncio.wait_for(exchange(), self._handshake_seconds)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.TimeoutError):
            writer.close()
            raise PoolError(Note(QT_TRANSLATE_NOOP(
                "messages", "The pool worker %1 refused the pairing code. Enter the code "
                "it shows again."), self.name)) from None
        except PoolError:
            writer.close()
            raise
        if not proofs_match(worker_proof(self._key, hello, mine), proof):
            writer.close()
            raise PoolError(Note(QT_TRANSLATE_NOOP(
                "messages", "The pool worker %1 could not prove it knows the pairing code; "
                "it may not be the computer you paired."), self.name))
        return reader, writer

    async def _handle(self, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> None:
        self._open.add(writer)
        far: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            try:
                far = await self.connect()
            except PoolError as error:
                # llama.cpp is answered here instead (pool/relay.py): it would abort
                # on a closed connection; this way its load fails, naming the worker.
                log.warning("%s", error)
            if far is not None:
                self._open.add(far[1])
                keep_alive(far[1])
            # Set before llama.cpp reads a stand-in answer: the engine checks it before
            # sampling, and its abort callback names the worker (pool/client.py).
            await Relay(reader, writer, far, self._rpc_version, self.broken.set).run()
        finally:
            if far is not None:
                self._open.discard(far[1])
                await _closed(far[1])
            self._open.discard(writer)
            await _closed(writer)


async def _pipe_both(near_reader: asyncio.StreamReader, near_writer: asyncio.StreamWriter,
                     far_reader: asyncio.StreamReader, far_writer: asyncio.StreamWriter) -> str:
    """Copies both ways until one side closes; returns which side ended first
    ("near" or "far"), and closes both."""
    async def copy(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(_CHUNK):
                sink.write(data)
                await sink.drain()

    to_far = asyncio.create_task(copy(near_reader, far_writer))
    to_near = asyncio.create_task(copy(far_reader, near_writer))
    done, pending = await asyncio.wait({to_far, to_near},
                                       return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    for writer in (near_writer, far_writer):
        await _closed(writer)
    return "near" if to_far in done else "far"


async def _closed(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(ConnectionError, OSError):
        await writer.wait_closed()


async def _close_server(server: asyncio.Server | None,
                        connections: set[asyncio.StreamWriter]) -> None:
    """Stops listening and closes every connection still open (Server.close leaves
    them open before Python 3.12)."""
    if server is not None:
        server.close()
    for writer in list(connections):
        await _closed(writer)
    if server is not None:
        await server.wait_closed()


class LoopThread:
    """An asyncio loop on a thread of its own, for the gates inside a process whose
    own threads do other things (the window, llama.cpp)."""

    def __init__(self, name: str = "llamadesk-pool") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name=name,
                                        daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = 30.0) -> T:
        """Runs ``coroutine`` on the loop and waits for its result here."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def call(self, fn: Callable[[], T]) -> T:
        async def wrapped() -> T:
            return fn()
        return self.run(wrapped())
