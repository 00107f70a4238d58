"""The token lives in the keyring only; the license is accepted before any download."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from llamadesk.errors import LicenseError
from llamadesk.models.license import LLAMA2, PLAIN_SUMMARY, LicenseStore, license_text
from llamadesk.models.token_store import KeyringUnavailable, TokenStore
from tests.helpers.memory_keyring import MemoryKeyring

TOKEN = "hf_abcdefghijklmnopqrstuvwxyz"


@pytest.fixture(autouse=True)
def _no_outside_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))  # no `hf auth login` token


def test_token_kept_in_a_working_keyring() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    assert store.get() is None and store.source() == "none"
    store.set(f"  {TOKEN}\n")
    assert backend.store == {("llamadesk", "huggingface-token"): TOKEN}
    assert TokenStore(backend).get() == TOKEN  # a later start finds it
    assert store.source() == "the system keyring"
    store.clear()
    assert store.get() is None and backend.store == {}


def test_missing_keyring_is_said_plainly_and_nothing_is_written(tmp_path: Path) -> None:
    store = TokenStore(fail.Keyring())
    assert not store.keyring_available
    with pytest.raises(KeyringUnavailable, match="no usable keyring .* never writes tokens"):
        store.set(TOKEN)
    store.set(TOKEN, session_only=True)
    assert store.get() == TOKEN and store.source() == "this session only"
    assert TokenStore(fail.Keyring()).get() is None  # gone with the session
    written = [p for p in tmp_path.rglob("*") if p.is_file() and TOKEN in p.read_text("latin-1")]
    assert written == []


def test_hf_token_environment_variable_is_used_read_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_fromtheenvironmentxyz")
    backend = MemoryKeyring()
    store = TokenStore(backend)
    assert store.get() == "hf_fromtheenvironmentxyz"
    assert backend.store == {}  # never copied


def test_license_required_recorded_and_asked_again_after_a_change(tmp_path: Path) -> None:
    text = {"value": license_text(LLAMA2)}
    store = LicenseStore(tmp_path / "licenses.json", text_of=lambda _: text["value"])
    with pytest.raises(LicenseError, match="llamadesk models license.*--accept-license"):
        store.require(LLAMA2)
    accepted = store.accept(LLAMA2)
    assert store.require(LLAMA2) == accepted
    assert len(accepted.sha256) == 64 and accepted.accepted_at.tzinfo is not None
    text["value"] += "\n8. A new clause."
    assert store.acceptance(LLAMA2) is None  # the text changed: ask again
    with pytest.raises(LicenseError):
        store.require(LLAMA2)


def test_shipped_license_texts_and_notice() -> None:
    from importlib import resources

    text = license_text(LLAMA2)
    assert text.startswith("LLAMA 2 COMMUNITY LICENSE AGREEMENT")
    assert "700 million monthly active users" in text
    assert "Llama 2 Acceptable Use Policy" in text
    notice = resources.files("llamadesk.resources").joinpath("NOTICE").read_text()
    assert notice.strip() == ("Llama 2 is licensed under the LLAMA 2 Community License, "
                              "Copyright (c) Meta Platforms, Inc. All Rights Reserved.")
    assert "700 million" in PLAIN_SUMMARY[LLAMA2]
