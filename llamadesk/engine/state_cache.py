"""The KV states of conversations the user switched away from, so switching back
skips reading their prompt again.

llama-cpp-python's LlamaRAMCache saved the whole state after *every* reply:
the KV cache plus a copy of up to 512 rows of logits over the vocabulary
(537 MB for Gemma's 262k tokens), before the next message could start. Here a
conversation's state is saved once, when another conversation takes the model,
and holds only the KV cache of one sequence; the states kept are bounded in
bytes, the least recently used going first.
"""

from __future__ import annotations

import ctypes
import logging
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import llama_cpp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedState:
    tokens: tuple[int, ...]
    data: ctypes.Array[ctypes.c_uint8]

    @property
    def size(self) -> int:
        return len(self.data)


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


class ConversationStates:
    """Saved KV states by conversation, within ``budget`` bytes."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._states: OrderedDict[Hashable, SavedState] = OrderedDict()

    @property
    def used(self) -> int:
        return sum(state.size for state in self._states.values())

    def __contains__(self, key: Hashable) -> bool:
        return key in self._states

    def save(self, llama: llama_cpp.Llama, key: Hashable) -> None:
        """Keep the context's current state as ``key``'s (called when switching away)."""
        count = int(llama.n_tokens)
        if count == 0 or self.budget <= 0:
            return
        size = int(llama_cpp.llama_state_seq_get_size(llama.ctx, 0))
        if size <= 0 or size > self.budget:
            return
        data = (ctypes.c_uint8 * size)()
        written = int(llama_cpp.llama_state_seq_get_data(llama.ctx, data, size, 0))
        if written <= 0:
            return
        self._states.pop(key, None)
        self._states[key] = SavedState(tuple(int(t) for t in llama.input_ids[:count]), data)
        while self.used > self.budget and len(self._states) > 1:
            self._states.popitem(last=False)

    def restore(self, llama: llama_cpp.Llama, key: Hashable, prompt: Sequence[int]) -> int:
        """Put ``key``'s saved state back if it shares more of ``prompt`` than the
        context holds now; returns the tokens that no longer need evaluating."""
        state = self._states.get(key)
        if state is None:
            return 0
        self._states.move_to_end(key)
        saved = _common_prefix(state.tokens, prompt)
        current = _common_prefix(llama.input_ids[:llama.n_tokens].tolist(), prompt)
        if saved <= current:
            return 0
        restored = int(llama_cpp.llama_state_seq_set_data(llama.ctx, state.data, state.size, 0))
        if restored != state.size:
            log.warning("Restoring a saved state failed; the prompt is read again")
            llama.reset()  # type: ignore[no-untyped-call]
            return 0
        count = len(state.tokens)
        llama.input_ids[:count] = state.tokens
        llama.n_tokens = count
        # The logits are not part of a sequence's state: the next call evaluates
        # at least one token again before sampling.
        llama._requires_eval = True
        return saved
