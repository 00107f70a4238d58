"""`POST /v1/responses`: OpenAI's newer API (its Agents SDK and newer clients use it).

Text in and text out: ``input`` as a string or a list of messages (text parts),
``instructions`` as the system message, ``max_output_tokens``, ``temperature``,
``top_p``, ``stream`` with the Responses event sequence, and
``previous_response_id``: the conversation so far, kept in memory for the server's
life (the last MAX_KEPT responses; never written to disk). Tools join when the
tool-call work lands. The reply itself runs through the same path as
/v1/chat/completions (openai_api.OpenAiApi): queue, hang-up, limits, errors.
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
from llamadesk.server.requests import ApiError, read_json, system_fingerprint

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
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": body.get("stream", False), "model": body.get("model"),
            "truncation": body.get("truncation", "disabled")}
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
        self._keep(shape.id, wanted.messages, result.text)
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

    def _keep(self, response_id: str, messages: tuple[ChatMessage, ...], text: str) -> None:
        self._kept[response_id] = (*messages, ChatMessage("assistant", text))
        while len(self._kept) > MAX_KEPT:
            self._kept.popitem(last=False)

    async def _events(self, shape: _Shape, pieces: Any,
                      future: Future[list[GenerationResult]], stop: StopEvent,
                      initial: list[Any] | None,
                      messages: tuple[ChatMessage, ...]) -> AsyncIterator[bytes]:
        text: list[str] = []
        try:
            yield shape.event("response.created", {"response": shape.response(None)})
            yield shape.event("response.in_progress", {"response": shape.response(None)})
            yield shape.event("response.output_item.added", {
                "output_index": 0, "item": shape.message("", "in_progress")})
            yield shape.event("response.content_part.added", {
                "item_id": shape.message_id, "output_index": 0, "content_index": 0,
                "part": {"type": "output_text", "text": "", "annotations": []}})
            batches = [initial] if initial else []
            while True:
                for batch in batches:
                    for _index, piece, _finish, _logprob in batch:
                        if piece:
                            text.append(piece)
                            yield shape.event("response.output_text.delta", {
                                "item_id": shape.message_id, "output_index": 0,
                                "content_index": 0, "delta": piece, "logprobs": []})
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
            whole = "".join(text)
            self._keep(shape.id, messages, result.text)
            yield shape.event("response.output_text.done", {
                "item_id": shape.message_id, "output_index": 0, "content_index": 0,
                "text": whole, "logprobs": []})
            yield shape.event("response.content_part.done", {
                "item_id": shape.message_id, "output_index": 0, "content_index": 0,
                "part": {"type": "output_text", "text": whole, "annotations": []}})
            yield shape.event("response.output_item.done", {
                "output_index": 0, "item": shape.message(whole, "completed")})
            yield shape.event("response.completed", {"response": shape.response(result)})
        finally:
            stop.set()
            future.cancel()


def _input(body: Mapping[str, Any]) -> list[ChatMessage]:
    given = body.get("input")
    if isinstance(given, str):
        return [ChatMessage("user", given)]
    if not isinstance(given, list) or not given:
        raise ApiError(400, "'input' must be a string or a non-empty list of messages",
                       param="input")
    messages = []
    for index, item in enumerate(given):
        role = item.get("role") if isinstance(item, Mapping) else None
        if role not in ("user", "assistant", "system", "developer"):
            raise ApiError(400, f"input[{index}] must be a message with a role (only text "
                           "messages are supported)", param="input")
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
        messages.append(ChatMessage("system" if role == "developer" else role, content))
    return messages


class _Shape:
    """The Responses API's objects for one response."""

    def __init__(self, model: str, body: Mapping[str, Any], instructions: str | None,
                 fingerprint: str) -> None:
        self.id = "resp_" + uuid.uuid4().hex
        self.message_id = "msg_" + uuid.uuid4().hex
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
            shaped["output"] = [self.message(result.text, "completed")]
            shaped["usage"] = {
                "input_tokens": result.prompt_tokens,
                "input_tokens_details": {"cached_tokens": max(
                    0, result.prompt_tokens - result.evaluated_prompt_tokens)},
                "output_tokens": result.completion_tokens,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": result.prompt_tokens + result.completion_tokens}
        return shaped

    def event(self, kind: str, payload: dict[str, Any]) -> bytes:
        self._sequence += 1
        data = {"type": kind, "sequence_number": self._sequence, **payload}
        return (f"event: {kind}\n".encode() + b"data: "
                + json.dumps(data, ensure_ascii=False).encode() + b"\n\n")
