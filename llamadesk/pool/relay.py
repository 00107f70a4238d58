"""The main computer's relay between llama.cpp's RPC client and one worker, aware of
the RPC protocol's framing, so a worker that vanishes never takes the process down.

llama.cpp's client aborts the process when a server stops answering
(``RPC_STATUS_ASSERT``: "Remote RPC server crashed"). So when the worker's side
ends, the relay answers in its place: every command still owed an answer, and every
later one, gets a stand-in of the right size (zeros, or a value that makes llama.cpp
fail cleanly: no buffer, no device). The relay marks itself broken first, and the
engine checks that before it samples from what came back (engine/session.py), so a
stand-in never becomes a token; the reply ends with a sentence naming the worker.

The framing (ggml-rpc.cpp, protocol 7): a request is ``cmd (1 byte) | size (8) |
payload``; a command that answers gets ``size (8) | data``, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections import deque
from collections.abc import Callable

_CHUNK = 1 << 16
_HEADER = struct.Struct("<BQ")
_SIZE = struct.Struct("<Q")

# Commands that answer, and their answers' sizes (rpc_msg_*_rsp).
ALLOC_BUFFER, GET_ALIGNMENT, GET_MAX_SIZE, BUFFER_GET_BASE = 0, 1, 2, 3
SET_TENSOR, SET_TENSOR_HASH, GET_TENSOR, COPY_TENSOR = 6, 7, 8, 9
GRAPH_COMPUTE, GET_DEVICE_MEMORY = 10, 11
GET_ALLOC_SIZE, HELLO, DEVICE_COUNT = 13, 14, 15
_ANSWER_SIZES = {ALLOC_BUFFER: 16, GET_ALIGNMENT: 8, GET_MAX_SIZE: 8, BUFFER_GET_BASE: 8,
                 SET_TENSOR_HASH: 1, COPY_TENSOR: 1, GET_DEVICE_MEMORY: 16,
                 GET_ALLOC_SIZE: 8, HELLO: 28, DEVICE_COUNT: 4}
# Requests up to this size are read whole (every one that is answered is small).
_MAX_SMALL_REQUEST = 1 << 20


def answer_size(cmd: int, payload: bytes) -> int | None:
    """How many bytes ``cmd`` is answered with (None: it is not answered)."""
    if cmd == GET_TENSOR:  # its request ends with the size it asks for
        return int(_SIZE.unpack_from(payload, len(payload) - 8)[0]) \
            if len(payload) >= 8 else None
    return _ANSWER_SIZES.get(cmd)


def stand_in(cmd: int, size: int, rpc_version: tuple[int, int, int]) -> bytes:
    """An answer to ``cmd`` in a vanished worker's place: one llama.cpp takes without
    aborting, and that fails what needs the worker (no buffer, no device)."""
    if cmd == HELLO:  # its own version, so the client goes on to fail cleanly
        data = bytes(rpc_version) + bytes(size - 3)
    elif cmd == GET_ALIGNMENT:
        data = _SIZE.pack(64)  # ggml wants a power of two
    elif cmd == GET_MAX_SIZE:
        data = _SIZE.pack(1 << 62)
    elif cmd == BUFFER_GET_BASE:
        data = _SIZE.pack(1 << 12)  # never dereferenced here: only an address there
    else:  # no buffer, no device, no memory, hash unknown, tensor data zeros
        data = bytes(size)
    return _SIZE.pack(size) + data


def keep_alive(writer: asyncio.StreamWriter) -> None:
    """A worker that vanishes without closing (a machine switched off, a cable pulled)
    is noticed within about 20 s instead of the system's two hours."""
    sock = writer.get_extra_info("socket")
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for name, value in (("TCP_KEEPIDLE", 10), ("TCP_KEEPINTVL", 3), ("TCP_KEEPCNT", 3)):
            if hasattr(socket, name):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)


class Relay:
    """Copies llama.cpp's requests to the worker and its answers back, keeping count of
    the answers owed; answers in the worker's place once its side has ended."""

    def __init__(self, near_reader: asyncio.StreamReader, near_writer: asyncio.StreamWriter,
                 far: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None,
                 rpc_version: tuple[int, int, int], on_far_end: Callable[[], None]) -> None:
        self._near_reader, self._near_writer = near_reader, near_writer
        # None: the worker could not be reached at all; everything is answered here.
        self._far = far
        self._rpc_version = rpc_version
        self._on_far_end = on_far_end
        self._owed: deque[tuple[int, int]] = deque()  # (cmd, answer size), in order
        # Bytes of the answer being copied still to come (-1: none begun).
        self._left = -1
        self.far_gone = False
        self._answers: asyncio.Task[None] | None = None

    async def run(self) -> None:
        """Until llama.cpp closes its side; the worker's side may end before."""
        if self._far is None:
            self._far_ended()
        else:
            self._answers = asyncio.create_task(self._copy_answers(*self._far))
        try:
            await self._copy_requests()
        finally:
            if self._answers is not None:
                self._answers.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._answers

    def _far_ended(self) -> None:
        """The worker's side is gone: said once, then every answer owed is given."""
        if self.far_gone:
            return
        self.far_gone = True
        self._on_far_end()  # before llama.cpp reads a stand-in: the engine checks it
        if self._left >= 0 and self._owed:  # an answer half copied: the rest is zeros
            self._near_writer.write(bytes(self._left))
            self._owed.popleft()
        self._left = -1
        while self._owed:
            cmd, size = self._owed.popleft()
            self._near_writer.write(stand_in(cmd, size, self._rpc_version))
        if self._answers is not None and self._answers is not asyncio.current_task():
            self._answers.cancel()
        if self._far is not None:
            self._far[1].close()

    async def _copy_requests(self) -> None:
        while True:
            try:
                header = await self._near_reader.readexactly(_HEADER.size)
                cmd, size = _HEADER.unpack(header)
                # Every answered request is small and read whole; a tensor's data (it
                # may be hundreds of megabytes) is copied as it comes, below.
                payload = await self._near_reader.readexactly(size) \
                    if size <= _MAX_SMALL_REQUEST else b""
            except (asyncio.IncompleteReadError, ConnectionError):
                return  # llama.cpp closed: the model is gone
            owed = answer_size(cmd, payload)
            # Owed by the worker while it is there; should it go meanwhile, _far_ended
            # answers what it owed.
            queued = owed is not None and not self.far_gone
            if owed is not None and queued:
                self._owed.append((cmd, owed))
            await self._send(header + payload)
            left = size - len(payload)
            while left:
                try:
                    data = await self._near_reader.read(min(left, _CHUNK))
                except ConnectionError:
                    data = b""
                if not data:
                    return
                left -= len(data)
                await self._send(data)
            if owed is not None and not queued:
                self._near_writer.write(stand_in(cmd, owed, self._rpc_version))

    async def _send(self, data: bytes) -> None:
        if self.far_gone or self._far is None:
            return
        try:
            self._far[1].write(data)
            await self._far[1].drain()
        except (ConnectionError, OSError):
            self._far_ended()

    async def _copy_answers(self, far_reader: asyncio.StreamReader,
                            _: asyncio.StreamWriter) -> None:
        try:
            while True:
                header = await far_reader.readexactly(_SIZE.size)
                (size,) = _SIZE.unpack(header)
                if not self._owed or self._owed[0][1] != size:
                    break  # an answer nobody asked for: not a worker to trust further
                self._near_writer.write(header)
                self._left = size
                while self._left:
                    data = await far_reader.read(min(self._left, _CHUNK))
                    if not data:
                        raise ConnectionError
                    self._near_writer.write(data)
                    self._left -= len(data)
                self._left = -1
                self._owed.popleft()
                await self._near_writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        self._far_ended()
