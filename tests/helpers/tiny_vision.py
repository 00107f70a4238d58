"""A tiny vision projector (mmproj) that the real libmtmd loads: a Gemma 3-style
SigLIP encoder of one block, 32 wide, over 56×56 pixels in 14-pixel patches, pooled
2×2 into four image tokens, projected to the text model's width. Random weights,
so the tokens mean nothing; the path through llama.cpp is the one a real Gemma 3
projector takes (load, preprocess, encode, decode the embeddings)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

IMAGE_SIZE = 56
PATCH = 14
WIDTH = 32
FFN = 64
MERGE = 2  # 4×4 patches pooled to 2×2: four tokens an image
TOKENS_PER_IMAGE = (IMAGE_SIZE // PATCH // MERGE) ** 2


def write_tiny_projector(path: Path, text_width: int, *, seed: int = 7,
                         image_size: int = IMAGE_SIZE, width: int = WIDTH, ffn: int = FFN,
                         blocks: int = 1) -> Path:
    """``image_size``, ``width``, ``ffn`` and ``blocks`` larger make an encoder that
    takes seconds (to stop in the middle of it)."""
    import gguf

    rng = np.random.default_rng(seed)

    def weights(*shape: int, scale: float = 0.05) -> np.ndarray:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    patches = (image_size // PATCH) ** 2
    writer = gguf.GGUFWriter(str(path), "clip")
    writer.add_name("Tiny vision projector")
    writer.add_string("clip.projector_type", "gemma3")
    writer.add_bool("clip.has_vision_encoder", True)
    writer.add_bool("clip.use_gelu", True)
    writer.add_uint32("clip.vision.image_size", image_size)
    writer.add_uint32("clip.vision.patch_size", PATCH)
    writer.add_uint32("clip.vision.embedding_length", width)
    writer.add_uint32("clip.vision.feed_forward_length", ffn)
    writer.add_uint32("clip.vision.block_count", blocks)
    writer.add_uint32("clip.vision.attention.head_count", 2)
    writer.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-6)
    writer.add_uint32("clip.vision.projection_dim", text_width)
    writer.add_uint32("clip.vision.projector.scale_factor", MERGE)
    writer.add_array("clip.vision.image_mean", [0.5, 0.5, 0.5])
    writer.add_array("clip.vision.image_std", [0.5, 0.5, 0.5])
    # numpy shapes are ggml's dimensions reversed.
    writer.add_tensor("v.patch_embd.weight", weights(width, 3, PATCH, PATCH))
    writer.add_tensor("v.patch_embd.bias", weights(width))
    writer.add_tensor("v.position_embd.weight", weights(patches, width))
    for block in range(blocks):
        for name in ("attn_q", "attn_k", "attn_v", "attn_out"):
            writer.add_tensor(f"v.blk.{block}.{name}.weight", weights(width, width))
            writer.add_tensor(f"v.blk.{block}.{name}.bias", weights(width))
        for norm in ("ln1", "ln2"):
            writer.add_tensor(f"v.blk.{block}.{norm}.weight", np.ones(width, dtype=np.float32))
            writer.add_tensor(f"v.blk.{block}.{norm}.bias", np.zeros(width, dtype=np.float32))
        writer.add_tensor(f"v.blk.{block}.ffn_up.weight", weights(ffn, width))
        writer.add_tensor(f"v.blk.{block}.ffn_up.bias", weights(ffn))
        writer.add_tensor(f"v.blk.{block}.ffn_down.weight", weights(width, ffn))
        writer.add_tensor(f"v.blk.{block}.ffn_down.bias", weights(width))
    writer.add_tensor("v.post_ln.weight", np.ones(width, dtype=np.float32))
    writer.add_tensor("v.post_ln.bias", np.zeros(width, dtype=np.float32))
    writer.add_tensor("mm.input_projection.weight", weights(width, text_width))
    writer.add_tensor("mm.soft_emb_norm.weight", np.ones(width, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
