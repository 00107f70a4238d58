"""`POST /v1/responses`: OpenAI's newer API (its Agents SDK and newer clients use it).

Text in and text out: ``input`` as a string or a list of messages (text parts),
``instructions`` as the system message, ``max_output_tokens``, ``temperature``,
``top_p``, ``stream`` with the Responses event sequence, and
``previous_response_id``: the conversation so far, kept in memory for the server's
life (the last MAX_KEPT responses; never written to disk). A thinking model's
reasoning comes out as a ``reasoning`` item before the message (streamed as
``response.reasoning_text.delta``), goes back in as one, and ``reasoning.effort``
sets the template's switch. Tools join when the tool-call work lands. The reply
itself runs through the same path as /v1/chat/completions (openai_api.OpenAiApi):
queue, hang-up, limits, errors.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from llamadesk.engine.prompt import ChatMessage
from llamadesk.errors import LlamaDeskError
from llamadesk.server.api_error import ApiError
from llamadesk.server.choice_stream import Reasoning
from llamadesk.server.requests import read_json, system_fingerprint

if TYPE_CHECKING:
    from concurrent.futures import Future

    from llamadesk.engine.options import GenerationResult
    from llamadesk.engine.stop_event import StopEvent
    from llamadesk.server.requests import GenerationRequest


class ReplyRunner(Protocol):
    """What this route needs of openai_api.OpenAiApi (not imported: it imports this)."""

    async def read(self, body: object, *, chat: bool) -> GenerationRequest: ...

    async def model_for(self, wanted: str | None) -> str: ...

    async def start_stream(self, request: Request, wanted: GenerationRequest, model: str
                           ) -> tuple[Any, Future[list[GenerationResult]], StopEvent,
                                      list[Any] | None] | None: ...

    async def run_plain(self, request: Request, wanted: GenerationRequest, model: str
                        ) -> list[GenerationResult] | None: ...

# Responses kept for previous_response_id (in memory, oldest dropped first).
MAX_KEPT = 1000
_FINISH_STATUS = {"stop": "completed", "length": "incomplete", "cancelled": "incomplete"}


class ResponsesApi:
    def __init__(self, api: ReplyRunner) -> None:
        self.api = api
        self._kept: OrderedDict[str, tuple[ChatMessage, ...]] = OrderedDict()

    async def create(self, request: Request) -> Response:
        body = await read_json(request)
        if not isinstance(body, Mapping):
            raise ApiError(400, "The body must be a JSON object")
        if body.get("tools"):
            raise ApiError(400, "Tool calls are not supported by this server yet",
                           param="tools")
        history = self._history(body)
        instructions = body.get("instructions")
        if instructions is not None and not isinstance(instructions, str):
            raise ApiError(400, "'instructions' must be a string", param="instructions")
        # As OpenAI does: a previous response's instructions are not carried over.
        messages = ([ChatMessage("system", instructions)] if instructions else []) + [
            m for m in history if m.role != "system"] + _input(body)
        chat_body: dict[str, Any] = {
            "messages": [_chat_message(m) for m in messages],
            "stream": body.get("stream", False), "model": body.get("model"),
            "truncation": body.get("truncation", "disabled"), **_switch(body)}
        for theirs, ours in (("max_output_tokens", "max_tokens"), ("temperature",
                             "temperature"), ("top_p", "top_p"), ("seed", "seed")):
            if body.get(theirs) is not None:
                chat_body[ours] = body[theirs]
        wanted = await self.api.read(chat_body, chat=True)
        model = await self.api.model_for(wanted.model)
        shape = _Shape(model, body, instructions, system_fingerprint())
        if wanted.stream:
            started = await self.api.start_stream(request, wanted, model)
            if started is None:
                return Response(status_code=499)
            pieces, future, stop, taken = started
            return StreamingResponse(
                self._events(shape, pieces, future, stop, taken, wanted.messages),
                media_type="text/event-stream", headers={"cache-control": "no-cache"})
        results = await self.api.run_plain(request, wanted, model)
        if results is None:
            return Response(status_code=499)
        result = results[0]
        self._keep(shape.id, wanted.messages, result)
        return JSONResponse(shape.response(result))

    def _history(self, body: Mapping[str, Any]) -> tuple[ChatMessage, ...]:
        previous = body.get("previous_response_id")
        if previous is None:
            return ()
        if not isinstance(previous, str) or previous not in self._kept:
            raise ApiError(404, f"No response with id {previous!r} (this server keeps the "
                           f"last {MAX_KEPT} in memory, until it stops)",
                           code="previous_response_not_found", param="previous_response_id")
        return self._kept[previous]

    def _keep(self, response_id: str, messages: tuple[ChatMessage, ...],
              result: GenerationResult) -> None:
        self._kept[response_id] = (*messages, ChatMessage("assistant", result.text,
                                                          result.reasoning))
        while len(self._kept) > MAX_KEPT:
            self._kept.popitem(last=False)

    async def _events(self, shape: _Shape, pieces: Any,
                      future: Future[list[GenerationResult]], stop: StopEvent,
                      initial: list[Any] | None,
                      messages: tuple[ChatMessage, ...]) -> AsyncIterator[bytes]:
        items = _StreamedItems(shape)
        try:
            yield shape.event("response.created", {"response": shape.response(None)})
            yield shape.event("response.in_progress", {"response": shape.response(None)})
            batches = [initial] if initial else []
            while True:
                for batch in batches:
                    for _index, piece, _finish, _logprob in batch:
                        if isinstance(piece, Reasoning):
                            for event in items.reasoning(piece):
                                yield event
                        elif piece:
                            for event in items.answer(piece):
                                yield event
                if initial is None:
                    break
                taken = await pieces.take()
                if taken is None:
                    break
                batches = [taken]
            try:
                result = future.result()[0]
            except LlamaDeskError as error:
                yield shape.event("error", {"code": "server_error", "message": str(error),
                                            "param": None})
                return
            self._keep(shape.id, messages, result)
            for event in items.finish():
                yield event
            yield shape.event("response.completed", {"response": shape.response(result)})
        finally:
            stop.set()
            future.cancel()


class _StreamedItems:
    """The output items of one streamed response, opened and closed in order: the
    reasoning item (only if the model thinks), then the message. Each method returns
    the events to send."""

    def __init__(self, shape: _Shape) -> None:
        self.shape = shape
        self.thought: list[str] | None = None  # None until the model starts thinking
        self.thought_done = False
        self.said: list[str] | None = None  # None until the message is opened

    def reasoning(self, piece: str) -> list[bytes]:
        shape, events = self.shape, []
        if self.thought is None:
            self.thought = []
            events += [shape.event("response.output_item.added", {
                "output_index": 0, "item": shape.reasoning("", "in_progress")}),
                shape.event("response.content_part.added", {
                    "item_id": shape.reasoning_id, "output_index": 0, "content_index": 0,
                    "part": {"type": "reasoning_text", "text": ""}})]
        self.thought.append(piece)
        events.append(shape.event("response.reasoning_text.delta", {
            "item_id": shape.reasoning_id, "output_index": 0, "content_index": 0,
            "delta": piece}))
        return events

    def answer(self, piece: str) -> list[bytes]:
        events = self._open_message()
        assert self.said is not None
        self.said.append(piece)
        events.append(self.shape.event("response.output_text.delta", {
            "item_id": self.shape.message_id, "output_index": self._message_index,
            "content_index": 0, "delta": piece, "logprobs": []}))
        return events

    def finish(self) -> list[bytes]:
        shape, events = self.shape, self._open_message()
        whole, index = "".join(self.said or ()), self._message_index
        return events + [
            shape.event("response.output_text.done", {
                "item_id": shape.message_id, "output_index": index, "content_index": 0,
                "text": whole, "logprobs": []}),
            shape.event("response.content_part.done", {
                "item_id": shape.message_id, "output_index": index, "content_index": 0,
                "part": {"type": "output_text", "text": whole, "annotations": []}}),
            shape.event("response.output_item.done", {
                "output_index": index, "item": shape.message(whole, "completed")})]

    @property
    def _message_index(self) -> int:
        return 0 if self.thought is None else 1

    def _open_message(self) -> list[bytes]:
        """Closes the reasoning item, if any, and opens the message, once."""
        shape, events = self.shape, []
        if self.thought is not None and not self.thought_done:
            self.thought_done = True
            text = "".join(self.thought)
            events += [
                shape.event("response.reasoning_text.done", {
                    "item_id": shape.reasoning_id, "output_index": 0, "content_index": 0,
                    "text": text}),
                shape.event("response.content_part.done", {
                    "item_id": shape.reasoning_id, "output_index": 0, "content_index": 0,
                    "part": {"type": "reasoning_text", "text": text}}),
                shape.event("response.output_item.done", {
                    "output_index": 0, "item": shape.reasoning(text, "completed")})]
        if self.said is None:
            self.said = []
            events += [
                shape.event("response.output_item.added", {
                    "output_index": self._message_index,
                    "item": shape.message("", "in_progress")}),
                shape.event("response.content_part.added", {
                    "item_id": shape.message_id, "output_index": self._message_index,
                    "content_index": 0,
                    "part": {"type": "output_text", "text": "", "annotations": []}})]
        return events


def _chat_message(message: ChatMessage) -> dict[str, Any]:
    shaped = {"role": message.role, "content": message.content}
    if message.reasoning:
        shaped["reasoning_content"] = message.reasoning
    return shaped


def _switch(body: Mapping[str, Any]) -> dict[str, Any]:
    """``reasoning.effort`` as Chat Completions' switches: an effort for gpt-oss's
    templates; "none" turns thinking off where the template has a switch (Qwen3)."""
    reasoning = body.get("reasoning")
    if reasoning is None:
        return {}
    if not isinstance(reasoning, Mapping):
        raise ApiError(400, "'reasoning' must be an object", param="reasoning")
    effort = reasoning.get("effort")
    if effort is None:
        return {}
    if effort == "none":
        return {"chat_template_kwargs": {"enable_thinking": False}}
    if effort == "minimal":
        effort = "low"
    if effort not in ("low", "medium", "high"):
        raise ApiError(400, "'reasoning.effort' must be none, minimal, low, medium or high",
                       param="reasoning.effort")
    return {"reasoning_effort": effort}


def _input(body: Mapping[str, Any]) -> list[ChatMessage]:
    given = body.get("input")
    if isinstance(given, str):
        return [ChatMessage("user", given)]
    if not isinstance(given, list) or not given:
        raise ApiError(400, "'input' must be a string or a non-empty list of messages",
                       param="input")
    messages: list[ChatMessage] = []
    thought: str | None = None  # a reasoning item, waiting for its assistant message
    for index, item in enumerate(given):
        if isinstance(item, Mapping) and item.get("type") == "reasoning":
            thought = _reasoning_text(item, index)
            continue
        role = item.get("role") if isinstance(item, Mapping) else None
        if role not in ("user", "assistant", "system", "developer"):
            raise ApiError(400, f"input[{index}] must be a message with a role or a "
                           "reasoning item (tool calls are not supported yet)",
                           param="input")
        if thought is not None and role != "assistant":
            raise ApiError(400, f"input[{index - 1}]: a reasoning item must come just "
                           "before the assistant message it belongs to", param="input")
        content = item.get("content")
        if isinstance(content, list):
            texts = [part.get("text") for part in content if isinstance(part, Mapping)
                     and part.get("type") in ("input_text", "output_text", "text")]
            if len(texts) != len(content) or not all(isinstance(t, str) for t in texts):
                raise ApiError(400, f"input[{index}]: only text content is supported",
                               param="input")
            content = "\n".join(texts)  # type: ignore[arg-type]
        if not isinstance(content, str):
            raise ApiError(400, f"input[{index}].content must be text", param="input")
        messages.append(ChatMessage("system" if role == "developer" else role, content,
                                    thought))
        thought = None
    if thought is not None:
        raise ApiError(400, f"input[{len(given) - 1}]: a reasoning item must come just "
                       "before the assistant message it belongs to", param="input")
    return messages


def _reasoning_text(item: Mapping[str, Any], index: int) -> str:
    """The thinking a reasoning item carries back: its reasoning_text parts (what this
    server and gpt-oss servers send), else its summary's text."""
    for key, kind in (("content", "reasoning_text"), ("summary", "summary_text")):
        parts = item.get(key)
        if parts is None:
            continue
        if not isinstance(parts, list) or not all(
                isinstance(part, Mapping) and part.get("type") == kind
                and isinstance(part.get("text"), str) for part in parts):
            raise ApiError(400, f"input[{index}].{key} must be a list of {kind} parts",
                           param="input")
        if parts:
            return "\n".join(part["text"] for part in parts)
    return ""


class _Shape:
    """The Responses API's objects for one response."""

    def __init__(self, model: str, body: Mapping[str, Any], instructions: str | None,
                 fingerprint: str) -> None:
        self.id = "resp_" + uuid.uuid4().hex
        self.message_id = "msg_" + uuid.uuid4().hex
        self.reasoning_id = "rs_" + uuid.uuid4().hex
        self.model, self.created = model, int(time.time())
        self.instructions, self.fingerprint = instructions, fingerprint
        self.previous = body.get("previous_response_id")
        self.max_output_tokens = body.get("max_output_tokens")
        self.temperature, self.top_p = body.get("temperature"), body.get("top_p")
        self._sequence = 0

    def message(self, text: str, status: str) -> dict[str, Any]:
        return {"type": "message", "id": self.message_id, "status": status,
                "role": "assistant", "content": [] if status == "in_progress" else [
                    {"type": "output_text", "text": text, "annotations": []}]}

    def reasoning(self, text: str, status: str) -> dict[str, Any]:
        return {"type": "reasoning", "id": self.reasoning_id, "status": status,
                "summary": [], "content": [] if status == "in_progress" else [
                    {"type": "reasoning_text", "text": text}]}

    def response(self, result: GenerationResult | None) -> dict[str, Any]:
        status = "in_progress" if result is None else _FINISH_STATUS.get(
            result.finish_reason, "completed")
        shaped: dict[str, Any] = {
            "id": self.id, "object": "response", "created_at": self.created,
            "status": status, "model": self.model, "error": None,
            "incomplete_details": ({"reason": "max_output_tokens"}
                                   if result is not None and status == "incomplete" else None),
            "instructions": self.instructions, "max_output_tokens": self.max_output_tokens,
            "previous_response_id": self.previous, "temperature": self.temperature,
            "top_p": self.top_p, "parallel_tool_calls": False, "tool_choice": "none",
            "tools": [], "text": {"format": {"type": "text"}}, "truncation": "disabled",
            "metadata": {}, "output": [], "usage": None}
        if result is not None:
            shaped["output"] = ([self.reasoning(result.reasoning, "completed")]
                                if result.reasoning else []) + [
                self.message(result.text, "completed")]
            shaped["usage"] = {
                "input_tokens": result.prompt_tokens,
                "input_tokens_details": {"cached_tokens": max(
                    0, result.prompt_tokens - result.evaluated_prompt_tokens)},
                "output_tokens": result.completion_tokens,
                "output_tokens_details": {"reasoning_tokens": result.reasoning_tokens},
                "total_tokens": result.prompt_tokens + result.completion_tokens}
        return shaped

    def event(self, kind: str, payload: dict[str, Any]) -> bytes:
        self._sequence += 1
        data = {"type": kind, "sequence_number": self._sequence, **payload}
        return (f"event: {kind}\n".encode() + b"data: "
                + json.dumps(data, ensure_ascii=False).encode() + b"\n\n")
