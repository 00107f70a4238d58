"""API chats kept in the history (when the user asks for it): marked as the API's,
searchable and exportable like any chat.

A client sends the whole conversation with every request. A request that
extends a kept API conversation (its messages so far, then new ones) is added
to it; any other starts a new one. No Qt: it runs on the model's thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role

if TYPE_CHECKING:
    from llamadesk.engine.options import GenerationResult, SamplingParams
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.storage.repository import HistoryRepository

SOURCE = "api"
# How many of the newest API conversations a request may continue.
RECENT = 50


class ApiHistory:
    def __init__(self, repository: HistoryRepository) -> None:
        self.repository = repository

    def record(self, messages: Sequence[ChatMessage], result: GenerationResult,
               model: str, params: SamplingParams) -> int:
        """Store the request's new messages and the reply; returns the conversation id."""
        repository = self.repository
        system = "\n\n".join(m.content for m in messages if m.role == "system") or None
        kept = [m for m in messages if m.role != "system"]
        turns = [(m.role, m.content) for m in kept]
        found = self._continued(turns, system)
        if found is None:
            conversation_id = repository.create_conversation(system_prompt=system,
                                                             source=SOURCE).id
            known = 0
        else:
            conversation_id, known = found
        for message in kept[known:]:  # with its images, kept as the window keeps them
            repository.add_message(conversation_id, Role(message.role), message.content,
                                   images=message.images)
        reply = repository.start_reply(conversation_id, model_name=model,
                                       params=params.as_dict(), seed=result.seed)
        repository.finish_reply(reply.id, result.text, ReplyStats(
            finish_reason=result.finish_reason, seed=result.seed,
            prompt_tokens=result.prompt_tokens, completion_tokens=result.completion_tokens,
            time_to_first_token_ms=result.time_to_first_token_ms,
            tokens_per_second=result.tokens_per_second, reasoning=result.reasoning))
        return conversation_id

    def _continued(self, turns: list[tuple[str, str]], system: str | None
                   ) -> tuple[int, int] | None:
        """The kept API conversation this request extends, and how many of its turns
        it already holds; the longest such, if several."""
        best: tuple[int, int] | None = None
        for summary in self.repository.list_conversations(limit=RECENT * 4):
            if summary.source != SOURCE or summary.message_count >= len(turns):
                continue
            record = self.repository.get_conversation(summary.id)
            if record.system_prompt != system:
                continue
            branch = [(m.role, m.content) for m in self.repository.current_branch(summary.id)]
            if branch and branch == turns[:len(branch)] \
                    and (best is None or len(branch) > best[1]):
                best = (summary.id, len(branch))
        return best
