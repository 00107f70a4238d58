"""Shared fixtures: a tiny real GGUF model and a throwaway data dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: tests run headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from llamadesk.app import AppContext, open_context
from tests.helpers.tiny_gguf import LLAMA2_TEMPLATE, write_tiny_llama


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the real user's folders (subprocesses included)."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "xdg" / variable.lower()))
    monkeypatch.delenv("LLAMADESK_DATA_DIR", raising=False)


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_model(model_dir: Path) -> Path:
    """Replies "Hello from a tiny llama." to anything, then stops."""
    return write_tiny_llama(model_dir / "tiny-llama-2-chat.gguf", chat_template=LLAMA2_TEMPLATE)


@pytest.fixture(scope="session")
def chatty_model(model_dir: Path) -> Path:
    """Never stops on its own: replies run until stopped or the context is full."""
    return write_tiny_llama(model_dir / "tiny-chatty.gguf", chatty=True, context_length=4096)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    ctx = open_context(str(data_dir))
    yield ctx
    ctx.close()
