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


def _reference_facts(path: Path) -> dict[str, object]:
    """The fields as gguf's own GGUFReader reads them (the way we used to)."""
    import gguf

    reader = gguf.GGUFReader(path, "r")

    def field(key: str) -> object:
        found = reader.fields.get(key)
        return None if found is None else found.contents()

    arch = str(field("general.architecture"))
    tokens = reader.fields["tokenizer.ggml.tokens"]

    def text(token_id: object) -> str | None:
        if not isinstance(token_id, int):
            return None
        return bytes(tokens.parts[tokens.data[token_id]]).decode("utf-8", "replace")

    head_count = field(f"{arch}.attention.head_count")
    return {
        "architecture": arch, "name": field("general.name"),
        "context_length": field(f"{arch}.context_length"),
        "chat_template": field("tokenizer.chat_template"),
        "bos_token_id": field("tokenizer.ggml.bos_token_id"),
        "eos_token_id": field("tokenizer.ggml.eos_token_id"),
        "bos_token": text(field("tokenizer.ggml.bos_token_id")),
        "eos_token": text(field("tokenizer.ggml.eos_token_id")),
        "layer_count": field(f"{arch}.block_count"),
        "embedding_length": field(f"{arch}.embedding_length"),
        "head_count": head_count[0] if isinstance(head_count, list) else head_count,
        "parameter_count": sum(int(t.n_elements) for t in reader.tensors),
        "quantization": gguf.LlamaFileType(field("general.file_type")).name.split("_", 1)[1],
        "vocab_size": len(tokens.data),
    }


def test_large_vocabulary_read_without_materializing_it(tmp_path: Path) -> None:
    """A Gemma-sized vocabulary (262,144 tokens), BOS and EOS near its end as Llama 3's."""
    import gguf
    import numpy as np

    path = tmp_path / "big-vocab.gguf"
    writer = gguf.GGUFWriter(str(path), "gemma3")
    writer.add_name("Big vocabulary")
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q8_0)
    writer.add_context_length(131072)
    writer.add_block_count(3)
    writer.add_embedding_length(64)
    writer.add_head_count([4, 4, 4])  # per layer, as some architectures store it
    writer.add_head_count_kv(1)
    tokens = [f"tok{i}" for i in range(262_144)]
    tokens[262_000], tokens[262_143] = "<|begin_of_text|>", "<|eot_id|>"
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_token_types([1] * len(tokens))
    writer.add_bos_token_id(262_000)
    writer.add_eos_token_id(262_143)
    writer.add_add_bos_token(True)
    writer.add_chat_template("{{ messages[0]['content'] }} ünïcode")
    writer.add_tensor("token_embd.weight", np.ones((64, 64), dtype=np.float32))
    writer.add_tensor("output.weight", np.ones((3, 64), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()

    facts = read_model_facts(path)
    # gguf's GGUFReader takes ~10 s on this file (the reason for our reader), so the
    # expected values are the ones written above; the fixtures are compared with it.
    assert (facts.architecture, facts.name, facts.context_length) == \
        ("gemma3", "Big vocabulary", 131072)
    assert (facts.layer_count, facts.embedding_length, facts.head_count,
            facts.head_count_kv) == (3, 64, 4, 1)
    assert (facts.bos_token_id, facts.eos_token_id) == (262_000, 262_143)
    assert facts.bos_token == "<|begin_of_text|>" and facts.eos_token == "<|eot_id|>"
    assert facts.vocab_size == 262_144 and facts.add_bos_token is True
    assert facts.quantization == "Q8_0" and facts.parameter_count == 64 * 64 + 3 * 64
    assert facts.chat_template == "{{ messages[0]['content'] }} ünïcode"


def test_same_facts_as_gguf_reader_for_the_fixtures(tiny_model: Path, chatty_model: Path) -> None:
    for path in (tiny_model, chatty_model):
        facts = read_model_facts(path)
        for key, value in _reference_facts(path).items():
            assert getattr(facts, key) == value, (path.name, key)


def _with_field(tmp_path: Path, name: str, key: str, value: object,
                value_type: object = None) -> Path:
    """A copy of the tiny model with one metadata field replaced."""
    import gguf
    import numpy as np

    from llamadesk.diagnostics.tiny_model import write_tiny_vocabulary

    source = write_tiny_vocabulary(tmp_path / f"src-{name}.gguf", control_tokens=(),
                                   chat_template=None)
    reader = gguf.GGUFReader(source, "r")
    path = tmp_path / f"{name}.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    for field_name, field in reader.fields.items():
        if field_name.startswith("GGUF.") or field_name == "general.architecture":
            continue
        if field_name == key:
            continue
        kind = field.types[0]
        if kind == gguf.GGUFValueType.ARRAY:
            writer.add_array(field_name, field.contents())
        else:
            writer.add_key_value(field_name, field.contents(), kind)
    writer.add_key_value(key, value, value_type or gguf.GGUFValueType.UINT32)
    for tensor in reader.tensors:
        writer.add_tensor(tensor.name, np.array(tensor.data),
                          raw_shape=tuple(reversed([int(d) for d in tensor.shape])))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.mark.parametrize(("key", "value", "kind"), [
    ("llama.context_length", "4096", "STRING"),
    ("llama.context_length", 4096.0, "FLOAT32"),
    ("llama.context_length", 0, "UINT32"),
    ("llama.block_count", "2", "STRING"),
    ("llama.block_count", 0, "UINT32"),
    ("llama.embedding_length", 0, "UINT32"),
    ("tokenizer.ggml.bos_token_id", 10**6, "UINT32"),
    ("general.name", 7, "UINT32"),
])
def test_metadata_of_the_wrong_type_or_range_is_a_clear_error(
        tmp_path: Path, key: str, value: object, kind: str) -> None:
    import gguf

    path = _with_field(tmp_path, "bad", key, value, gguf.GGUFValueType[kind])
    with pytest.raises(ModelLoadError, match=f"is damaged: its setting {key} is"):
        read_model_facts(path)


def test_hostile_header_counts_are_refused_quickly(tmp_path: Path, tiny_model: Path) -> None:
    data = bytearray(tiny_model.read_bytes())
    for offset in (8, 16):  # tensor count, then field count
        hostile = bytearray(data)
        hostile[offset:offset + 8] = (2**63).to_bytes(8, "little")
        path = tmp_path / f"hostile-{offset}.gguf"
        path.write_bytes(bytes(hostile))
        with pytest.raises(ModelLoadError, match="incomplete or damaged"):
            read_model_facts(path)
    # A string length of 2^64 - 1 in the first key.
    hostile = bytearray(data)
    hostile[24:32] = (2**64 - 1).to_bytes(8, "little")
    path = tmp_path / "hostile-string.gguf"
    path.write_bytes(bytes(hostile))
    with pytest.raises(ModelLoadError, match="incomplete or damaged"):
        read_model_facts(path)
