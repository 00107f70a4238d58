"""Sending a message and storing the streamed reply: shared by the GUI worker and the CLI.

The user's message is committed before generation starts; the reply is
committed empty, saved while it streams (at least every ``save_interval``
seconds) and committed once more when it ends, however it ends.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import ModelSession, SamplingParams
from llamadesk.errors import LlamaDeskError
from llamadesk.storage.records import MessageRecord, ReplyStats
from llamadesk.storage.repository import HistoryRepository
from llamadesk.storage.schema import FinishReason, MessageStatus, Role

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 0.25


@dataclass(frozen=True)
class ReplyStarted:
    conversation_id: int
    user_message: MessageRecord
    reply_id: int


class ChatService:
    """Runs one exchange: user message in, reply streamed out and stored."""

    def __init__(
        self, repository: HistoryRepository, save_interval: float = SAVE_INTERVAL_S
    ) -> None:
        self.repository = repository
        self.save_interval = save_interval

    def prompt_messages(self, conversation_id: int) -> list[ChatMessage]:
        """The current branch as the model should see it."""
        conversation = self.repository.get_conversation(conversation_id)
        messages: list[ChatMessage] = []
        if conversation.system_prompt:
            messages.append(ChatMessage("system", conversation.system_prompt))
        for record in self.repository.current_branch(conversation_id):
            if record.status == MessageStatus.STREAMING.value or not record.content:
                continue
            messages.append(ChatMessage(record.role, record.content))
        return messages

    def send(
        self,
        session: ModelSession,
        conversation_id: int | None,
        text: str,
        params: SamplingParams,
        *,
        on_started: Callable[[ReplyStarted], None] = lambda _: None,
        on_text: Callable[[str], None] = lambda _: None,
        stop_event: threading.Event | None = None,
    ) -> MessageRecord:
        """Store ``text``, stream the reply through ``on_text``, return the stored reply."""
        if conversation_id is None:
            conversation_id = self.repository.create_conversation().id
        user_message = self.repository.add_message(conversation_id, Role.USER, text)
        facts = session.info.facts
        reply = self.repository.start_reply(
            conversation_id,
            model_name=facts.name,
            params=params.as_dict(),
            seed=params.seed,
        )
        self.repository.set_model(conversation_id, facts.name, None, facts.quantization)
        on_started(ReplyStarted(conversation_id, user_message, reply.id))

        pieces: list[str] = []
        last_save = time.monotonic()

        def receive(piece: str) -> None:
            nonlocal last_save
            pieces.append(piece)
            on_text(piece)
            now = time.monotonic()
            if now - last_save >= self.save_interval:
                self.repository.save_partial_reply(reply.id, "".join(pieces))
                last_save = now

        try:
            result = session.generate(
                self.prompt_messages(conversation_id), params, receive, stop_event
            )
        except LlamaDeskError:
            self.repository.finish_reply(
                reply.id, "".join(pieces), ReplyStats(FinishReason.ERROR.value)
            )
            raise
        except BaseException:
            # A bug or KeyboardInterrupt: keep what was shown, marked as cut off.
            self.repository.finish_reply(
                reply.id, "".join(pieces), ReplyStats(FinishReason.INTERRUPTED.value)
            )
            raise
        return self.repository.finish_reply(
            reply.id,
            result.text,
            ReplyStats(
                finish_reason=result.finish_reason,
                seed=result.seed,
                prompt_tokens=result.prompt_tokens,
                completion_tokens=result.completion_tokens,
                time_to_first_token_ms=result.time_to_first_token_ms,
                tokens_per_second=result.tokens_per_second,
            ),
        )
