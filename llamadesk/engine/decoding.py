"""The token loop: read the prompt, then sample and decode one token at a time.

llama-cpp-python's create_completion does this with a lot of Python around
every token (detokenizing all text so far, logprob bookkeeping, building its
sampler chain through Python wrappers): 0.86 of llama.cpp's own speed on a
262k-token vocabulary, measured against llama-bench. This loop keeps the
per-token work to three C calls (sample, token_to_piece, decode) and an
incremental UTF-8 decoder: 0.94-0.97.

It keeps llama-cpp-python's ``input_ids``/``n_tokens`` up to date, so the KV
cache of the previous reply is reused (the longest shared prefix) exactly as
before, and the saved states of engine/state_cache.py still apply.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import llama_cpp

# Tokens of the prompt the repetition penalty looks back over (llama.cpp's default).
PENALTY_LAST_N = 64


@dataclass(frozen=True)
class Sampling:
    """What the sampler chain is made of (engine.options.SamplingParams, resolved)."""

    temperature: float
    top_k: int
    top_p: float
    min_p: float
    repeat_penalty: float
    seed: int
    logit_bias: tuple[tuple[int, float], ...] = ()
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    grammar: str | None = None


@dataclass
class DecodeOutcome:
    finish_reason: str = "length"  # "stop", "length" or "cancelled"
    completion_tokens: int = 0
    evaluated_prompt_tokens: int = 0


def _chain(llama: llama_cpp.Llama, sampling: Sampling, history: Sequence[int]) -> Any:
    """llama.cpp's sampler chain, native end to end (freed by the caller).

    ``history``: the prompt's tokens, which the penalties look back over (and
    only they: a grammar follows the reply alone).
    """
    chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())

    def add(sampler: Any) -> None:
        llama_cpp.llama_sampler_chain_add(chain, sampler)

    if sampling.grammar:
        # First: a token the grammar forbids must never reach the other samplers'
        # short list, or none of the list might be allowed.
        grammar = llama_cpp.llama_sampler_init_grammar(
            llama._model.vocab, sampling.grammar.encode("utf-8"), b"root")
        if not grammar:
            llama_cpp.llama_sampler_free(chain)
            from llamadesk.engine.grammars import GrammarError

            raise GrammarError("llama.cpp could not parse the grammar made from this schema")
        add(grammar)
    # A token id outside the vocabulary would index past llama.cpp's logits.
    known = [(token, bias) for token, bias in sampling.logit_bias
             if 0 <= token < llama.n_vocab()]
    if known:
        biases = (llama_cpp.llama_logit_bias * len(known))(
            *[llama_cpp.llama_logit_bias(token, bias) for token, bias in known])
        add(llama_cpp.llama_sampler_init_logit_bias(llama.n_vocab(), len(biases), biases))
    if (sampling.repeat_penalty, sampling.frequency_penalty,
            sampling.presence_penalty) != (1.0, 0.0, 0.0):
        penalties = llama_cpp.llama_sampler_init_penalties(
            llama.n_vocab(), PENALTY_LAST_N, sampling.repeat_penalty,
            sampling.frequency_penalty, sampling.presence_penalty)
        for token in history[-PENALTY_LAST_N:]:
            llama_cpp.llama_sampler_accept(penalties, token)
        add(penalties)
    if sampling.temperature <= 0:
        add(llama_cpp.llama_sampler_init_greedy())
        return chain
    # The order of llama-cpp-python's chain, so a seed gives the same reply as before.
    if sampling.top_k > 0:
        add(llama_cpp.llama_sampler_init_top_k(sampling.top_k))
    add(llama_cpp.llama_sampler_init_top_p(sampling.top_p, 1))
    add(llama_cpp.llama_sampler_init_min_p(sampling.min_p, 1))
    add(llama_cpp.llama_sampler_init_temp(sampling.temperature))
    add(llama_cpp.llama_sampler_init_dist(sampling.seed))
    return chain


def _shared_prefix(llama: llama_cpp.Llama, prompt: Sequence[int]) -> int:
    held = llama.input_ids[:llama.n_tokens]
    count = 0
    for mine, theirs in zip(held, prompt, strict=False):
        if int(mine) != theirs:
            break
        count += 1
    # The last prompt token is always decoded again: sampling needs its logits.
    return min(count, len(prompt) - 1)


def read_prompt(llama: llama_cpp.Llama, prompt: Sequence[int]) -> int:
    """Put ``prompt`` in the context, reusing what it shares with the KV cache.

    Returns how many tokens were evaluated. A stop during a long prompt raises
    RuntimeError from llama_decode (the abort flag); what was evaluated by then
    stays, and the next call trims the rest.
    """
    keep = _shared_prefix(llama, prompt)
    memory = llama_cpp.llama_get_memory(llama.ctx)
    if not llama_cpp.llama_memory_seq_rm(memory, -1, keep, -1):
        # Recurrent models cannot drop a suffix: start over.
        llama_cpp.llama_memory_clear(memory, True)
        keep = 0
    llama.n_tokens = keep
    llama.eval(list(prompt[keep:]))
    return len(prompt) - keep


def sample_tokens(
    llama: llama_cpp.Llama,
    prompt: Sequence[int],
    sampling: Sampling,
    max_tokens: int | None,
    stop_strings: Sequence[str],
    stop: threading.Event,
    outcome: DecodeOutcome,
    reading: Callable[[], AbstractContextManager[None]] = contextlib.nullcontext,
) -> Iterator[str]:
    """Yield the reply's text as it is sampled; ``outcome`` says how it ended.

    ``reading`` wraps the prompt's evaluation (the session arms its abort flag there).
    """
    with reading():
        outcome.evaluated_prompt_tokens = read_prompt(llama, prompt)
    vocab = llama._model.vocab
    ctx = llama.ctx
    n_ctx = llama.n_ctx()
    chain = _chain(llama, sampling, prompt)
    try:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        piece = ctypes.create_string_buffer(256)
        one = (llama_cpp.llama_token * 1)()
        held = ""  # text that may be the start of a stop string
        longest_stop = max((len(s) for s in stop_strings), default=0)
        while True:
            if stop.is_set():
                outcome.finish_reason = "cancelled"
                break
            if llama.n_tokens >= n_ctx:
                outcome.finish_reason = "length"  # the context is full
                break
            token = llama_cpp.llama_sampler_sample(chain, ctx, -1)
            if llama_cpp.llama_vocab_is_eog(vocab, token):
                outcome.finish_reason = "stop"
                break
            outcome.completion_tokens += 1
            size = llama_cpp.llama_token_to_piece(vocab, token, piece, len(piece), 0, False)
            if size < 0:
                piece = ctypes.create_string_buffer(-size)
                size = llama_cpp.llama_token_to_piece(vocab, token, piece, len(piece), 0, False)
            text = held + decoder.decode(piece.raw[:max(size, 0)])
            held = ""
            if stop_strings:
                found = [text.find(s) for s in stop_strings if s in text]
                if found:
                    cut = min(found)
                    if cut:
                        yield text[:cut]
                    outcome.finish_reason = "stop"
                    return
                held = _possible_stop_start(text, stop_strings, longest_stop)
                text = text[:len(text) - len(held)]
            if text:
                yield text
            if max_tokens is not None and outcome.completion_tokens >= max_tokens:
                outcome.finish_reason = "length"
                break
            # Feed the token back: one decode, as llama.cpp's own loop does.
            one[0] = token
            result = llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(one, 1))
            if result != 0:
                if stop.is_set():
                    outcome.finish_reason = "cancelled"
                    break
                raise RuntimeError(f"llama_decode returned {result}")
            llama.input_ids[llama.n_tokens] = token
            llama.n_tokens += 1
        tail = held + decoder.decode(b"", final=True)
        if tail and outcome.finish_reason != "cancelled":
            yield tail
    finally:
        llama_cpp.llama_sampler_free(chain)


def _possible_stop_start(text: str, stop_strings: Sequence[str], longest: int) -> str:
    """The end of ``text`` that could grow into a stop string: held back until it is
    known not to (so "\\nUser:" never flashes on screen as "\\nUs")."""
    for length in range(min(longest - 1, len(text)), 0, -1):
        tail = text[-length:]
        if any(s.startswith(tail) for s in stop_strings):
            return tail
    return ""
