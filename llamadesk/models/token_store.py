"""The Hugging Face token: in the OS keyring, and nowhere else on disk.

Read order: ``HF_TOKEN`` or the token from ``hf auth login`` (both read-only,
never copied), then the keyring, then a token kept for this session only
(when the machine has no usable keyring, e.g. headless Linux without Secret
Service). The token never reaches logs, settings, the history or exports.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

SERVICE = "llamadesk"
USERNAME = "huggingface-token"


class KeyringUnavailable(LlamaDeskError):
    """No OS keyring to keep the token in."""


def keyring_usable(backend: KeyringBackend) -> bool:
    # keyring's "fail" backend (priority 0) and the null backend store nothing.
    name = type(backend).__module__ + "." + type(backend).__name__
    return not (name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null")
                or getattr(backend, "priority", 1) <= 0)


class TokenStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session_token: str | None = None

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def keyring_available(self) -> bool:
        return keyring_usable(self.backend)

    def external_token(self) -> str | None:
        """HF_TOKEN, or the token `hf auth login` saved: used, never copied or changed."""
        from huggingface_hub import get_token

        return get_token()

    def get(self) -> str | None:
        external = self.external_token()
        if external:
            return external
        if self.keyring_available:
            try:
                stored = self.backend.get_password(SERVICE, USERNAME)
            except keyring.errors.KeyringError as error:
                log.warning("The keyring could not be read: %s", type(error).__name__)
                stored = None
            if stored:
                return stored
        return self._session_token

    def source(self) -> str:
        if self.external_token():
            return "HF_TOKEN or `hf auth login`"
        if self.keyring_available and self.backend.get_password(SERVICE, USERNAME):
            return "the system keyring"
        return "this session only" if self._session_token else "none"

    def set(self, token: str, *, session_only: bool = False) -> None:
        token = token.strip()
        if not token:
            raise LlamaDeskError(Note(QT_TRANSLATE_NOOP("messages", "The token is empty.")))
        if session_only:
            self._session_token = token
            return
        if not self.keyring_available:
            raise KeyringUnavailable(Note(QT_TRANSLATE_NOOP(
                "messages",
                "This computer has no usable keyring (on Linux, install and unlock a Secret "
                "Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token "
                "safely. It never writes tokens to disk in plain text: use it for this session "
                "only, or set HF_TOKEN yourself.")))
        try:
            self.backend.set_password(SERVICE, USERNAME, token)
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(Note(QT_TRANSLATE_NOOP(
                "messages", "The keyring refused the token (%1). Unlock it and try again."),
                type(error).__name__)) from None

    def clear(self) -> None:
        self._session_token = None
        if self.keyring_available:
            try:
                self.backend.delete_password(SERVICE, USERNAME)
            except keyring.errors.PasswordDeleteError:
                pass
