"""The API server's key: made at first use, kept in the OS keyring like the
Hugging Face token, never written to a file or a log."""

from __future__ import annotations

import os
import secrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from llamadesk.models.token_store import SERVICE, KeyringUnavailable, keyring_usable
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

USERNAME = "api-server-key"
ENVIRONMENT = "LLAMADESK_API_KEY"


class ApiKeyStore:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session: str | None = None  # without a keyring: this run only

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def get(self, *, create: bool = True) -> str:
        """$LLAMADESK_API_KEY, else the stored key, else a new one (stored when a
        keyring exists; kept for this run only when none does)."""
        external = os.environ.get(ENVIRONMENT, "").strip()
        if external:
            return external
        if self._session:
            return self._session
        usable = keyring_usable(self.backend)
        if usable:
            try:
                stored = self.backend.get_password(SERVICE, USERNAME)
            except keyring.errors.KeyringError as error:
                raise KeyringUnavailable(Note(QT_TRANSLATE_NOOP(
                    "messages", "The system keyring could not be read: %1"), error)) from None
            if stored:
                return stored
        if not create:
            return ""
        key = "ld-" + secrets.token_urlsafe(24)
        try:
            if not usable:
                raise keyring.errors.KeyringError("no keyring")
            self.backend.set_password(SERVICE, USERNAME, key)
        except keyring.errors.KeyringError:
            self._session = key  # still safe: it lives in this process only
        return key

    @property
    def lasts_only_this_run(self) -> bool:
        """True when the key was made for this process alone (no keyring, no
        $LLAMADESK_API_KEY): it must be shown, or no client can ever use it."""
        return self._session is not None and not os.environ.get(ENVIRONMENT, "").strip()

    def renew(self) -> str:
        """A new key in place of the old one (clients with the old one get 401)."""
        self._session = None
        if keyring_usable(self.backend):
            try:
                self.backend.delete_password(SERVICE, USERNAME)
            except keyring.errors.PasswordDeleteError:
                pass
        return self.get()
