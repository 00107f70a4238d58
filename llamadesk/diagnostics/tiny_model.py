"""Writes a tiny but real Llama-architecture GGUF that llama.cpp loads and runs.

The network is a pure bigram model, so its replies are known in advance:
token embeddings are one-hot, every transformer block has zero weights (so
the residual stream passes through unchanged), and the output matrix maps
each token to the one that should follow it. Whatever the prompt, the reply
is "Hello from a tiny llama." and then EOS; the *chatty* variant never stops
("... The quick brown fox jumps over the lazy dog. The quick ...").

The vocabulary is SentencePiece-shaped: <unk>, <s>, </s>, the 256 byte-fallback
tokens, printable ASCII and a few words with every prefix (SPM builds words by
merging adjacent pieces, so each step of the merge must be in the vocabulary).
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

REPLY = "Hello from a tiny llama."
CHATTY_SENTENCE = " The quick brown fox jumps over the lazy dog."

_REPLY_WORDS = ["▁Hello", "▁from", "▁a", "▁tiny", "▁llama", "."]
_CHATTY_WORDS = ["▁The", "▁quick", "▁brown", "▁fox", "▁jumps", "▁over", "▁the", "▁lazy",
                 "▁dog", "."]
# The *markdown* variant cycles through these after the reply, never stopping: a
# heading, a paragraph, a code block, a list and a table, again and again. Each is
# one token (a bigram model needs every token of the cycle to be distinct).
MARKDOWN_PIECES = ["\n\n## Step\n\n", "Some **bold** text and `code`.\n\n", "```python\n",
                   "def double(x):\n", "    return x * 2\n", "```\n\n", "- one\n- two\n\n",
                   "| a | b |\n|---|---|\n| 1 | 2 |"]
# Pieces that make Llama 2's own markup tokenize into few tokens, as it would really.
_MARKUP = ["▁[INST]", "▁[/INST]", "<<SYS>>", "<</SYS>>"]

# The chat template that Meta's Hugging Face repos (and TheBloke's GGUFs) carry.
LLAMA2_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
    "{% set system_message = messages[0]['content'] %}{% else %}"
    "{% set loop_messages = messages %}{% set system_message = false %}{% endif %}"
    "{% for message in loop_messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{% if loop.index0 == 0 and system_message != false %}"
    "{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}"
    "{% else %}{% set content = message['content'] %}{% endif %}"
    "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}"
    "{% endif %}{% endfor %}"
)


def _vocabulary() -> tuple[list[str], list[float], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    pieces: list[str] = ["▁"] + [chr(c) for c in range(33, 127)]
    for word in _REPLY_WORDS + _CHATTY_WORDS + _MARKUP:
        pieces += [word[:end] for end in range(2, len(word) + 1)]
    pieces += MARKDOWN_PIECES
    for piece in dict.fromkeys(pieces):  # keeps order, drops repeats
        if piece not in tokens:
            tokens.append(piece)
            types.append(gguf.TokenType.NORMAL)
    # Longer pieces score higher, so SPM prefers merging into whole words.
    scores = [0.0] * 259 + [float(len(t)) for t in tokens[259:]]
    return tokens, scores, [int(t) for t in types]


def write_tiny_llama(
    path: Path,
    *,
    chatty: bool = False,
    markdown: bool = False,
    context_length: int = 2048,
    name: str = "Tiny Llama 2 Chat",
    chat_template: str | None = None,
    architecture: str = "llama",
    n_layer: int = 1,
    min_embd: int = 0,
) -> Path:
    """Write the model; ``n_layer`` and ``min_embd`` make it slower (same replies)."""
    tokens, scores, types = _vocabulary()
    index = {token: i for i, token in enumerate(tokens)}
    n_vocab = len(tokens)
    n_embd = max(1 << (n_vocab - 1).bit_length(), min_embd)  # one-hot needs n_embd >= n_vocab
    n_head, n_ff = 8, 64

    successor = {i: index["▁Hello"] for i in range(n_vocab)}
    chain = _REPLY_WORDS + (_CHATTY_WORDS if chatty else MARKDOWN_PIECES if markdown
                            else ["</s>"])
    for current, following in zip(chain, chain[1:], strict=False):
        successor[index[current]] = index[following]
    if markdown:  # round and round
        successor[index[MARKDOWN_PIECES[-1]]] = index[MARKDOWN_PIECES[0]]

    writer = gguf.GGUFWriter(str(path), architecture)
    writer.add_name(name)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_context_length(context_length)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layer)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head)
    writer.add_rope_dimension_count(n_embd // n_head)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_bos_token_id(index["<s>"])
    writer.add_eos_token_id(index["</s>"])
    writer.add_unk_token_id(index["<unk>"])
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    if chat_template is not None:
        writer.add_chat_template(chat_template)

    embedding = np.zeros((n_vocab, n_embd), dtype=np.float32)
    embedding[np.arange(n_vocab), np.arange(n_vocab)] = 1.0
    output = np.zeros((n_vocab, n_embd), dtype=np.float32)
    for source, target in successor.items():
        output[target, source] = 1.0
    writer.add_tensor("token_embd.weight", embedding)
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    writer.add_tensor("output.weight", output)
    square = np.zeros((n_embd, n_embd), dtype=np.float32)
    for layer in range(n_layer):
        prefix = f"blk.{layer}"
        writer.add_tensor(f"{prefix}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        for part in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{prefix}.{part}.weight", square)
        writer.add_tensor(f"{prefix}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"{prefix}.ffn_gate.weight", np.zeros((n_ff, n_embd), np.float32))
        writer.add_tensor(f"{prefix}.ffn_up.weight", np.zeros((n_ff, n_embd), np.float32))
        writer.add_tensor(f"{prefix}.ffn_down.weight", np.zeros((n_embd, n_ff), np.float32))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
