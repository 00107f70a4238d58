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

from llamadesk.engine.gguf_header import (
    BOOL,
    GGUF_MAGIC,
    INTEGER_TYPES,
    STRING,
    ArrayValue,
    GGUFFormatError,
    GGUFHeader,
    read_header,
)
from llamadesk.errors import ModelLoadError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

SUPPORTED_VERSIONS = (2, 3)

# llama.cpp's file types (gguf.LlamaFileType), for the quantization's name.
_FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
    38: "MXFP4_MOE",
}
# Sane ranges for the numbers we plan with: anything outside is damage, and some
# (0 layers) abort llama.cpp itself, taking the whole window with it.
_RANGES: dict[str, tuple[int, int]] = {
    "context_length": (1, 2**32 - 1),
    "block_count": (1, 100_000),
    "embedding_length": (1, 1 << 20),
    "attention.head_count": (1, 1 << 16),
    "attention.head_count_kv": (0, 1 << 16),
    "attention.key_length": (1, 1 << 16),
    "attention.value_length": (1, 1 << 16),
    "pooling_type": (0, 16),
}
# Encoder architectures: embedding models whatever their metadata says.
_ENCODERS = frozenset({"bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "jina-bert-v3",
                       "modern-bert", "neo-bert", "t5encoder", "gte"})


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
    vocab_size: int | None = None
    # Per-head widths of K and V, when they differ from embedding / heads (Gemma).
    key_length: int | None = None
    value_length: int | None = None
    # tokenizer.ggml.add_bos_token; None when the file does not say.
    add_bos_token: bool | None = None
    # <arch>.pooling_type: how token vectors become one. Set by embedding models.
    pooling_type: int | None = None

    @property
    def is_embedding_model(self) -> bool:
        """Made to turn text into one vector: it says how it pools, or it is an encoder."""
        return self.pooling_type is not None or self.architecture in _ENCODERS


def _quantization(file_type: int | None) -> str:
    if file_type is None:
        return "unknown"
    return _FILE_TYPES.get(file_type, f"type {file_type}")


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


def _damaged_field(path: Path, key: str, value: Any) -> ModelLoadError:
    shown = repr(value) if not isinstance(value, ArrayValue) else f"a list of {value.count:,}"
    return ModelLoadError(Note(QT_TRANSLATE_NOOP(
        "messages", "%1 is damaged: its setting %2 is %3, which no model can have. Download "
        "the model again, or ask whoever made the file."), path.name, key, shown[:80]))


class _Fields:
    """Typed access to a header's fields, each checked for its type and range."""

    def __init__(self, header: GGUFHeader, path: Path) -> None:
        self._fields = header.fields
        self._path = path

    def string(self, key: str) -> str | None:
        entry = self._fields.get(key)
        if entry is None:
            return None
        value_type, value = entry
        if value_type != STRING:
            raise _damaged_field(self._path, key, value)
        return str(value)

    def integer(self, key: str, low: int = 0, high: int = 2**63 - 1,
                first_of_list: bool = False) -> int | None:
        entry = self._fields.get(key)
        if entry is None:
            return None
        value_type, value = entry
        if first_of_list and isinstance(value, list):
            # Some architectures give a per-layer list; the first stands for all.
            value = value[0] if value else None
            if value is None:
                return None
        elif value_type not in INTEGER_TYPES:
            raise _damaged_field(self._path, key, value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _damaged_field(self._path, key, value)
        return value

    def boolean(self, key: str) -> bool | None:
        entry = self._fields.get(key)
        if entry is None:
            return None
        value_type, value = entry
        if value_type != BOOL:
            raise _damaged_field(self._path, key, value)
        return bool(value)

    def raw(self, key: str) -> Any:
        entry = self._fields.get(key)
        return None if entry is None else entry[1]


def read_model_facts(path: Path) -> ModelFacts:
    """Validate ``path`` and return its facts, or raise ModelLoadError saying what is wrong."""
    path = Path(path)
    version = _check_header(path)
    size = path.stat().st_size
    try:
        header = read_header(path)
    except (GGUFFormatError, OSError) as error:
        log.info("GGUF header of %s is damaged: %s", path, error)
        raise _truncated(path) from None
    ends = [header.data_offset + t.offset + (t.n_bytes or 0) for t in header.tensors]
    expected = max(ends, default=0)
    if expected > size:
        raise _truncated(path, expected, size)

    fields = _Fields(header, path)
    architecture = fields.string("general.architecture") or "unknown"
    tokens = fields.raw("tokenizer.ggml.tokens")
    vocab_size = len(tokens) if isinstance(tokens, list) else \
        tokens.count if isinstance(tokens, ArrayValue) else None
    bos = fields.integer("tokenizer.ggml.bos_token_id", 0, max((vocab_size or 1) - 1, 0))
    eos = fields.integer("tokenizer.ggml.eos_token_id", 0, max((vocab_size or 1) - 1, 0))

    def token_text(token_id: int | None) -> str | None:
        if token_id is None or tokens is None:
            return None
        if isinstance(tokens, list):
            return tokens[token_id] if token_id < len(tokens) else None
        return header.string_at(tokens, token_id)

    def ranged(name: str, first_of_list: bool = False) -> int | None:
        low, high = _RANGES[name]
        return fields.integer(f"{architecture}.{name}", low, high, first_of_list)

    file_type = fields.integer("general.file_type", 0, 2**32 - 1)
    return ModelFacts(
        path=path,
        file_size=size,
        gguf_version=version,
        architecture=architecture,
        name=fields.string("general.name") or path.stem,
        quantization=_quantization(file_type),
        parameter_count=sum(t.n_elements for t in header.tensors),
        context_length=ranged("context_length"),
        chat_template=fields.string("tokenizer.chat_template"),
        bos_token_id=bos,
        eos_token_id=eos,
        bos_token=token_text(bos),
        eos_token=token_text(eos),
        layer_count=ranged("block_count"),
        embedding_length=ranged("embedding_length"),
        head_count=ranged("attention.head_count", first_of_list=True),
        head_count_kv=ranged("attention.head_count_kv", first_of_list=True),
        vocab_size=vocab_size,
        key_length=ranged("attention.key_length"),
        value_length=ranged("attention.value_length"),
        add_bos_token=fields.boolean("tokenizer.ggml.add_bos_token"),
        pooling_type=ranged("pooling_type"),
    )
