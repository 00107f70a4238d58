"""The pairing gate in front of llama.cpp's RPC server, over real loopback sockets: a
right code connects both ways; a wrong code, a replayed handshake, llama.cpp's raw
protocol, a slowloris and another version are refused, and the server behind the
gate never sees a byte of them."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time

import pytest

from llamadesk.pool.gate import PoolError, WorkerGate, WorkerLink
from llamadesk.pool.handshake import (
    CLIENT_BYTES,
    HELLO_BYTES,
    MAC_BYTES,
    Hello,
    client_proof,
    normal_code,
    pairing_code,
    pairing_key,
    valid_code,
)
from llamadesk.pool.relay import (
    ALLOC_BUFFER,
    BUFFER_GET_BASE,
    DEVICE_COUNT,
    GET_ALIGNMENT,
    GET_MAX_SIZE,
    GET_TENSOR,
    GRAPH_COMPUTE,
    HELLO,
    SET_TENSOR,
    answer_size,
    stand_in,
)
from llamadesk.pool.worker import free_local_port

RPC = (3, 0, 0)
CODE = "K7QF2-M9XPA-3RTZB-HW4CE"


class Target:
    """Stands in for llama.cpp's RPC server: counts connections and bytes, and answers
    the commands that are answered (pool/relay.py's framing) with bytes 1, 2, 3…;
    ``die_after``: aborts its connection after writing that many bytes of the next
    answer (0: as soon as the command arrives)."""

    def __init__(self) -> None:
        self.connections = 0
        self.received = b""
        self.server: asyncio.Server | None = None
        self.writers: list[asyncio.StreamWriter] = []
        self.die_after: int | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port: int = self.server.sockets[0].getsockname()[1]
        return port

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.writers.append(writer)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while True:
                header = await reader.readexactly(9)
                payload = await reader.readexactly(int.from_bytes(header[1:], "little"))
                self.received += header + payload
                size = answer_size(header[0], payload)
                if size is None:
                    continue
                answer = size.to_bytes(8, "little") + bytes(
                    (i + 1) % 256 for i in range(size))
                if self.die_after is not None:
                    writer.write(answer[:self.die_after])
                    await writer.drain()
                    await asyncio.sleep(0.05)
                    writer.transport.abort()
                    return
                writer.write(answer)
                await writer.drain()
        writer.close()

    async def close(self) -> None:
        assert self.server is not None
        self.server.close()
        for writer in self.writers:
            await _shut(writer)
        await self.server.wait_closed()
        await asyncio.sleep(0.05)  # the transports' last callbacks, before the loop ends


def _command(cmd: int, payload: bytes = b"") -> bytes:
    return bytes([cmd]) + len(payload).to_bytes(8, "little") + payload


def _get_tensor(size: int) -> bytes:
    """A GET_TENSOR request for ``size`` bytes (a tensor's description, then offset
    and size)."""
    return _command(GET_TENSOR, bytes(40) + (0).to_bytes(8, "little")
                    + size.to_bytes(8, "little"))


async def _shut(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(ConnectionError):
        await writer.wait_closed()


async def _setup(key: bytes, seconds: float = 5.0) -> tuple[Target, WorkerGate, int]:
    target = Target()
    gate = WorkerGate(key, await target.start(), RPC, handshake_seconds=seconds)
    return target, gate, await gate.start("127.0.0.1", 0)


def test_pairing_codes() -> None:
    codes = {pairing_code() for _ in range(50)}
    assert len(codes) == 50 and all(valid_code(code) for code in codes)
    code = next(iter(codes))
    assert len(code) == 23 and code.count("-") == 3
    assert normal_code(code.lower().replace("-", " ")) == normal_code(code)
    assert not valid_code("K7QF2-M9XPA") and not valid_code("0" * 20)  # short; look-alikes
    assert pairing_key(code) == pairing_key(code.lower()) != pairing_key(pairing_code())


def test_the_right_code_connects_both_ways() -> None:
    async def scenario() -> None:
        key = pairing_key(CODE)
        target, gate, port = await _setup(key)
        link = WorkerLink("127.0.0.1", port, key, RPC)
        local = await link.start()
        reader, writer = await asyncio.open_connection("127.0.0.1", local)
        sent = _command(SET_TENSOR, b"weights" * 1000) + _get_tensor(5)
        writer.write(sent)
        await writer.drain()
        # Through both gates to the server, and its answer back.
        assert await reader.readexactly(13) == b"\5\0\0\0\0\0\0\0\1\2\3\4\5"
        assert target.connections == 1 and target.received == sent
        assert not link.broken.is_set()
        assert gate.peers() == ["127.0.0.1"]
        await _shut(writer)
        await link.close()
        await gate.close()
        await target.close()
    asyncio.run(scenario())


def test_a_wrong_code_is_refused_and_named() -> None:
    async def scenario() -> None:
        target, gate, port = await _setup(pairing_key(CODE))
        link = WorkerLink("127.0.0.1", port, pairing_key(pairing_code()), RPC)
        with pytest.raises(PoolError) as refused:
            await link.connect()
        assert f"127.0.0.1:{port} refused the pairing code" in str(refused.value)
        await asyncio.sleep(0.05)
        assert gate.refused[-1][1] == "wrong pairing code"
        assert target.connections == 0 and target.received == b""
        await gate.close()
        await target.close()
    asyncio.run(scenario())


def _raw(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    return sock


def _read(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            break
        data += chunk
    return data


def test_a_replayed_handshake_raw_protocol_and_slowloris_are_dropped() -> None:
    async def scenario() -> None:
        key = pairing_key(CODE)
        target, gate, port = await _setup(key, seconds=1.0)
        loop = asyncio.get_running_loop()

        def attacks() -> dict[str, bytes]:
            seen = {}
            # A real client's handshake, overheard...
            sock = _raw(port)
            hello = _read(sock, HELLO_BYTES)
            mine = Hello.fresh(RPC).pack()
            answer = mine + client_proof(key, hello, mine)
            sock.sendall(answer)
            seen["genuine"] = _read(sock, MAC_BYTES)
            sock.close()
            # ...and replayed: the worker's nonce is new, so the proof is wrong.
            sock = _raw(port)
            _read(sock, HELLO_BYTES)
            sock.sendall(answer + b"GRAPH_COMPUTE")
            seen["replay"] = _read(sock, MAC_BYTES)
            sock.close()
            # llama.cpp's own client: its HELLO command, no pairing at all.
            sock = _raw(port)
            _read(sock, HELLO_BYTES)
            sock.sendall(bytes([14]) + (0).to_bytes(8, "little") + b"\0" * CLIENT_BYTES)
            seen["raw"] = _read(sock, MAC_BYTES)
            sock.close()
            # A slowloris: a byte at a time, never finishing in time.
            sock = _raw(port)
            _read(sock, HELLO_BYTES)
            started = time.monotonic()
            try:
                for _ in range(CLIENT_BYTES):
                    sock.sendall(b"L")
                    time.sleep(0.1)
            except OSError:
                pass
            seen["slow"] = _read(sock, MAC_BYTES)
            seen["slow_seconds"] = str(time.monotonic() - started).encode()
            sock.close()
            return seen

        seen = await loop.run_in_executor(None, attacks)
        assert len(seen["genuine"]) == MAC_BYTES
        assert seen["replay"] == seen["raw"] == seen["slow"] == b""  # closed, unanswered
        assert float(seen["slow_seconds"]) < 3.0  # dropped at the deadline, not at the end
        reasons = [why for _, why in gate.refused]
        assert reasons == ["wrong pairing code", "not a LlamaDesk pool handshake",
                           "no handshake in time"]
        # Only the genuine client reached the server, and sent it nothing.
        assert target.connections == 1 and target.received == b""
        await gate.close()
        await target.close()
    asyncio.run(scenario())


def test_another_version_is_refused_with_both_named() -> None:
    async def scenario() -> None:
        key = pairing_key(CODE)
        target, gate, port = await _setup(key)
        link = WorkerLink("127.0.0.1", port, key, (3, 1, 0))
        with pytest.raises(PoolError) as refused:
            await link.connect()
        message = str(refused.value)
        assert "runs another version (pool 2, llama.cpp RPC 3.0.0; this computer: pool 2, " \
               "RPC 3.1.0)" in message
        assert target.connections == 0
        await gate.close()
        await target.close()
    asyncio.run(scenario())


def test_an_unreachable_worker_is_named() -> None:
    async def scenario() -> None:
        port = free_local_port()  # nothing listens there
        link = WorkerLink("127.0.0.1", port, pairing_key(CODE), RPC)
        with pytest.raises(PoolError) as refused:
            await link.connect()
        assert f"127.0.0.1:{port} cannot be reached" in str(refused.value)
    asyncio.run(scenario())


def test_a_worker_that_vanishes_is_answered_for() -> None:
    """llama.cpp's client aborts the process on a connection that breaks: the relay
    answers in the worker's place (zeros of the size asked, no device, no buffer) and
    the link says it broke."""
    async def scenario() -> None:
        key = pairing_key(CODE)
        target, gate, port = await _setup(key)
        link = WorkerLink("127.0.0.1", port, key, RPC)
        reader, writer = await asyncio.open_connection("127.0.0.1", await link.start())
        writer.write(_command(DEVICE_COUNT))
        assert await reader.readexactly(12) == b"\4\0\0\0\0\0\0\0\1\2\3\4"
        target.die_after = 8 + 3  # half an answer, then gone
        writer.write(_get_tensor(6))
        assert await reader.readexactly(14) == b"\6" + bytes(7) + b"\1\2\3" + bytes(3)
        assert link.broken.is_set()
        # Every later command is answered here, in order; those not answered are not.
        writer.write(_command(GRAPH_COMPUTE, b"graph") + _command(DEVICE_COUNT)
                     + _command(ALLOC_BUFFER, bytes(12)) + _get_tensor(4))
        assert await reader.readexactly(12 + 24 + 12) == (
            b"\4" + bytes(7) + bytes(4) + b"\x10" + bytes(7) + bytes(16)
            + b"\4" + bytes(7) + bytes(4))
        await _shut(writer)
        await link.close()
        await gate.close()
        await target.close()
    asyncio.run(scenario())


def test_a_worker_gone_before_a_connection_is_answered_for() -> None:
    """A worker unreachable when llama.cpp connects: its HELLO gets this engine's
    version (so it goes on, rather than aborting) and then no device."""
    async def scenario() -> None:
        port = free_local_port()  # nothing listens there
        link = WorkerLink("127.0.0.1", port, pairing_key(CODE), RPC)
        reader, writer = await asyncio.open_connection("127.0.0.1", await link.start())
        writer.write(_command(HELLO, bytes(24)) + _command(DEVICE_COUNT))
        hello = await reader.readexactly(8 + 28)
        assert hello[:8] == (28).to_bytes(8, "little") and tuple(hello[8:11]) == RPC
        assert await reader.readexactly(12) == b"\4" + bytes(11)
        assert link.broken.is_set()
        await _shut(writer)
        await link.close()
    asyncio.run(scenario())


def test_stand_ins_keep_llama_cpp_going() -> None:
    # Values llama.cpp checks: a power-of-two alignment, a base address that is not
    # null, a maximum size; anything else zeros (no buffer, no device, no memory).
    assert stand_in(GET_ALIGNMENT, 8, RPC) == (8).to_bytes(8, "little") + \
        (64).to_bytes(8, "little")
    assert int.from_bytes(stand_in(BUFFER_GET_BASE, 8, RPC)[8:], "little") != 0
    assert int.from_bytes(stand_in(GET_MAX_SIZE, 8, RPC)[8:], "little") >= 1 << 40
    assert stand_in(ALLOC_BUFFER, 16, RPC) == (16).to_bytes(8, "little") + bytes(16)
    assert answer_size(GRAPH_COMPUTE, b"x" * 100) is None
    assert answer_size(GET_TENSOR, bytes(40) + (9).to_bytes(8, "little")) == 9
