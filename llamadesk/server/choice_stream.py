"""One choice of an API reply on its way out: a thinking model's reasoning split off
(engine/reasoning.py) and the model's tool calls found (engine/tool_calls), as the
text streams, into the pieces the reply's shapes are made of."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.reasoning import ReasoningFormat, ReasoningSplitter
from llamadesk.engine.tool_calls.setup import ToolSetup
from llamadesk.engine.tool_calls.stream import CallNews, StreamDelta, ToolCallStream

if TYPE_CHECKING:
    from llamadesk.engine.options import GenerationResult
    from llamadesk.engine.session import ModelSession
    from llamadesk.server.requests import GenerationRequest

log = logging.getLogger(__name__)

# (choice index, text or None, finish reason or None, token logprob or None)
OnPiece = Callable[[int, Any, "str | None", Any], None]


class Reasoning(str):
    """A piece of a thinking model's reasoning, on its way to the client: sent as
    delta.reasoning_content (Chat Completions) or response.reasoning_text.delta (the
    Responses API), apart from the answer."""


class ToolCallPiece(str):
    """News of a tool call (a CallNews): its id and name once, then pieces of its
    arguments, which are this string's text."""

    news: CallNews

    def __new__(cls, news: CallNews) -> ToolCallPiece:
        made = super().__new__(cls, news.arguments)
        made.news = news
        return made


class ChoiceStream:
    def __init__(self, index: int, on_piece: OnPiece, fmt: ReasoningFormat | None,
                 tools: ToolCallStream | None) -> None:
        self.index, self.on_piece = index, on_piece
        self.splitter = ReasoningSplitter(fmt) if fmt is not None else None
        self.tools = tools

    def on_text(self, text: str) -> None:
        if self.splitter is None:
            self._answer(text)
            return
        part = self.splitter.feed(text)
        self._thought(part.reasoning)
        self._answer(part.answer)

    def finish(self, session: ModelSession, result: GenerationResult) -> GenerationResult:
        """Whatever was held back goes out; the result as the client sees it."""
        if self.splitter is not None:
            last = self.splitter.finish()
            self._thought(last.reasoning)
            self._answer(last.answer)
        if self.tools is not None:
            self._send(self.tools.finish())
            if self.tools.note:
                log.info("Output that looked like a tool call was sent as text: %s",
                         self.tools.note)
            answer, thought = self.tools.content, self.tools.reasoning
            calls = tuple(c for c in self.tools.calls if c.done)
        else:
            answer = self.splitter.answer if self.splitter is not None else result.text
            thought = self.splitter.reasoning if self.splitter is not None else ""
            calls = ()
        finish = "tool_calls" if calls and result.finish_reason == "stop" \
            else result.finish_reason
        return replace(result, text=answer, reasoning=thought or None, tool_calls=calls,
                       finish_reason=finish,
                       reasoning_tokens=session.message_tokens(
                           ChatMessage("assistant", thought)) if thought else 0)

    def _thought(self, text: str) -> None:
        if not text:
            return
        if self.tools is None:
            self.on_piece(self.index, Reasoning(text), None, None)
        else:
            self._send(self.tools.feed(text, reasoning=True))

    def _answer(self, text: str) -> None:
        if not text:
            return
        if self.tools is None:
            self.on_piece(self.index, text, None, None)
        else:
            self._send(self.tools.feed(text))

    def _send(self, delta: StreamDelta) -> None:
        if delta.reasoning:
            self.on_piece(self.index, Reasoning(delta.reasoning), None, None)
        if delta.content:
            self.on_piece(self.index, delta.content, None, None)
        for news in delta.calls:
            self.on_piece(self.index, ToolCallPiece(news), None, None)


def tool_setup(session: ModelSession, wanted: GenerationRequest) -> ToolSetup | None:
    """The request's tools on the model loaded now; None when it has none to use."""
    if wanted.prompt is not None or not wanted.tools.active:
        return None
    return ToolSetup.for_session(session, wanted.tools.tools, choice=wanted.tools.choice,
                                 parallel=wanted.tools.parallel, think=wanted.params.think)
