"""Fitting a conversation into the context window.

The oldest turns leave the prompt first; the system prompt and the newest user
message always stay, and the reply keeps room for at least ``reserve`` tokens.

The choice is the same as dropping one turn at a time and counting the whole
prompt again after each drop (``fit_to_context_stepwise``, kept as the
definition), but made in one pass: each message's own tokens are counted once
(and cached by the caller), from the newest backwards, which rules out every
candidate that cannot fit without rendering it; the template then renders only
a few candidates near the answer. A 10,000-message conversation costs what its
last window costs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from llamadesk.engine.prompt import ChatMessage
from llamadesk.errors import GenerationError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

# The reply always keeps room for at least this many tokens.
MIN_REPLY_TOKENS = 64
# A message's tokens inside a prompt can be a few fewer than counted alone
# (SentencePiece's leading space, a merge with the template's text around it).
BOUNDARY_SLACK = 2


@dataclass(frozen=True)
class FittedConversation:
    messages: tuple[ChatMessage, ...]
    # How many of the oldest messages were left out of the prompt.
    dropped: int
    prompt_tokens: int


def _reserve(reserve: int, n_ctx: int) -> int:
    return max(min(reserve, n_ctx // 2), min(MIN_REPLY_TOKENS, n_ctx // 4))


def _split(messages: Sequence[ChatMessage]) -> tuple[list[ChatMessage], list[ChatMessage], int]:
    system = [messages[0]] if messages and messages[0].role == "system" else []
    rest = list(messages[len(system):])
    # The newest user message stays, and so does a reply being continued after it.
    keep = 2 if len(rest) >= 2 and rest[-1].role == "assistant" else 1
    return system, rest, keep


def _drop_points(rest: Sequence[ChatMessage], keep: int) -> list[int]:
    """How many of the oldest messages each candidate leaves out, in the order tried."""
    points = [0]
    while len(rest) - points[-1] > keep:
        start = points[-1]
        # Drop a whole user/assistant turn so the dialogue keeps alternating.
        step = 2 if len(rest) - start > 2 and rest[start].role == "user" else 1
        points.append(start + step)
    return points


class ContextTooLong(GenerationError):
    """The prompt cannot fit: ``used`` tokens in a window of ``n_ctx`` with ``reserve``
    kept for the reply (the API answers 400 context_length_exceeded with them)."""

    def __init__(self, message: str, used: int, n_ctx: int, reserve: int) -> None:
        super().__init__(message)
        self.used, self.n_ctx, self.reserve = used, n_ctx, reserve


def _too_long(used: int, n_ctx: int, reserve: int, images: bool = False) -> ContextTooLong:
    if images:  # a vision model reads each image as hundreds of tokens or more
        return ContextTooLong(Note(QT_TRANSLATE_NOOP(
            "messages", "This message and its images do not fit the model's context window: "
            "the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. "
            "Send fewer images, shorten the message, or raise the context size."),
            f"{used:,}", f"{n_ctx:,}", f"{reserve:,}"), used, n_ctx, reserve)
    return ContextTooLong(Note(QT_TRANSLATE_NOOP(
        "messages", "This message is too long for the model's context window: the "
        "prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. "
        "Shorten the message or the system prompt, or raise the context size."),
        f"{used:,}", f"{n_ctx:,}", f"{reserve:,}"), used, n_ctx, reserve)


def too_long(used: int, n_ctx: int, reserve: int) -> ContextTooLong:
    """The same error for a caller that will not trim (the API, unless asked to)."""
    return _too_long(used, n_ctx, reserve)


def fit_to_context_stepwise(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[Sequence[ChatMessage]], int],
    n_ctx: int,
    reserve: int,
) -> FittedConversation:
    """Drop the oldest turns one at a time until the prompt plus ``reserve`` fits.

    Quadratic in the length of the conversation: the reference for fit_to_context.
    """
    reserve = _reserve(reserve, n_ctx)
    system, rest, keep = _split(messages)
    points = _drop_points(rest, keep)
    used = 0
    for dropped in points:
        candidate = system + rest[dropped:]
        used = count_tokens(candidate)
        if used + reserve <= n_ctx:
            return FittedConversation(tuple(candidate), dropped, used)
    raise _too_long(used, n_ctx, reserve, bool(messages and messages[-1].images))


def fit_to_context(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[Sequence[ChatMessage]], int],
    n_ctx: int,
    reserve: int,
    message_tokens: Callable[[ChatMessage], int] | None = None,
) -> FittedConversation:
    """Drop the oldest turns until the prompt plus ``reserve`` fits in ``n_ctx``.

    ``count_tokens`` renders and counts a whole candidate prompt; ``message_tokens``
    counts one message's text alone (cheap when cached). Without it, this is the
    stepwise search.
    """
    if message_tokens is None:
        return fit_to_context_stepwise(messages, count_tokens, n_ctx, reserve)
    reserve = _reserve(reserve, n_ctx)
    budget = n_ctx - reserve
    system, rest, keep = _split(messages)
    points = _drop_points(rest, keep)

    # A floor under each candidate's size from its messages alone, newest first:
    # candidates whose floor is over the budget cannot fit and are never rendered.
    floor = sum(max(message_tokens(m) - BOUNDARY_SLACK, 0) for m in system)
    suffix_floor: dict[int, int] = {}
    total = floor
    index = len(rest)
    for dropped in reversed(points):
        while index > dropped:
            index -= 1
            total += max(message_tokens(rest[index]) - BOUNDARY_SLACK, 0)
        suffix_floor[dropped] = total
        if total > budget:
            break  # older candidates are larger still
    first = next((i for i, p in enumerate(points)
                  if p in suffix_floor and suffix_floor[p] <= budget), len(points) - 1)

    counted: dict[int, int] = {}

    def fits(position: int) -> bool:
        dropped = points[position]
        if dropped not in counted:
            counted[dropped] = count_tokens(system + rest[dropped:])
        return counted[dropped] <= budget

    # Every candidate before ``first`` is too big, and the candidates shrink as turns
    # are dropped: search for the first that fits between the bounds. The first
    # exact count tells how many tokens the template adds per message, which puts
    # the next probe next to the answer; bisection is the fallback.
    low, high = first - 1, len(points)  # low: known too big; high: known to fit (or past)
    probe = first
    while high - low > 1:
        if fits(probe):
            high = probe
        else:
            low = probe
        if high - low <= 1:
            break
        guess = _guess(points, suffix_floor, counted, len(system) + len(rest), budget,
                       low, high)
        probe = guess if guess is not None and points[guess] not in counted \
            else (low + high) // 2
    if high == len(points):
        last = points[-1]
        used = counted.get(last)
        if used is None:
            used = count_tokens(system + rest[last:])
        raise _too_long(used, n_ctx, reserve, bool(messages and messages[-1].images))
    dropped = points[high]
    return FittedConversation(tuple(system + rest[dropped:]), dropped, counted[dropped])


def _guess(points: list[int], suffix_floor: dict[int, int], counted: dict[int, int],
           n_messages: int, budget: int, low: int, high: int) -> int | None:
    """The first candidate in (low, high) that the per-message overhead says fits."""
    rates = [(used - suffix_floor[d]) / max(n_messages - d, 1)
             for d, used in counted.items() if d in suffix_floor]
    if not rates:
        return None
    rate = max(rates)
    for position in range(low + 1, high):
        dropped = points[position]
        if dropped not in suffix_floor:
            continue
        if suffix_floor[dropped] + rate * (n_messages - dropped) <= budget:
            return position
    return None
