"""Checks a GGUF file and reads its facts before llama.cpp sees it.

llama.cpp answers every bad file with the same "failed to load model". Reading
the header ourselves lets us tell the user *what* is wrong: not a GGUF at all,
a GGUF version we cannot read, or a file cut short (an interrupted download).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gguf

from llamadesk.errors import ModelLoadError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)


@dataclass(frozen=True)
class ModelFacts:
    """What a GGUF file says about the model inside it."""

    path: Path
    file_size: int
    gguf_version: int
    architecture: str
    name: str
    quantization: str
    parameter_count: int
    context_length: int | None
    chat_template: str | None
    bos_token_id: int | None
    eos_token_id: int | None
    bos_token: str | None
    eos_token: str | None
    layer_count: int | None
    embedding_length: int | None = None
    head_count: int | None = None
    head_count_kv: int | None = None


def _field(reader: gguf.GGUFReader, key: str) -> Any:
    field = reader.fields.get(key)
    return None if field is None else field.contents()


def _int_or_none(value: Any) -> int | None:
    # Some architectures store a per-layer list of head counts; the first stands for all.
    if isinstance(value, list):
        value = value[0] if value else None
    return None if value is None else int(value)


def _quantization(file_type: int | None) -> str:
    if file_type is None:
        return "unknown"
    try:
        name = gguf.LlamaFileType(file_type).name
    except ValueError:
        return f"type {file_type}"
    return name.removeprefix("MOSTLY_").removeprefix("ALL_")


def _check_header(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "The model file does not exist: %1"), path)) from None
    except IsADirectoryError:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is a folder, not a model file."), path)) from None
    except OSError as error:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "The model file could not be read: %1."), error.strerror)) from None
    if head[:4] != GGUF_MAGIC:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as "
            "those in TheBloke/Llama-2-7B-Chat-GGUF."), path.name))
    if len(head) < 8:
        raise _truncated(path)
    version = int.from_bytes(head[4:8], "little")
    if version not in SUPPORTED_VERSIONS:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads "
            "versions %3)."), path.name, version, ", ".join(map(str, SUPPORTED_VERSIONS))))
    return version


def _truncated(
    path: Path, expected: int | None = None, actual: int | None = None
) -> ModelLoadError:
    if expected is not None and actual is not None:
        return ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is incomplete or damaged. It should hold at least %2 bytes but "
            "has %3. The download was probably cut off: download it again."),
            path.name, f"{expected:,}", f"{actual:,}"))
    return ModelLoadError(Note(QT_TRANSLATE_NOOP(
        "messages", "%1 is incomplete or damaged. The download was probably cut off: "
        "download it again."), path.name))


def read_model_facts(path: Path) -> ModelFacts:
    """Validate ``path`` and return its facts, or raise ModelLoadError saying what is wrong."""
    path = Path(path)
    version = _check_header(path)
    size = path.stat().st_size
    try:
        reader = gguf.GGUFReader(path, "r")
    except Exception as error:  # noqa: BLE001 - any parse failure means a damaged file
        log.info("GGUF parse of %s failed: %r", path, error)
        raise _truncated(path) from None
    expected = max((t.data_offset + int(t.n_bytes) for t in reader.tensors), default=0)
    if expected > size:
        raise _truncated(path, expected, size)

    architecture = str(_field(reader, "general.architecture") or "unknown")
    tokens = reader.fields.get("tokenizer.ggml.tokens")

    def token_text(token_id: int | None) -> str | None:
        if token_id is None or tokens is None or token_id >= len(tokens.data):
            return None
        return bytes(tokens.parts[tokens.data[token_id]]).decode("utf-8", "replace")

    bos = _field(reader, "tokenizer.ggml.bos_token_id")
    eos = _field(reader, "tokenizer.ggml.eos_token_id")
    return ModelFacts(
        path=path,
        file_size=size,
        gguf_version=version,
        architecture=architecture,
        name=str(_field(reader, "general.name") or path.stem),
        quantization=_quantization(_field(reader, "general.file_type")),
        parameter_count=sum(int(t.n_elements) for t in reader.tensors),
        context_length=_field(reader, f"{architecture}.context_length"),
        chat_template=_field(reader, "tokenizer.chat_template"),
        bos_token_id=bos,
        eos_token_id=eos,
        bos_token=token_text(bos),
        eos_token=token_text(eos),
        layer_count=_field(reader, f"{architecture}.block_count"),
        embedding_length=_field(reader, f"{architecture}.embedding_length"),
        head_count=_int_or_none(_field(reader, f"{architecture}.attention.head_count")),
        head_count_kv=_int_or_none(_field(reader, f"{architecture}.attention.head_count_kv")),
    )
