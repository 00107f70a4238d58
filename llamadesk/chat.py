"""Sending, editing, regenerating and continuing: shared by the GUI worker and the CLI.

The user's message is committed before generation starts; the reply is
committed empty, saved while it streams (at least every ``save_interval``
seconds) and committed once more when it ends, however it ends. Edits and
regenerations add new versions beside the old ones: no text is ever replaced.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from llamadesk.chat_tools import ToolUse, round_messages, stream_with_tools
from llamadesk.documents.grounding import PASSAGES, ground
from llamadesk.engine.images import ImageInput, reduced
from llamadesk.engine.options import SamplingParams
from llamadesk.engine.prompt import ChatMessage, TemplateKind
from llamadesk.engine.reasoning import ReasoningSplitter
from llamadesk.engine.vision import cannot_see
from llamadesk.errors import LlamaDeskError, PoolWorkerLost, StorageError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.sampling import PlainTextLimits
from llamadesk.storage.records import ImageRef, MessageRecord, ReplyStats, Source
from llamadesk.storage.repository import HistoryRepository
from llamadesk.storage.schema import FinishReason, MessageStatus, Role

if TYPE_CHECKING:
    from llamadesk.engine.session import ModelSession

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 0.25
# Messages read per step when walking up a conversation for a prompt.
PROMPT_CHUNK = 128
# Attached images kept in memory between replies (each up to 40 MB as it came).
_IMAGES_KEPT = 8


@dataclass(frozen=True)
class ReplyStarted:
    conversation_id: int
    # The user message this reply answers (new for send and edit).
    user_message: MessageRecord
    reply_id: int
    # Text the reply already had (when continuing one), before any new piece, and
    # the thinking it had, with how long that took.
    prefix: str = ""
    reasoning: str = ""
    thinking_ms: float | None = None


@dataclass(frozen=True)
class ContextReport:
    """How full the context window is, and which stored messages the model did not see."""

    conversation_id: int
    used_tokens: int
    n_ctx: int
    left_out_ids: tuple[int, ...]


class PassageFinder(Protocol):
    """Finds document passages for a question (documents/retriever.py)."""

    def find(self, collections: Sequence[str], question: str, limit: int) -> list[Source]: ...


StartedCallback = Callable[[ReplyStarted], None]
ContextCallback = Callable[[ContextReport], None]
TextCallback = Callable[[str], None]


class ChatService:
    """Runs one exchange: user message in, reply streamed out and stored."""

    def __init__(
        self, repository: HistoryRepository, save_interval: float = SAVE_INTERVAL_S,
        documents: PassageFinder | None = None,
        plain_limits: Callable[[], PlainTextLimits] = PlainTextLimits,
    ) -> None:
        self.repository = repository
        # Read at each reply: the settings may change while the window is open.
        self.plain_limits = plain_limits
        self.save_interval = save_interval
        # Where a conversation's collections are searched; None: no documents.
        self.documents = documents
        self._read_images: dict[str, ImageInput] = {}  # by SHA-256, oldest first

    def prompt_messages(self, conversation_id: int, upto: int | None = None,
                        session: ModelSession | None = None) -> list[ChatMessage]:
        """The current branch as the model should see it, ending at message ``upto``.

        With ``session``, only as far back as its context window can reach.
        """
        return [message for _, message in self._prompt_with_ids(conversation_id, upto, session)]

    def _prompt_with_ids(self, conversation_id: int, upto: int | None,
                         session: ModelSession | None = None
                         ) -> list[tuple[int | None, ChatMessage]]:
        """Newest first, a chunk at a time, until the messages alone fill the window:
        a reply in a 10,000-message conversation reads what the model can see."""
        conversation = self.repository.get_conversation(conversation_id)
        system = ChatMessage("system", conversation.system_prompt) \
            if conversation.system_prompt else None
        budget = None if session is None else session.info.n_ctx
        # A floor under what the loaded messages take in the prompt (context_budget.py):
        # once it passes the window, nothing older can be in the prompt.
        tokens = 0 if system is None or session is None else session.message_floor(system)
        newest_first: list[tuple[int | None, ChatMessage]] = []
        if upto is None:
            chunk = self.repository.branch_tail(conversation_id, PROMPT_CHUNK)
        else:
            chunk = self.repository.branch_ending_at(upto, PROMPT_CHUNK)
        while chunk:
            for record in reversed(chunk):
                if record.status != MessageStatus.STREAMING.value \
                        and (record.content or record.tool_rounds):
                    # A reply that called tools: its rounds, then its answer (newest
                    # first here, so in reverse).
                    expanded = round_messages(record.tool_rounds)
                    if record.content or not expanded:
                        expanded.append(ChatMessage(record.role, record.content,
                                                    record.reasoning,
                                                    images=self._images(record, session)))
                    for message in reversed(expanded):
                        newest_first.append((record.id, message))
                        if session is not None:
                            tokens += session.message_floor(message)
            if budget is not None and tokens > budget:
                break  # older messages cannot be in the prompt
            if chunk[0].parent_id is None:
                break
            chunk = self.repository.branch_before(chunk[0].id, PROMPT_CHUNK)
        newest_first.reverse()
        return ([(None, system)] if system else []) + newest_first

    def _images(self, record: MessageRecord, session: ModelSession | None
                ) -> tuple[ImageInput, ...]:
        """A message's images for the model: none for a model that cannot read them
        (a conversation carried on with a text model keeps its words)."""
        if not record.images or (session is not None and session.info.projector is None):
            return ()
        return tuple(self._image(ref) for ref in record.images)

    def _image(self, ref: ImageRef) -> ImageInput:
        # Every reply sends the whole conversation: its pictures are read from the
        # history once, not megabytes again at each turn (a few kept, newest last).
        known = self._read_images.pop(ref.sha256, None)
        if known is None:
            known = ImageInput(self.repository.image_data(ref.sha256), ref.sha256, ref.mime,
                               ref.width, ref.height, ref.name)
        self._read_images[ref.sha256] = known
        while len(self._read_images) > _IMAGES_KEPT:
            del self._read_images[next(iter(self._read_images))]
        return known

    # -- the four ways a reply starts ----------------------------------------

    def send(self, session: ModelSession, conversation_id: int | None, text: str,
             params: SamplingParams, *, on_started: StartedCallback = lambda _: None,
             on_text: TextCallback = lambda _: None,
             stop_event: threading.Event | None = None,
             on_context: ContextCallback = lambda _: None,
             on_reasoning: TextCallback = lambda _: None,
             tools: ToolUse | None = None,
             images: Sequence[ImageInput] = (),
             keep_original_images: bool = True) -> MessageRecord:
        """Store ``text`` as a new message, then stream and store the reply. A thinking
        model's reasoning streams to ``on_reasoning``, its answer to ``on_text``.
        ``tools``: the user's tools the reply may call (chat_tools.py). ``images``:
        attached (engine/images.py); a model that cannot read them says so before
        anything is stored. ``keep_original_images=False``: each is stored at the size
        the model reads (Settings › New chats)."""
        if images and session.info.projector is None:
            raise cannot_see(session.info)
        if images and not keep_original_images:
            images = [reduced(image) for image in images]
        if conversation_id is None:
            conversation_id = self.repository.create_conversation().id
        user_message = self.repository.add_message(conversation_id, Role.USER, text,
                                                   images=images)
        return self._reply(session, user_message, params, on_started, on_text, stop_event,
                           on_context, on_reasoning, tools)

    def edit(self, session: ModelSession, message_id: int, text: str, params: SamplingParams,
             *, on_started: StartedCallback = lambda _: None,
             on_text: TextCallback = lambda _: None,
             stop_event: threading.Event | None = None,
             on_context: ContextCallback = lambda _: None,
             on_reasoning: TextCallback = lambda _: None,
             tools: ToolUse | None = None) -> MessageRecord:
        """A new version of a user message beside the old one, and a reply to it."""
        user_message = self.repository.edit_message(message_id, text)
        return self._reply(session, user_message, params, on_started, on_text, stop_event,
                           on_context, on_reasoning, tools)

    def regenerate(self, session: ModelSession, reply_id: int, params: SamplingParams,
                   *, on_started: StartedCallback = lambda _: None,
                   on_text: TextCallback = lambda _: None,
                   stop_event: threading.Event | None = None,
                   on_context: ContextCallback = lambda _: None,
                   on_reasoning: TextCallback = lambda _: None,
                   tools: ToolUse | None = None) -> MessageRecord:
        """Another reply to the same message; the old reply stays as a version."""
        reply = self.repository.get_message(reply_id)
        if reply.role != Role.ASSISTANT.value or reply.parent_id is None:
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "Only a reply can be regenerated.")))
        user_message = self.repository.get_message(reply.parent_id)
        return self._reply(session, user_message, params, on_started, on_text, stop_event,
                           on_context, on_reasoning, tools)

    def continue_reply(self, session: ModelSession, reply_id: int, params: SamplingParams,
                       *, on_started: StartedCallback = lambda _: None,
                       on_text: TextCallback = lambda _: None,
                       stop_event: threading.Event | None = None,
                       on_context: ContextCallback = lambda _: None,
                       on_reasoning: TextCallback = lambda _: None,
                       tools: ToolUse | None = None) -> MessageRecord:
        """Carry on a stopped or interrupted reply from where it ended, in place; with
        ``tools``, it may go on calling them."""
        reply = self.repository.reopen_reply(reply_id)
        if reply.parent_id is None:
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "This reply has no message to answer.")))
        user_message = self.repository.get_message(reply.parent_id)
        params = self._limited(session, params)
        on_started(ReplyStarted(reply.conversation_id, user_message, reply.id, reply.content,
                                reply.reasoning or "", reply.thinking_ms))
        messages = self._prompt_with_ids(reply.conversation_id, user_message.id, session)
        # The passages it was first given, again: the prompt it carries on from.
        messages, _ = self._grounded(session, messages, reply.sources, params)
        if tools is not None:
            done = stream_with_tools(self.repository, session, reply, [m for _, m in messages],
                                     params, tools, on_text=on_text, on_reasoning=on_reasoning,
                                     stop_event=stop_event, save_interval=self.save_interval,
                                     carried_on=True)
            if done is not None:
                record, result = done
                on_context(ContextReport(reply.conversation_id, result.context_used,
                                         result.n_ctx, ()))
                return record
        # Its rounds of tool calls, if it made any, then its answer so far, carried on.
        messages += [(reply.id, m) for m in round_messages(reply.tool_rounds)]
        messages.append((reply.id, ChatMessage("assistant", reply.content, reply.reasoning)))
        return self._stream(session, reply, messages, params, on_text, stop_event, on_context,
                            carried_on=True, on_reasoning=on_reasoning)

    # -- shared --------------------------------------------------------------

    def _reply(self, session: ModelSession, user_message: MessageRecord,
               params: SamplingParams, on_started: StartedCallback, on_text: TextCallback,
               stop_event: threading.Event | None,
               on_context: ContextCallback,
               on_reasoning: TextCallback = lambda _: None,
               tools: ToolUse | None = None) -> MessageRecord:
        conversation_id = user_message.conversation_id
        facts = session.info.facts
        params = self._limited(session, params)
        reply = self.repository.start_reply(
            conversation_id,
            model_name=facts.name,
            model_sha256=session.info.sha256,
            params=params.as_dict(),
            seed=params.seed,
            parent_id=user_message.id,
        )
        self.repository.set_model(conversation_id, facts.name, session.info.sha256,
                                  facts.quantization)
        on_started(ReplyStarted(conversation_id, user_message, reply.id))
        messages = self._prompt_with_ids(conversation_id, user_message.id, session)
        found = self._find_sources(conversation_id, user_message.content)
        if found:
            messages, sources = self._grounded(session, messages, found, params)
            if sources:
                self.repository.set_sources(reply.id, sources)
        if tools is not None:
            done = stream_with_tools(self.repository, session, reply, [m for _, m in messages],
                                     params, tools, on_text=on_text, on_reasoning=on_reasoning,
                                     stop_event=stop_event, save_interval=self.save_interval)
            if done is not None:  # else: the model cannot call tools; answered without
                record, result = done
                on_context(ContextReport(conversation_id, result.context_used, result.n_ctx,
                                         ()))
                return record
        return self._stream(session, reply, messages, params, on_text, stop_event, on_context,
                            on_reasoning=on_reasoning)

    def _limited(self, session: ModelSession, params: SamplingParams) -> SamplingParams:
        if session.info.template is TemplateKind.PLAIN:
            return self.plain_limits().apply(params)
        return params

    def _find_sources(self, conversation_id: int, question: str) -> list[Source]:
        collections = self.repository.get_conversation(conversation_id).collections
        if not collections or self.documents is None:
            return []
        try:
            return self.documents.find(collections, question, PASSAGES)
        except Exception:  # noqa: BLE001
            # A damaged or locked documents database must not cost the user the reply.
            log.exception("Searching the documents failed; answering without them")
            return []

    @staticmethod
    def _grounded(session: ModelSession, messages: list[tuple[int | None, ChatMessage]],
                  found: Sequence[Source], params: SamplingParams
                  ) -> tuple[list[tuple[int | None, ChatMessage]], tuple[Source, ...]]:
        """The prompt with the passages that fit placed in its newest user message."""
        if not found:
            return messages, ()
        n_ctx = session.info.n_ctx
        grounded = ground([m for _, m in messages], found,
                          lambda text: session.message_tokens(ChatMessage("user", text)),
                          n_ctx, min(session.reply_reserve(params), n_ctx // 2))
        return ([(mid, m) for (mid, _), m in zip(messages, grounded.messages, strict=True)],
                grounded.sources)

    def _stream(self, session: ModelSession, reply: MessageRecord,
                messages: list[tuple[int | None, ChatMessage]], params: SamplingParams,
                on_text: TextCallback, stop_event: threading.Event | None,
                on_context: ContextCallback, carried_on: bool = False,
                on_reasoning: TextCallback = lambda _: None) -> MessageRecord:
        prefix = reply.content if carried_on else ""
        # Thinking a reply carried on had already done, and for how long.
        earlier = (reply.reasoning or "") if carried_on else ""
        earlier_ms = (reply.thinking_ms or 0.0) if carried_on else 0.0
        pieces: list[str] = [prefix] if prefix else []
        last_save = started = time.monotonic()
        # A thinking model's output is split as it streams (engine/reasoning.py). A
        # reply carried on in its answer goes on as answer; one cut off while thinking
        # was prefilled with its thinking (ModelSession.build_prompt), so it goes on
        # inside the thinking.
        fmt = session.reasoning_for(params.think)
        if fmt is not None and prefix:
            fmt = None
        elif fmt is not None and earlier:
            fmt = replace(fmt, forced_open=True)
        splitter = ReasoningSplitter(fmt) if fmt is not None else None
        thought_for: float | None = None

        def deliver(reasoning: str, answer: str) -> None:
            nonlocal thought_for
            if reasoning:
                on_reasoning(reasoning)
            if answer:
                if thought_for is None and splitter is not None and splitter.reasoning:
                    thought_for = (time.monotonic() - started) * 1000
                pieces.append(answer)
                on_text(answer)

        def receive(piece: str) -> None:
            nonlocal last_save
            if splitter is None:
                deliver("", piece)
            else:
                part = splitter.feed(piece)
                deliver(part.reasoning, part.answer)
            now = time.monotonic()
            if now - last_save >= self.save_interval:
                self.repository.save_partial_reply(
                    reply.id, "".join(pieces),
                    # None: no thinking (yet), so none is stored; "" would read as some.
                    (earlier + splitter.reasoning) or None if splitter else None)
                last_save = now

        def reasoning() -> tuple[str | None, float | None]:
            if splitter is None:
                return None, None
            last = splitter.finish()
            deliver(last.reasoning, last.answer)
            if not splitter.reasoning and not earlier:
                return None, None
            # Cut off while thinking: it thought until the end.
            return earlier + splitter.reasoning, earlier_ms + (
                thought_for if thought_for is not None
                else (time.monotonic() - started) * 1000)

        try:
            result = session.generate([m for _, m in messages], params, receive, stop_event,
                                      conversation=reply.conversation_id)
        except LlamaDeskError as error:
            thought, thinking_ms = reasoning()
            # A vanished pool worker cut it off: "Continue" carries it on once the model
            # is loaded again (marked as a stop would be, not as a failure).
            ended = FinishReason.INTERRUPTED if isinstance(error, PoolWorkerLost) \
                else FinishReason.ERROR
            self.repository.finish_reply(
                reply.id, "".join(pieces), ReplyStats(ended.value,
                                                      reasoning=thought,
                                                      thinking_ms=thinking_ms))
            raise
        except BaseException:
            # A bug or KeyboardInterrupt: keep what was shown, marked as cut off.
            thought, thinking_ms = reasoning()
            self.repository.finish_reply(
                reply.id, "".join(pieces), ReplyStats(FinishReason.INTERRUPTED.value,
                                                      reasoning=thought,
                                                      thinking_ms=thinking_ms))
            raise
        thought, thinking_ms = reasoning()
        # The engine drops the oldest non-system messages first; name them by id.
        stored = [mid for mid, m in messages if m.role != "system" and mid is not None]
        on_context(ContextReport(reply.conversation_id, result.context_used, result.n_ctx,
                                 tuple(stored[:result.dropped_messages])))
        return self.repository.finish_reply(
            reply.id,
            prefix + result.text if splitter is None else "".join(pieces),
            ReplyStats(
                finish_reason=result.finish_reason,
                seed=result.seed,
                prompt_tokens=result.prompt_tokens,
                completion_tokens=result.completion_tokens,
                time_to_first_token_ms=result.time_to_first_token_ms,
                tokens_per_second=result.tokens_per_second,
                guessed_tokens=result.guessed_tokens or None,
                accepted_tokens=result.accepted_tokens if result.guessed_tokens else None,
                reasoning=thought,
                thinking_ms=thinking_ms,
            ),
        )
