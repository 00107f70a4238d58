"""Fitting a conversation into the context window.

The oldest turns leave the prompt first; the system prompt and the newest user
message always stay, and the reply keeps room for at least ``reserve`` tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from llamadesk.engine.prompt import ChatMessage
from llamadesk.errors import GenerationError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

# The reply always keeps room for at least this many tokens.
MIN_REPLY_TOKENS = 64


@dataclass(frozen=True)
class FittedConversation:
    messages: tuple[ChatMessage, ...]
    # How many of the oldest messages were left out of the prompt.
    dropped: int
    prompt_tokens: int


def fit_to_context(
    messages: Sequence[ChatMessage],
    count_tokens: Callable[[Sequence[ChatMessage]], int],
    n_ctx: int,
    reserve: int,
) -> FittedConversation:
    """Drop the oldest turns until the prompt plus ``reserve`` fits in ``n_ctx``."""
    reserve = max(min(reserve, n_ctx // 2), min(MIN_REPLY_TOKENS, n_ctx // 4))
    system = [messages[0]] if messages and messages[0].role == "system" else []
    rest = list(messages[len(system):])
    dropped = 0
    while True:
        candidate = system + rest
        used = count_tokens(candidate)
        if used + reserve <= n_ctx:
            return FittedConversation(tuple(candidate), dropped, used)
        # The newest user message stays, and so does a reply being continued after it.
        keep = 2 if len(rest) >= 2 and rest[-1].role == "assistant" else 1
        if len(rest) <= keep:
            raise GenerationError(Note(QT_TRANSLATE_NOOP(
                "messages", "This message is too long for the model's context window: the "
                "prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. "
                "Shorten the message or the system prompt, or raise the context size."),
                f"{used:,}", f"{n_ctx:,}", f"{reserve:,}"))
        # Drop a whole user/assistant turn so the dialogue keeps alternating.
        step = 2 if len(rest) > 2 and rest[0].role == "user" else 1
        rest = rest[step:]
        dropped += step
