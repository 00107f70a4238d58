"""The pairing handshake in front of llama.cpp's RPC server: no byte reaches llama.cpp
from a connection that has not proved it knows the worker's pairing code.

llama.cpp's RPC server has no authentication of its own (its README calls it
fragile and insecure on an open network: anyone who reaches the port drives it).
So it listens on 127.0.0.1 only, and LlamaDesk's gate (pool/gate.py) stands on the
address people connect to. The handshake, both ways proved, the code never sent:

    worker -> client  HELLO: magic, pool version, RPC version, memory lent (MiB, 0: all
                      it has free), worker nonce (32 bytes)
    client -> worker  magic, pool version, RPC version, client nonce (32 bytes),
                      HMAC(key, "client" | both hellos)
    worker -> client  HMAC(key, "worker" | both hellos)   (or the connection closes)

Fresh nonces from each side make a recorded handshake worthless the next time (a
replay fails the worker's check). The key is stretched from the code with scrypt, so
one overheard handshake does not let the code be guessed offline at speed; the code
itself carries 100 bits (pairing_code), far beyond guessing either way.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
from dataclasses import dataclass

MAGIC = b"LLAMADESK-POOL\n"
# This handshake's own version; a change in its bytes bumps it (2: memory lent).
POOL_VERSION = 2
NONCE_BYTES = 32
MAC_BYTES = 32
# magic, pool version, RPC version (major, minor, patch), MiB lent, nonce.
_HELLO = struct.Struct(f"!{len(MAGIC)}sHHHHI{NONCE_BYTES}s")
HELLO_BYTES = _HELLO.size
CLIENT_BYTES = HELLO_BYTES + MAC_BYTES
# Base32 without the look-alikes (0/O, 1/I/L): read aloud or typed from another screen.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_GROUPS, _GROUP = 4, 5


@dataclass(frozen=True)
class Hello:
    pool_version: int
    rpc_version: tuple[int, int, int]
    nonce: bytes
    lent_mib: int = 0  # the worker's: memory it lends (0: all it has free)

    def pack(self) -> bytes:
        return _HELLO.pack(MAGIC, self.pool_version, *self.rpc_version, self.lent_mib,
                           self.nonce)

    @classmethod
    def unpack(cls, data: bytes) -> Hello | None:
        """None for bytes that are not a hello (llama.cpp's raw protocol, noise)."""
        if len(data) != HELLO_BYTES:
            return None
        magic, pool, major, minor, patch, lent, nonce = _HELLO.unpack(data)
        if magic != MAGIC:
            return None
        return cls(pool, (major, minor, patch), nonce, lent)

    @classmethod
    def fresh(cls, rpc_version: tuple[int, int, int], lent_mib: int = 0) -> Hello:
        return cls(POOL_VERSION, rpc_version, secrets.token_bytes(NONCE_BYTES), lent_mib)


def pairing_code() -> str:
    """A new worker's code: four groups of five (100 bits), such as K7QF2-M9XPA-3RTZB-HW4CE."""
    picks = [secrets.choice(_ALPHABET) for _ in range(_CODE_GROUPS * _GROUP)]
    return "-".join("".join(picks[i:i + _GROUP]) for i in range(0, len(picks), _GROUP))


def normal_code(code: str) -> str:
    """The code as typed, however spaced or cased: "k7qf2 m9xpa…" is the same code."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def valid_code(code: str) -> bool:
    bare = normal_code(code)
    return len(bare) == _CODE_GROUPS * _GROUP and all(ch in _ALPHABET for ch in bare)


def pairing_key(code: str) -> bytes:
    """The HMAC key, stretched from the code (scrypt: slow to guess from a handshake)."""
    return hashlib.scrypt(normal_code(code).encode("ascii"), salt=b"llamadesk-pool-v1",
                          n=1 << 14, r=8, p=1, dklen=32)


def client_proof(key: bytes, worker: bytes, client: bytes) -> bytes:
    return hmac.new(key, b"client" + worker + client, hashlib.sha256).digest()


def worker_proof(key: bytes, worker: bytes, client: bytes) -> bytes:
    return hmac.new(key, b"worker" + worker + client, hashlib.sha256).digest()


def proofs_match(expected: bytes, given: bytes) -> bool:
    return hmac.compare_digest(expected, given)
