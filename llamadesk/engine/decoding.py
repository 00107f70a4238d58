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
import time
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
    # Regular expressions that wake the grammar (a lazy one: engine/tool_calls/grammar.py).
    grammar_triggers: tuple[str, ...] = ()
    # None: no log-probabilities; N (0-20): each token's, and the N likeliest.
    logprobs: int | None = None


@dataclass(frozen=True)
class TokenLogprob:
    """A sampled token's log-probability in the distribution it was drawn from (after
    the grammar, logit bias, penalties, top-k, top-p, min-p and temperature: what
    the final draw saw), and the likeliest ``top`` of that distribution."""

    token: bytes
    logprob: float
    top: tuple[tuple[bytes, float], ...] = ()


@dataclass
class DecodeOutcome:
    finish_reason: str = "length"  # "stop", "length" or "cancelled"
    completion_tokens: int = 0
    evaluated_prompt_tokens: int = 0
    # With Sampling.logprobs: one per sampled token, in order.
    logprobs: list[TokenLogprob] | None = None
    # Called with each TokenLogprob as it is made (the API streams them).
    on_logprob: Callable[[TokenLogprob], None] | None = None
    # Speculative decoding (lookup): tokens guessed, and how many were right.
    guessed: int = 0
    accepted: int = 0


def _chain(llama: llama_cpp.Llama, sampling: Sampling, history: Sequence[int],
           *, draw: bool = True) -> Any:
    """llama.cpp's sampler chain, native end to end (freed by the caller).

    ``history``: the prompt's tokens, which the penalties look back over (and
    only they: a grammar follows the reply alone). ``draw=False``: without the
    final draw (greedy or dist), which _Drawer makes, to read the distribution.
    """
    chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())

    def add(sampler: Any) -> None:
        llama_cpp.llama_sampler_chain_add(chain, sampler)

    if sampling.grammar:
        # First: a token the grammar forbids must never reach the other samplers'
        # short list, or none of the list might be allowed.
        with _stderr_silenced():
            if sampling.grammar_triggers:
                patterns = (ctypes.c_char_p * len(sampling.grammar_triggers))(
                    *[p.encode("utf-8") for p in sampling.grammar_triggers])
                grammar = llama_cpp.llama_sampler_init_grammar_lazy_patterns(
                    llama._model.vocab, sampling.grammar.encode("utf-8"), b"root",
                    patterns, len(sampling.grammar_triggers), None, 0)
            else:
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
        if draw:
            add(llama_cpp.llama_sampler_init_greedy())
        return chain
    # The order of llama-cpp-python's chain, so a seed gives the same reply as before.
    if sampling.top_k > 0:
        add(llama_cpp.llama_sampler_init_top_k(sampling.top_k))
    add(llama_cpp.llama_sampler_init_top_p(sampling.top_p, 1))
    add(llama_cpp.llama_sampler_init_min_p(sampling.min_p, 1))
    add(llama_cpp.llama_sampler_init_temp(sampling.temperature))
    if draw:
        add(llama_cpp.llama_sampler_init_dist(sampling.seed))
    return chain


@contextlib.contextmanager
def _stderr_silenced() -> Iterator[None]:
    """llama.cpp prints a grammar it cannot parse whole to the C stderr (not through
    its log callback): an API client's JSON schema, into the terminal and any log of
    it. The file descriptor is pointed at the null device for the parse alone."""
    import os
    import sys

    sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all (a windowed app): nothing to keep clean
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


class _Drawer:
    """Samples as the chain would, and reads the distribution the draw saw.

    The chain without its final draw is applied to all the logits, the survivors
    are turned into probabilities (softmax of their logits after temperature), and
    the draw (dist with the same seed, or greedy) picks from them: the same tokens
    as llama_sampler_sample with the whole chain, a vocabulary-sized copy slower.
    Only for requests that ask for log-probabilities.
    """

    def __init__(self, llama: llama_cpp.Llama, sampling: Sampling, history: Sequence[int],
                 vocab: Any) -> None:
        import numpy as np

        self._np = np
        self._llama, self._vocab, self._top = llama, vocab, sampling.logprobs or 0
        self._filters = _chain(llama, sampling, history, draw=False)
        self._draw = (llama_cpp.llama_sampler_init_greedy() if sampling.temperature <= 0
                      else llama_cpp.llama_sampler_init_dist(sampling.seed))
        n_vocab = llama.n_vocab()
        self._data = (llama_cpp.llama_token_data * n_vocab)()
        view = np.ctypeslib.as_array(self._data)
        self._ids, self._view = np.arange(n_vocab, dtype=np.int32), view
        self._n_vocab = n_vocab
        self._piece = ctypes.create_string_buffer(256)

    def sample(self, ctx: Any) -> tuple[int, TokenLogprob]:
        np = self._np
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, -1),
                                       shape=(self._n_vocab,))
        self._view["id"] = self._ids
        self._view["logit"] = logits
        self._view["p"] = 0.0
        array = llama_cpp.llama_token_data_array(
            data=ctypes.cast(self._data, llama_cpp.llama_token_data_p), size=self._n_vocab,
            selected=-1, sorted=False)
        llama_cpp.llama_sampler_apply(self._filters, ctypes.byref(array))
        # Read where the samplers left them (in place, but the pointer is theirs to move).
        kept = np.ctypeslib.as_array(array.data, shape=(array.size,))
        shifted = kept["logit"].astype(np.float64) - float(kept["logit"].max())
        log_p = shifted - np.log(np.exp(shifted).sum())
        llama_cpp.llama_sampler_apply(self._draw, ctypes.byref(array))
        token = int(kept["id"][array.selected])
        llama_cpp.llama_sampler_accept(self._filters, token)
        llama_cpp.llama_sampler_accept(self._draw, token)
        chosen = float(log_p[array.selected])
        top: tuple[tuple[bytes, float], ...] = ()
        if self._top:
            best = np.argsort(-log_p)[:self._top]
            top = tuple((self._bytes(int(kept["id"][i])), float(log_p[i])) for i in best)
        return token, TokenLogprob(self._bytes(token), chosen, top)

    def _bytes(self, token: int) -> bytes:
        size = llama_cpp.llama_token_to_piece(self._vocab, token, self._piece,
                                              len(self._piece), 0, False)
        if size < 0:
            self._piece = ctypes.create_string_buffer(-size)
            size = llama_cpp.llama_token_to_piece(self._vocab, token, self._piece,
                                                  len(self._piece), 0, False)
        return self._piece.raw[:max(size, 0)]

    def free(self) -> None:
        llama_cpp.llama_sampler_free(self._filters)
        llama_cpp.llama_sampler_free(self._draw)


def shared_prefix(llama: llama_cpp.Llama, prompt: Sequence[int]) -> int:
    held = llama.input_ids[:llama.n_tokens]
    count = 0
    for mine, theirs in zip(held, prompt, strict=False):
        if int(mine) != theirs:
            break
        count += 1
    # The last prompt token is always decoded again: sampling needs its logits.
    return min(count, len(prompt) - 1)


@dataclass
class ImageSpans:
    """Where a prompt's images sit (their first id's index, engine/vision.py's
    PreparedImage) and the projector that reads them."""

    projector: Any
    spans: list[tuple[int, Any]]

    def bounds(self) -> list[tuple[int, int, Any]]:
        out = []
        for start, prepared in self.spans:
            first, last = prepared.span
            out.append((start + first, start + last, prepared))
        return sorted(out, key=lambda bound: bound[0])


def read_prompt(llama: llama_cpp.Llama, prompt: Sequence[int],
                images: ImageSpans | None = None,
                stopped: Callable[[], bool] = lambda: False) -> int:
    """Put ``prompt`` in the context, reusing what it shares with the KV cache.

    Returns how many tokens were evaluated. A stop during a long prompt raises
    RuntimeError from llama_decode (the abort flag); what was evaluated by then
    stays, and the next call trims the rest. ``images``: spans of the prompt that
    the projector encodes and decodes (an image is reused whole or read again whole).
    """
    keep = shared_prefix(llama, prompt)
    bounds = images.bounds() if images is not None else []
    for first, last, _ in bounds:
        if first < keep < last:  # part of an image is no image: read it again whole
            keep = first
    memory = llama_cpp.llama_get_memory(llama.ctx)
    if not llama_cpp.llama_memory_seq_rm(memory, -1, keep, -1):
        # Recurrent models cannot drop a suffix: start over.
        llama_cpp.llama_memory_clear(memory, True)
        keep = 0
    llama.n_tokens = keep
    position = keep
    for first, last, prepared in bounds:
        if last <= keep:
            continue
        if position < first:
            llama.eval(list(prompt[position:first]))
        assert images is not None
        llama.n_tokens = images.projector.evaluate(prepared, llama.n_tokens, llama.n_batch,
                                                   stopped)
        llama.input_ids[first:last] = prompt[first:last]
        position = last
    if position < len(prompt):
        llama.eval(list(prompt[position:]))
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
    render_control: bool = False,
    images: ImageSpans | None = None,
    speculative: str = "off",
    draft: Any = None,
    max_guess: int = 8,
    healthy: Callable[[], None] = lambda: None,
) -> Iterator[str]:
    """Yield the reply's text as it is sampled; ``outcome`` says how it ended.

    ``reading`` wraps the prompt's evaluation (the session arms its abort flag there).
    ``render_control``: control tokens come out as their text (a thinking model whose
    markers are control tokens: harmony's channels, Command R7B's thinking tags);
    otherwise they are empty, as in llama.cpp's own detokenizing.

    ``speculative``: "lookup" or "auto" (lookup while it pays, engine/speculation.py
    AutoSwitch), speculative decoding by prompt lookup (engine/speculation.py), or
    "draft": guesses written by ``draft`` (an engine/draft.py DraftModel; lookup for
    a prompt with images, which the draft cannot read). Each fed token goes with up
    to ``max_guess`` guesses in one batch; the chain then samples at
    each guess's position as it would have, and a guess is kept while it equals the
    sample. So every token is drawn from the distribution plain decoding draws it
    from, with the same draws of the seed (for a guess that is one fixed token this
    is the standard accept/reject rule), and the KV cache is cut back to what plain
    decoding holds: replies are the same, sooner where text repeats.

    ``healthy`` raises where the logits cannot be trusted (a pool worker vanished):
    called before each sample, after the decode that made its logits.
    """
    with reading():
        outcome.evaluated_prompt_tokens = read_prompt(llama, prompt, images, stop.is_set)
    if images is not None:  # an image's placeholder ids are not tokens to penalise
        prompt = [token for token in prompt if token >= 0]
    vocab = llama._model.vocab
    ctx = llama.ctx
    n_ctx = llama.n_ctx()
    drawer = _Drawer(llama, sampling, prompt, vocab) if sampling.logprobs is not None \
        else None
    chain = _chain(llama, sampling, prompt) if drawer is None else None
    if drawer is not None:
        outcome.logprobs = []
    guesser = _guesser(speculative, prompt, draft, images is not None, llama.n_vocab(),
                       max_guess, stop.is_set) if drawer is None else None
    from llamadesk.engine.speculation import AutoSwitch

    # "draft" too: a draft that costs more than it saves on this computer rests.
    switch = AutoSwitch() if speculative in ("auto", "draft") and guesser is not None \
        else None
    # The last step: when it began, its kind, where the reply stood, positions fed.
    step_at, step_kind, step_from, step_fed = 0.0, "", 0, 1
    guesses: list[int] = []  # fed with the last token, not yet sampled against
    at = -1  # which output of the last batch the next sample reads (-1: the last)
    batch_start = llama.n_tokens
    committed = llama.n_tokens  # what plain decoding would hold in the KV cache now
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
            healthy()
            if committed >= n_ctx:
                outcome.finish_reason = "length"  # the context is full
                break
            if drawer is None:
                token = llama_cpp.llama_sampler_sample(chain, ctx, at)
            else:
                token, logprob = drawer.sample(ctx)
            guessed_right = False
            if guesses:
                index = at
                guessed_right = index < len(guesses) and token == guesses[index]
                if guessed_right:
                    at += 1  # its successor's logits are in the batch already
                    assert guesser is not None
                    guesser.accepted += 1
                else:  # the rest of the guesses are wrong: out of the cache
                    _cut(llama, batch_start + 1 + index)
                    if switch is not None:
                        switch.record(len(guesses), index)
                    guesses, at = [], -1
            if llama_cpp.llama_vocab_is_eog(vocab, token):
                outcome.finish_reason = "stop"
                break
            outcome.completion_tokens += 1
            if drawer is not None and outcome.logprobs is not None:
                outcome.logprobs.append(logprob)
                if outcome.on_logprob is not None:
                    outcome.on_logprob(logprob)
            size = llama_cpp.llama_token_to_piece(vocab, token, piece, len(piece), 0,
                                                  render_control)
            if size < 0:
                piece = ctypes.create_string_buffer(-size)
                size = llama_cpp.llama_token_to_piece(vocab, token, piece, len(piece), 0,
                                                      render_control)
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
            committed += 1
            if guesser is not None:
                guesser.add(token)
            if guessed_right:
                if at < len(guesses):
                    continue  # the next guess's logits are waiting
                # All were right: the last is fed again below, with new guesses.
                if switch is not None:
                    switch.record(len(guesses), len(guesses))
                guesses, at = [], -1
                _cut(llama, committed - 1)
            # A step runs from here to here: guessing (a draft's work), the decode, and
            # sampling what it yields.
            now = time.perf_counter() if switch is not None else 0.0
            if switch is not None and not switch.guessing:
                switch.plain_token()  # resting: plain decoding for a while
            elif guesser is not None:
                room = n_ctx - committed - 1
                if max_tokens is not None:
                    room = min(room, max_tokens - outcome.completion_tokens)
                if switch is not None:  # as many as pay, at the measured cost
                    room = min(room, switch.best_length(guesser.max_guess))
                guesses = guesser.guess(max(room, 0))
                guesser.guessed += len(guesses)
            if switch is not None:
                if step_kind:
                    switch.timed(step_kind, now - step_at, committed - step_from, step_fed)
                step_at, step_kind = now, "guessed" if guesses else "plain"
                step_from, step_fed = committed, 1 + len(guesses)
            if guesses:
                # The token and the guesses in one batch, with logits at each.
                batch_start = llama.n_tokens
                fed = [token, *guesses]
                llama._batch.set_batch(batch=fed, n_past=batch_start, logits_all=True)
                result = llama_cpp.llama_decode(ctx, llama._batch.batch)
                count = len(fed)
                at = 0
            else:
                # Feed the token back: one decode, as llama.cpp's own loop does.
                one[0] = token
                result = llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(one, 1))
                fed, count, at = [token], 1, -1
            if result != 0:
                if stop.is_set():
                    outcome.finish_reason = "cancelled"
                    break
                raise RuntimeError(f"llama_decode returned {result}")
            llama.input_ids[llama.n_tokens:llama.n_tokens + count] = fed
            llama.n_tokens += count
        tail = held + decoder.decode(b"", final=True)
        if tail and outcome.finish_reason != "cancelled":
            yield tail
    finally:
        if guesser is not None:
            # Guesses fed past the reply's end leave the cache as plain decoding would.
            if llama.n_tokens > committed:
                _cut(llama, committed)
            outcome.guessed, outcome.accepted = guesser.guessed, guesser.accepted
        if chain is not None:
            llama_cpp.llama_sampler_free(chain)
        if drawer is not None:
            drawer.free()


def _guesser(speculative: str, prompt: Sequence[int], draft: Any, images: bool,
             n_vocab: int, max_guess: int, stopped: Callable[[], bool]) -> Any:
    """Who guesses (engine/speculation.py, engine/draft.py), or None. Guessing needs
    the chain's own draws, so not with the log-probability drawer (the caller's)."""
    if speculative == "draft" and draft is not None and not images:
        # The draft makes its own (engine/draft.py imports this module, not back).
        return draft.guesser(prompt, n_vocab, max_guess, stopped)
    if speculative in ("lookup", "auto", "draft"):
        from llamadesk.engine.speculation import PromptLookup

        return PromptLookup(prompt, max_guess)
    return None


def _cut(llama: llama_cpp.Llama, keep: int) -> None:
    """The KV cache and token list back to their first ``keep`` positions."""
    memory = llama_cpp.llama_get_memory(llama.ctx)
    llama_cpp.llama_memory_seq_rm(memory, -1, keep, -1)
    llama.n_tokens = keep


def _possible_stop_start(text: str, stop_strings: Sequence[str], longest: int) -> str:
    """The end of ``text`` that could grow into a stop string: held back until it is
    known not to (so "\\nUser:" never flashes on screen as "\\nUs")."""
    for length in range(min(longest - 1, len(text)), 0, -1):
        tail = text[-length:]
        if any(s.startswith(tail) for s in stop_strings):
            return tail
    return ""
