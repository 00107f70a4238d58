"""Putting document passages into a prompt: within budget, and only ever as text.

The passages go into the newest user message, ahead of the question, so they
are message text like anything a person types: a passage that spells
``</s>[INST]`` or ``<|im_end|>`` stays words (engine/prompt.py). The stored
message keeps what the person wrote; only the prompt carries the passages.

They get at most GROUNDING_SHARE of the context window, and never so much that
the system prompt, the question and the reply's reserve stop fitting: older
turns leave the prompt before the newest one does (engine/context_budget.py),
so the newest turns are still there beside the passages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from llamadesk.engine.prompt import ChatMessage
from llamadesk.storage.records import Source

# The share of the context window that passages may take at most.
GROUNDING_SHARE = 0.4
# How many passages are looked up for a question.
PASSAGES = 5
# Passages shorter than this many tokens are not worth the words around them.
MIN_PASSAGE_TOKENS = 16

_INTRO = ("Passages from my documents follow, numbered. Use them where they answer "
          "my question and cite them by number, like [1]; say so if they do not.")


@dataclass(frozen=True)
class Grounded:
    messages: list[ChatMessage]
    # The passages the prompt carries, in the order they are numbered.
    sources: tuple[Source, ...]


def grounded_question(question: str, sources: Sequence[Source]) -> str:
    """The newest user message as the model reads it: numbered passages, then the question."""
    if not sources:
        return question
    blocks = [f"[{number}] {source.place}\n{source.passage.strip()}"
              for number, source in enumerate(sources, 1)]
    return "\n\n".join([_INTRO, *blocks, f"My question: {question}"])


def ground(messages: Sequence[ChatMessage], found: Sequence[Source],
           count_tokens: Callable[[str], int], n_ctx: int, reserve: int) -> Grounded:
    """``messages`` with as many of ``found`` (best first) as the budget allows placed
    in the newest user message. ``count_tokens`` counts a text's tokens alone."""
    position = _newest_user(messages)
    if position is None or not found:
        return Grounded(list(messages), ())
    question = messages[position].content
    # What must fit whatever happens: the system prompt, the question, the reply.
    needed = sum(count_tokens(m.content) for m in messages
                 if m.role == "system") + count_tokens(question) + reserve
    budget = min(int(n_ctx * GROUNDING_SHARE), n_ctx - needed) - count_tokens(_INTRO)
    chosen: list[Source] = []
    for source in found:
        # The header line and the blank lines around a passage cost a few tokens too.
        cost = count_tokens(f"[{len(chosen) + 1}] {source.place}\n{source.passage}") + 4
        if cost > budget:
            if budget < MIN_PASSAGE_TOKENS:
                break
            continue  # a shorter passage further down may still fit
        chosen.append(source)
        budget -= cost
    if not chosen:
        return Grounded(list(messages), ())
    result = list(messages)
    result[position] = ChatMessage("user", grounded_question(question, chosen))
    return Grounded(result, tuple(chosen))


def _newest_user(messages: Sequence[ChatMessage]) -> int | None:
    for position in range(len(messages) - 1, -1, -1):
        if messages[position].role == "user":
            return position
    return None
