"""Where pairing codes live: in the OS keyring, as the Hugging Face token does, and
never in settings, logs, the history or error reports.

- A worker's own code (``pool serve``): made once and kept, so paired computers stay
  paired across restarts. ``LLAMADESK_POOL_CODE`` fixes one instead (a headless
  worker; the environment is the user's to keep).
- The main computer's codes for its workers, one keyring entry per address.
  ``LLAMADESK_POOL`` ("host:port=CODE;host:port=CODE") names workers and codes for
  a run without a keyring; it is read, never stored.
"""

from __future__ import annotations

import logging
import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from llamadesk.errors import LlamaDeskError
from llamadesk.models.token_store import SERVICE, keyring_usable
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.pool.handshake import normal_code, pairing_code, valid_code

log = logging.getLogger(__name__)

WORKER_CODE_ENV = "LLAMADESK_POOL_CODE"
POOL_ENV = "LLAMADESK_POOL"
_WORKER_ENTRY = "pool-worker-code"


def _entry(address: str) -> str:
    return f"pool-worker:{address}"


def _invalid() -> LlamaDeskError:
    # The code itself is never in a message.
    return LlamaDeskError(Note(QT_TRANSLATE_NOOP(
        "messages", "That is not a pairing code: it is four groups of five letters and "
        "digits, as the worker shows it.")))


class PoolCodes:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def keyring_available(self) -> bool:
        return keyring_usable(self.backend)

    def _get(self, entry: str) -> str | None:
        if not self.keyring_available:
            return None
        try:
            return self.backend.get_password(SERVICE, entry)
        except keyring.errors.KeyringError as error:
            log.warning("The keyring could not be read: %s", type(error).__name__)
            return None

    def _set(self, entry: str, code: str) -> bool:
        if not self.keyring_available:
            return False
        try:
            self.backend.set_password(SERVICE, entry, code)
        except keyring.errors.KeyringError as error:
            log.warning("The keyring refused a pairing code: %s", type(error).__name__)
            return False
        return True

    def worker_code(self, *, new: bool = False) -> tuple[str, str]:
        """This worker's code, and where it comes from: "environment", "keyring",
        "new" (made now and kept: to be shown once) or "run" (no keyring: this run only)."""
        fixed = os.environ.get(WORKER_CODE_ENV)
        if fixed:
            if not valid_code(fixed):
                raise _invalid()
            return fixed, "environment"
        kept = None if new else self._get(_WORKER_ENTRY)
        if kept and valid_code(kept):
            return kept, "keyring"
        code = pairing_code()
        return code, "new" if self._set(_WORKER_ENTRY, code) else "run"

    def add(self, address: str, code: str) -> None:
        if not valid_code(code):
            raise _invalid()
        if not self._set(_entry(address), normal_code(code)):
            raise LlamaDeskError(Note(QT_TRANSLATE_NOOP(
                "messages", "This computer has no usable keyring, so the pairing code cannot "
                "be kept. Set %1 for each run instead (host:port=CODE, separated by ;)."),
                POOL_ENV))

    def remove(self, address: str) -> None:
        if self.keyring_available:
            try:
                self.backend.delete_password(SERVICE, _entry(address))
            except keyring.errors.PasswordDeleteError:
                pass

    def code_for(self, address: str) -> str | None:
        return from_environment().get(address) or self._get(_entry(address))


def from_environment() -> dict[str, str]:
    """LLAMADESK_POOL's workers and codes (malformed entries are skipped, unnamed)."""
    found: dict[str, str] = {}
    for item in os.environ.get(POOL_ENV, "").split(";"):
        address, _, code = item.strip().partition("=")
        if address and valid_code(code):
            found[address.strip()] = normal_code(code)
    return found
