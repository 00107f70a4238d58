"""GGUF checks give a specific message for each kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from llamadesk.engine.gguf_file import read_model_facts
from llamadesk.errors import ModelLoadError


def test_facts_of_a_real_file(tiny_model: Path) -> None:
    facts = read_model_facts(tiny_model)
    assert facts.architecture == "llama"
    assert facts.name == "Tiny Llama 2 Chat"
    assert facts.quantization == "F32"
    assert facts.context_length == 2048
    assert facts.bos_token == "<s>" and facts.eos_token == "</s>"
    assert facts.gguf_version == 3
    assert facts.parameter_count > 0
    assert "[INST]" in (facts.chat_template or "")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist"):
        read_model_facts(tmp_path / "nope.gguf")


def test_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("these are my notes, not a model")
    with pytest.raises(ModelLoadError, match="is not a GGUF model file"):
        read_model_facts(path)


def test_truncated_file(tmp_path: Path, tiny_model: Path) -> None:
    data = tiny_model.read_bytes()
    for keep in (6, 300, len(data) // 2, len(data) - 1):
        path = tmp_path / f"cut-{keep}.gguf"
        path.write_bytes(data[:keep])
        with pytest.raises(ModelLoadError, match="incomplete or damaged"):
            read_model_facts(path)


def test_unsupported_version(tmp_path: Path, tiny_model: Path) -> None:
    data = bytearray(tiny_model.read_bytes())
    data[4:8] = (99).to_bytes(4, "little")
    path = tmp_path / "future.gguf"
    path.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="GGUF version 99"):
        read_model_facts(path)
