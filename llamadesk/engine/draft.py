"""Guesses for speculative decoding from a draft model: a small GGUF with the main
model's vocabulary (a 68M-1B model of the same family), loaded beside it.

The draft writes a few tokens greedily where the main model would write one; the
token loop (engine/decoding.py) checks them all in one batch and keeps those the
main model samples itself, so the reply is the one plain decoding gives. The draft
only has to be cheap and often right. Its ids are read as the main model's, so the
two vocabularies must agree: checked once, before any guess, as llama.cpp's own
speculative example checks them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import llama_cpp

from llamadesk.engine.decoding import read_prompt, shared_prefix
from llamadesk.engine.gguf_file import read_model_facts
from llamadesk.engine.loading import open_llama
from llamadesk.engine.threads import Threads
from llamadesk.errors import ModelLoadError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

# Vocabularies may differ by padding at their end (Qwen pads to a multiple of 128);
# more than this is another tokenizer (llama.cpp's SPEC_VOCAB_MAX_SIZE_DIFFERENCE).
MAX_VOCAB_DIFFERENCE = 128
# A draft token less likely than this (in the draft's own softmax) ends the guess:
# a doubtful guess costs a batch position and is usually wrong.
MIN_CONFIDENCE = 0.5
# Tokens of a long prompt the draft reads between two looks at Stop.
_PIECE = 512


class DraftError(ModelLoadError):
    """The draft model cannot guess for this model; the message says why."""


# Why a draft's vocabulary is not the main model's, one whole sentence each (so each
# is translated whole).
_OTHER_KIND = QT_TRANSLATE_NOOP(
    "messages", "%1 cannot be the draft for this model: its vocabulary is not the same "
    "(another kind of tokenizer). A draft must be a smaller model of the same family.")
_OTHER_ENDS = QT_TRANSLATE_NOOP(
    "messages", "%1 cannot be the draft for this model: its vocabulary is not the same "
    "(other start and end tokens). A draft must be a smaller model of the same family.")
_OTHER_SIZE = QT_TRANSLATE_NOOP(
    "messages", "%1 cannot be the draft for this model: its vocabulary is not the same "
    "(%2 tokens, not %3). A draft must be a smaller model of the same family.")
_OTHER_TOKEN = QT_TRANSLATE_NOOP(
    "messages", "%1 cannot be the draft for this model: its vocabulary is not the same "
    "(token %2 differs). A draft must be a smaller model of the same family.")


def _text(vocab: object, token: int) -> bytes:
    return llama_cpp.llama_vocab_get_text(vocab, token) or b""


def check_vocabularies(main: llama_cpp.Llama, draft: llama_cpp.Llama, draft_path: Path
                       ) -> None:
    """DraftError unless ``draft``'s token ids mean what ``main``'s do."""
    name = draft_path.name
    ours, theirs = main._model.vocab, draft._model.vocab
    if llama_cpp.llama_vocab_type(ours) != llama_cpp.llama_vocab_type(theirs):
        raise DraftError(Note(_OTHER_KIND, name))
    if (llama_cpp.llama_vocab_bos(ours), llama_cpp.llama_vocab_eos(ours)) != \
            (llama_cpp.llama_vocab_bos(theirs), llama_cpp.llama_vocab_eos(theirs)):
        raise DraftError(Note(_OTHER_ENDS, name))
    n_ours, n_theirs = llama_cpp.llama_vocab_n_tokens(ours), llama_cpp.llama_vocab_n_tokens(
        theirs)
    if abs(n_ours - n_theirs) > MAX_VOCAB_DIFFERENCE:
        raise DraftError(Note(_OTHER_SIZE, name, n_theirs, n_ours))
    for token in range(min(n_ours, n_theirs)):
        if _text(ours, token) != _text(theirs, token):
            raise DraftError(Note(_OTHER_TOKEN, name, token))


@dataclass
class DraftModel:
    """A loaded draft, for one main model (its vocabulary checked against it)."""

    path: Path
    llama: llama_cpp.Llama

    @classmethod
    def open(cls, path: Path, main: llama_cpp.Llama, *, gpu_layers: int = 0,
             repack: bool = True) -> DraftModel:
        """ModelLoadError for a file that is not a model llama.cpp loads (damaged,
        not GGUF), DraftError for one with another vocabulary."""
        facts = read_model_facts(Path(path))
        if facts.is_embedding_model:
            raise DraftError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 is an embedding model; it cannot write a draft."),
                facts.path.name))
        llama = open_llama(facts, n_ctx=main.n_ctx(), gpu_layers=gpu_layers,
                           threads=Threads(main.n_threads, main.n_threads_batch),
                           repack=repack)
        try:
            check_vocabularies(main, llama, facts.path)
        except DraftError:
            llama.close()
            raise
        log.info("Draft model %s beside the main model", facts.path.name)
        return cls(facts.path.resolve(), llama)

    def guesser(self, history: Sequence[int], main_vocab_size: int, max_guess: int,
                stopped: Callable[[], bool]) -> DraftGuesser:
        """Guesses for one reply whose prompt (and reply so far) is ``history``."""
        return DraftGuesser(self, history, main_vocab_size, max_guess, stopped)

    def close(self) -> None:
        self.llama.close()


class DraftGuesser:
    """PromptLookup's part (engine/speculation.py) played by a draft model: ``add``
    each token of the reply as it is kept, ``guess`` for the next few."""

    def __init__(self, draft: DraftModel, history: Sequence[int], main_vocab_size: int,
                 max_guess: int, stopped: Callable[[], bool] = lambda: False) -> None:
        self._llama = draft.llama
        self._stopped = stopped
        self._tokens = list(history)
        self._vocab_size = main_vocab_size
        self.max_guess = max_guess
        self.accepted = 0
        self.guessed = 0
        self._n_vocab = self._llama.n_vocab()
        self._one = (llama_cpp.llama_token * 1)()

    def add(self, token: int) -> None:
        self._tokens.append(token)

    def guess(self, most: int | None = None) -> list[int]:
        """The draft's greedy continuation, up to ``most`` tokens, ending early at a
        token it doubts or one the main model does not have."""
        import numpy as np

        llama = self._llama
        limit = self.max_guess if most is None else min(most, self.max_guess)
        # Room in the draft's context for what it reads and writes.
        limit = min(limit, llama.n_ctx() - len(self._tokens) - 1)
        if limit <= 0:
            return []
        # What the draft holds already (the prompt, the kept guesses) is reused; a long
        # new part (the prompt, at the reply's start) is read in pieces, with Stop
        # checked between them (the draft's decode has no abort flag of its own).
        start = shared_prefix(llama, self._tokens)
        for end in range(start + _PIECE, len(self._tokens), _PIECE):
            read_prompt(llama, self._tokens[:end])
            if self._stopped():
                return []
        read_prompt(llama, self._tokens)
        ctx = llama.ctx
        guesses: list[int] = []
        while True:
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, -1),
                                           shape=(self._n_vocab,))
            token = int(logits.argmax())
            shifted = logits - logits[token]
            confidence = 1.0 / float(np.exp(shifted).sum())
            if token >= self._vocab_size or (guesses and confidence < MIN_CONFIDENCE) \
                    or llama_cpp.llama_vocab_is_eog(llama._model.vocab, token):
                break
            guesses.append(token)
            # Stop is checked between the draft's tokens too: a big draft must not hold
            # the reply's end back.
            if len(guesses) >= limit or self._stopped():
                break
            self._one[0] = token
            if llama_cpp.llama_decode(ctx, llama_cpp.llama_batch_get_one(self._one, 1)):
                break
            llama.input_ids[llama.n_tokens] = token
            llama.n_tokens += 1
        return guesses
