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
# The *thinking* variant thinks first, as Qwen3 and DeepSeek R1 do.
THINKING = "Let me think"
_THINKING_WORDS = ["<think>", "▁Let", "▁me", "▁think", "</think>"]

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
# Llama 2's template for a model that thinks: earlier replies go back without their
# reasoning (as Qwen3's template does), and that is how LlamaDesk reads from the
# template that the model thinks in <think> tags.
THINKING_TEMPLATE = LLAMA2_TEMPLATE.replace(
    "{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}",
    "{% elif message['role'] == 'assistant' %}"
    "{{ ' '  + content.split('</think>')[-1].strip() + ' ' + eos_token }}")


def _vocabulary(extra_control: tuple[str, ...] = ()
                ) -> tuple[list[str], list[float], list[int]]:
    tokens = ["<unk>", "<s>", "</s>"]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [gguf.TokenType.BYTE] * 256
    pieces: list[str] = ["▁"] + [chr(c) for c in range(33, 127)]
    for word in _REPLY_WORDS + _CHATTY_WORDS + _MARKUP + _THINKING_WORDS[1:-1]:
        pieces += [word[:end] for end in range(2, len(word) + 1)]
    pieces += MARKDOWN_PIECES
    for piece in dict.fromkeys(pieces):  # keeps order, drops repeats
        if piece not in tokens:
            tokens.append(piece)
            types.append(gguf.TokenType.NORMAL)
    for tag in ("<think>", "</think>"):  # whole, as in Qwen3's vocabulary
        if tag not in extra_control:  # a template's own control tokens may name them
            tokens.append(tag)
            types.append(gguf.TokenType.USER_DEFINED)
    # Longer pieces score higher, so SPM prefers merging into whole words.
    scores = [0.0] * 259 + [float(len(t)) for t in tokens[259:]]
    for control in extra_control:
        tokens.append(control)
        types.append(gguf.TokenType.CONTROL)
        scores.append(0.0)
    return tokens, scores, [int(t) for t in types]


def write_tiny_vocabulary(path: Path, *, control_tokens: tuple[str, ...],
                          chat_template: str | None, name: str = "Tiny vocabulary") -> Path:
    """Llama 2's tiny vocabulary plus ``control_tokens``, on a network too small to
    answer sensibly: for tokenizer tests over many templates (a few hundred KB each)."""
    tokens, scores, types = _vocabulary(control_tokens)
    index = {token: i for i, token in enumerate(tokens)}
    return _write(path, tokens, scores, types, "llama", None, bos_id=index["<s>"],
                  eos_id=index["</s>"], add_bos=True, successor={}, eos_index=index["</s>"],
                  chat_template=chat_template, name=name, context_length=2048,
                  architecture="llama", n_layer=1, min_embd=0, unk_id=index["<unk>"],
                  n_embd=32)


def _byte_level_alphabet() -> list[str]:
    """GPT-2's printable stand-ins for the 256 byte values (byte-level BPE's base tokens)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1),
                 *range(ord("®"), ord("ÿ") + 1)]
    mapping: dict[int, str] = {b: chr(b) for b in printable}
    extra = 0
    for byte in range(256):
        if byte not in mapping:
            mapping[byte] = chr(256 + extra)
            extra += 1
    return [mapping[b] for b in range(256)]


def write_tiny_bpe(path: Path, *, control_tokens: tuple[str, ...], bos: str, eos: str,
                   chat_template: str | None = None, name: str = "Tiny BPE Chat") -> Path:
    """A byte-level BPE model (the Qwen/Llama 3 kind of vocabulary) that answers EOS.

    For tokenizer tests: its vocabulary is the 256 byte tokens, a few merges and
    ``control_tokens``; its replies are empty.
    """
    alphabet = _byte_level_alphabet()
    space = alphabet[ord(" ")]
    merged = [space + "H", space + "He", "He", "ll", "Hell", "Hello", space + "Hello"]
    merges = [f"{space} H", f"{space}H e", "H e", "l l", "He ll", "Hell o", f"{space}He llo"]
    merged += ["llo"]
    merges += ["l lo"]
    tokens = alphabet + merged + list(control_tokens)
    types = [gguf.TokenType.NORMAL] * (len(alphabet) + len(merged)) + \
        [gguf.TokenType.CONTROL] * len(control_tokens)
    index = {token: i for i, token in enumerate(tokens)}
    # Merges must build only tokens that exist, from tokens that exist.
    merges = [m for m in merges if all(part in index for part in m.split(" "))
              and "".join(m.split(" ")) in index]
    return _write(path, tokens, None, [int(t) for t in types], "gpt2", merges,
                  bos_id=index[bos], eos_id=index[eos], add_bos=False,
                  successor={}, eos_index=index[eos], chat_template=chat_template, name=name,
                  context_length=2048, architecture="llama", n_layer=1, min_embd=0)


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
    extra_control_tokens: tuple[str, ...] = (),
    pooling: bool = False,
    thinking: bool = False,
    endless_thinking: bool = False,
    thinking_markers: tuple[str, str] | None = None,
    add_bos: bool = True,
    user_tokens: tuple[str, ...] = (),
    successors: dict[str, str] | None = None,
    split_max_tensors: int = 0,
) -> Path:
    """Write the model; ``n_layer`` and ``min_embd`` make it slower (same replies).
    ``pooling`` marks it as an embedding model (mean pooling), as those files are.
    ``thinking``: it thinks first, "<think>Let me think</think>", then replies.
    ``endless_thinking``: it opens its thinking and never closes it (the chatty
    sentence, round and round). ``thinking_markers``: other markers than <think>,
    as control tokens (Command R7B's <|START_THINKING|>, say).

    ``extra_control_tokens`` adds control tokens to the vocabulary (a Gemma- or
    ChatML-shaped SentencePiece vocabulary, for tokenizer tests). ``add_bos=False``:
    the vocabulary asks for no BOS, as Qwen's and gpt-oss's do. ``user_tokens``: more
    whole tokens that print as their text (a template's own markers, as <tool_call>
    is in Qwen's vocabulary); ``successors``: which token follows which, beside the
    reply's own chain (a template's marker that leads into a call, say).
    ``split_max_tensors``: written as a split model (``NAME-00001-of-0000N.gguf``,
    at most this many tensors a part); the first part's path is returned.
    """
    thinking_words = _THINKING_WORDS
    if thinking_markers is not None:
        extra_control_tokens = (*extra_control_tokens, *thinking_markers)
        thinking_words = [thinking_markers[0], *_THINKING_WORDS[1:-1], thinking_markers[1]]
        thinking = True
    tokens, scores, types = _vocabulary(extra_control_tokens)
    for token in user_tokens:
        tokens.append(token)
        types.append(int(gguf.TokenType.USER_DEFINED))
        scores.append(0.0)
    index = {token: i for i, token in enumerate(tokens)}
    chain = ((thinking_words if thinking else []) + _REPLY_WORDS
             + (_CHATTY_WORDS if chatty else MARKDOWN_PIECES if markdown else ["</s>"]))
    if endless_thinking:  # "." leads back to "<think>", which is text once inside
        chain = ["<think>", *_CHATTY_WORDS]
    successor = {i: index[chain[0]] for i in range(len(tokens))}
    for current, following in zip(chain, chain[1:], strict=False):
        successor[index[current]] = index[following]
    if markdown:  # round and round
        successor[index[MARKDOWN_PIECES[-1]]] = index[MARKDOWN_PIECES[0]]
    for current, following in (successors or {}).items():
        successor[index[current]] = index[following]
    return _write(path, tokens, scores, types, "llama", None, bos_id=index["<s>"],
                  eos_id=index["</s>"], add_bos=add_bos, successor=successor,
                  eos_index=index["</s>"], chat_template=chat_template, name=name,
                  context_length=context_length, architecture=architecture, n_layer=n_layer,
                  min_embd=min_embd, unk_id=index["<unk>"], pooling=pooling,
                  split_max_tensors=split_max_tensors)


def _write(path: Path, tokens: list[str], scores: list[float] | None, types: list[int],
           tokenizer: str, merges: list[str] | None, *, bos_id: int, eos_id: int,
           add_bos: bool, successor: dict[int, int], eos_index: int,
           chat_template: str | None, name: str, context_length: int, architecture: str,
           n_layer: int, min_embd: int, unk_id: int | None = None,
           n_embd: int | None = None, pooling: bool = False,
           split_max_tensors: int = 0) -> Path:
    n_vocab = len(tokens)
    if n_embd is None:  # one-hot embeddings need n_embd >= n_vocab
        n_embd = max(1 << (n_vocab - 1).bit_length(), min_embd)
    n_head, n_ff = 8, 64

    writer = gguf.GGUFWriter(str(path), architecture, split_max_tensors=split_max_tensors)
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
    writer.add_tokenizer_model(tokenizer)
    if tokenizer == "gpt2":
        writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    if scores is not None:
        writer.add_token_scores(scores)
    writer.add_token_types(types)
    if merges is not None:
        writer.add_token_merges(merges)
    writer.add_bos_token_id(bos_id)
    writer.add_eos_token_id(eos_id)
    if unk_id is not None:
        writer.add_unk_token_id(unk_id)
    writer.add_add_bos_token(add_bos)
    writer.add_add_eos_token(False)
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    if pooling:
        writer.add_pooling_type(gguf.PoolingType.MEAN)

    embedding = np.zeros((n_vocab, n_embd), dtype=np.float32)
    output = np.zeros((n_vocab, n_embd), dtype=np.float32)
    if n_embd >= n_vocab:
        embedding[np.arange(n_vocab), np.arange(n_vocab)] = 1.0
        for source in range(n_vocab):
            output[successor.get(source, eos_index), source] = 1.0
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
    if split_max_tensors:
        return sorted(path.parent.glob(f"{path.stem}-00001-of-*.gguf"))[0]
    return path
