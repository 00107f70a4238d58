from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.helpers.fake_hub import FakeHub, HubFile

PUBLIC = "TheBloke/Tiny-Chat-GGUF"
GATED = "meta-llama/Tiny-2-chat-hf"
GOOD_TOKEN = "hf_goodtokengoodtokengood"
NO_ACCESS_TOKEN = "hf_otheraccountotheraccount"


@pytest.fixture
def model_bytes() -> bytes:
    # 3 MB of varied bytes: several chunks, so drops land mid-file.
    return b"GGUF" + os.urandom(3 * 1024 * 1024)


@pytest.fixture
def hub(model_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    server = FakeHub(
        repos={PUBLIC: {"tiny.Q4_K_M.gguf": HubFile(model_bytes)},
               GATED: {"config.json": HubFile(b"{}")}},
        gated={GATED: {GOOD_TOKEN}},
        accounts={GOOD_TOKEN: "alice", NO_ACCESS_TOKEN: "bob"},
    ).start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    yield server
    server.stop()
