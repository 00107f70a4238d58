"""OpenAI's endpoints over the model: /v1/models, /v1/chat/completions, /v1/completions, /health.

Starlette (with uvicorn) rather than hand-written HTTP: it frames Server-Sent
Events, notices a client that hangs up mid-stream (the reply is then stopped
as Stop stops it), and its CORS middleware is a well-trodden one. It is
imported only by `llamadesk serve`, and by the window once the server is on.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from llamadesk.engine.context_budget import ContextTooLong
from llamadesk.engine.grammars import GrammarError
from llamadesk.engine.schema_limits import SchemaLimitError
from llamadesk.engine.stop_event import StopEvent
from llamadesk.engine.tool_calls.formats import tool_family
from llamadesk.errors import LlamaDeskError
from llamadesk.server.api_error import ApiError
from llamadesk.server.choice_stream import (
    ChoiceStream,
    Reasoning,
    ToolCallPiece,
    tool_setup,
)
from llamadesk.server.engine_thread import API, Busy, Engine
from llamadesk.server.requests import (
    GenerationRequest,
    read_json,
    read_request,
    system_fingerprint,
)
from llamadesk.server.security import Gate

if TYPE_CHECKING:
    from llamadesk.engine.decoding import TokenLogprob
    from llamadesk.engine.options import GenerationResult, LoadOptions, SamplingParams
    from llamadesk.engine.session import ModelSession
    from llamadesk.models.manager import ModelManager
    from llamadesk.server.history import ApiHistory

log = logging.getLogger(__name__)

# The longest a request's JSON schema may take to become a grammar.
GRAMMAR_SECONDS = 5.0


@dataclass(frozen=True)
class ServerConfig:
    api_key: str
    host: str = "127.0.0.1"
    port: int = 8080
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 4 * 1024 * 1024
    # A request naming an installed model that is not loaded loads it (serve: yes;
    # the window: no, it would swap the user's model under them).
    load_on_request: bool = True


class OpenAiApi:
    """The routes' state: the engine, the installed models, the defaults."""

    def __init__(self, engine: Engine, manager: ModelManager,
                 defaults: Callable[[], SamplingParams], config: ServerConfig,
                 load_options: Callable[[Path], LoadOptions] | None = None,
                 history: ApiHistory | None = None) -> None:
        """``load_options``: how to load a model a request names (load_on_request);
        ``history``: where chats are kept, when the user wants them kept."""
        self.engine, self.manager, self.config = engine, manager, config
        self.defaults, self.load_options, self.history = defaults, load_options, history
        self._loading = asyncio.Lock()

    # -- models ------------------------------------------------------------------

    def loaded_id(self) -> str | None:
        path = self.engine.model_path
        if path is None:
            return None
        for model in self.manager.registry.all():
            if Path(model.path) == path:
                return model.id
        return path.stem

    async def models(self, _request: Request) -> Response:
        loaded = self.loaded_id()
        ids = [m.id for m in self.manager.registry.all() if m.id != loaded]
        data = [{"id": ident, "object": "model", "created": 0, "owned_by": "llamadesk"}
                for ident in ([loaded] if loaded else []) + ids]
        return JSONResponse({"object": "list", "data": data})

    async def health(self, _request: Request) -> Response:
        return JSONResponse({"status": "ok", "model_loaded": self.engine.model is not None})

    async def model_for(self, wanted: str | None) -> str:
        """The id the reply names; loads an installed model when allowed."""
        loaded = self.loaded_id()
        if wanted is None or wanted == loaded:
            if loaded is None:
                raise ApiError(503, "No model is loaded.", "server_error", "model_not_loaded")
            return loaded
        installed = {m.id: Path(m.path) for m in self.manager.registry.all()}
        if wanted not in installed:
            raise ApiError(404, f"The model '{wanted}' is not installed.",
                           "invalid_request_error", "model_not_found", "model")
        if not self.config.load_on_request or self.load_options is None:
            raise ApiError(409, f"The model '{wanted}' is installed but not loaded; "
                           f"'{loaded}' is.", "invalid_request_error", "model_not_loaded",
                           "model")
        async with self._loading:
            if self.loaded_id() != wanted:
                path = installed[wanted]
                await asyncio.wrap_future(self.engine.load(path, self.load_options(path)))
        return wanted

    # -- generation ----------------------------------------------------------------

    async def chat_completions(self, request: Request) -> Response:
        return await self._generate(request, chat=True)

    async def completions(self, request: Request) -> Response:
        return await self._generate(request, chat=False)

    async def _generate(self, request: Request, *, chat: bool) -> Response:
        wanted = await self.read(await read_json(request), chat=chat)
        model = await self.model_for(wanted.model)
        loaded = self.engine.model
        if wanted.tools.active and loaded is not None \
                and tool_family(loaded.facts.chat_template) is None:
            raise ApiError(400, f"The model '{model}' cannot call tools: its chat template "
                           "shows no tool calls. Send the request without 'tools', or "
                           "use a model made for them (Qwen, Llama 3.1, Mistral...).",
                           param="tools")
        reply = _Reply(chat, model, wanted.include_usage, wanted.params.logprobs is not None)
        if wanted.stream:
            started = await self.start_stream(request, wanted, model)
            if started is None:
                return Response(status_code=499)  # nobody reads it
            pieces, future, stop, taken = started
            return StreamingResponse(reply.events(pieces, wanted, stop, future, taken),
                                     media_type="text/event-stream",
                                     headers={"cache-control": "no-cache"})
        results = await self.run_plain(request, wanted, model)
        if results is None:
            return Response(status_code=499)  # nobody reads it
        return JSONResponse(reply.whole(results))

    async def read(self, body: object, *, chat: bool) -> GenerationRequest:
        """The request, off the event loop and with a time cap: a JSON schema becomes
        a grammar here, and within the limits (engine/schema_limits.py) that still
        takes a while."""
        defaults = self.defaults()
        try:
            return await asyncio.wait_for(asyncio.to_thread(
                read_request, body, defaults, chat=chat), GRAMMAR_SECONDS)
        except asyncio.TimeoutError:
            raise ApiError(400, f"The JSON schema took over {GRAMMAR_SECONDS:g} s to turn "
                           "into a grammar; simplify it.", param="response_format") from None

    async def start_stream(self, request: Request, wanted: GenerationRequest, model: str
                           ) -> tuple[_Pieces, Future[list[GenerationResult]], StopEvent,
                                      list[Piece] | None] | None:
        """The job queued and its first pieces taken; None if the client hung up first.

        The status goes out with the first chunk: so a prompt that cannot fit (or a
        grammar llama.cpp refuses) is a 400 before any, as OpenAI's is."""
        stop = StopEvent()
        pieces = _Pieces(asyncio.get_running_loop())
        future = self._submit(wanted, model, pieces.put, stop)
        future.add_done_callback(lambda _done: pieces.end())
        first = asyncio.ensure_future(pieces.take())
        hung_up = asyncio.ensure_future(_disconnected(request))
        either: set[asyncio.Future[Any]] = {first, hung_up}
        await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        hung_up.cancel()
        if not first.done():
            stop.set()
            future.cancel()
            first.cancel()
            return None
        taken = first.result()
        if taken is None and future.done() and not future.cancelled():
            failure = future.exception()
            if isinstance(failure, LlamaDeskError):
                raise failure
        return pieces, future, stop, taken

    async def run_plain(self, request: Request, wanted: GenerationRequest, model: str
                        ) -> list[GenerationResult] | None:
        """The whole reply; None if the client hung up first.

        Nothing tells a plain (not streamed) handler that its client hung up: the
        request's receive channel does ("http.disconnect"), so it is watched beside
        the reply, and a hang-up stops the reply or takes the job out of the queue."""
        stop = StopEvent()
        future = self._submit(wanted, model, lambda _index, _text, _finish, _lp: None, stop)
        hung_up = asyncio.ensure_future(_disconnected(request))
        replied = asyncio.wrap_future(future)
        try:
            either: set[asyncio.Future[Any]] = {hung_up, replied}
            await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
            if not replied.done():
                log.info("An API client hung up before its reply: stopped")
                stop.set()
                future.cancel()  # still queued: its place is free at once
                with contextlib.suppress(BaseException):
                    await replied
                return None
            return replied.result()
        finally:
            stop.set()  # the client gone (cancelled) or the reply done: nothing runs on
            hung_up.cancel()

    def _submit(self, wanted: GenerationRequest, model: str,
                on_piece: Callable[[int, str | None, str | None, TokenLogprob | None], None],
                stop: StopEvent) -> Future[list[GenerationResult]]:
        history = self.history

        def work(session: ModelSession) -> list[GenerationResult]:
            if not wanted.truncate:
                refuse_what_cannot_fit(session, wanted)
            # n choices, one after another, seeded seed, seed + 1... (OpenAI's n).
            seed = wanted.params.seed
            if seed is None:
                seed = secrets.randbits(31)
            results: list[GenerationResult] = []
            # A thinking model's reasoning goes out as reasoning_content (llama.cpp's
            # reasoning_format "auto"), unless the request asked for it inline.
            fmt = session.reasoning_for(wanted.params.think) \
                if wanted.prompt is None and wanted.split_reasoning else None
            tools = tool_setup(session, wanted)
            base = tools.params(wanted.params) if tools else wanted.params
            for index in range(wanted.n):
                params = replace(base, seed=(seed + index) % 2**31)
                choice = ChoiceStream(index, on_piece, fmt, tools.stream() if tools else None)

                def on_logprob(logprob: TokenLogprob, index: int = index) -> None:
                    on_piece(index, None, None, logprob)

                if wanted.prompt is not None:
                    result = session.complete(wanted.prompt, params, choice.on_text, stop,
                                              on_logprob=on_logprob)
                else:
                    result = session.generate(list(wanted.messages), params, choice.on_text,
                                              stop, on_logprob=on_logprob,
                                              tools=tools.tools if tools else None)
                result = choice.finish(session, result)
                on_piece(index, None, result.finish_reason, None)
                results.append(result)
                if stop.is_set():
                    break
            first = results[0]
            if history is not None and wanted.prompt is None and first.text:
                try:  # on the model's thread, as the window's own replies are saved
                    history.record(wanted.messages, first, model, wanted.params)
                except LlamaDeskError as error:  # a full disk: the reply still goes out
                    log.warning("An API chat was not kept: %s", error)
            return results

        try:
            return self.engine.submit(work, priority=API)
        except Busy as error:
            raise ApiError(503, str(error), "server_error", "busy",
                           retry_after=error.retry_after) from None


async def _disconnected(request: Request) -> None:
    """Returns when the client has hung up (the body is already read)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


def refuse_what_cannot_fit(session: ModelSession, wanted: GenerationRequest) -> None:
    """ContextTooLong where the app would trim: OpenAI's clients expect a 400
    context_length_exceeded, not an answer to a conversation they did not send."""
    from llamadesk.engine.context_budget import too_long
    from llamadesk.engine.vision import cannot_see

    if session.info.projector is None and any(m.images for m in wanted.messages):
        raise ApiError(400, str(cannot_see(session.info)), param="messages")
    reserve, n_ctx = session.reply_reserve(wanted.params), session.info.n_ctx
    if wanted.prompt is not None:
        used = len(session._llama.tokenize(  # noqa: SLF001 - the engine's own tokenizer
            wanted.prompt.encode("utf-8"), add_bos=True, special=False))
        if used > n_ctx - min(reserve, n_ctx // 2):
            raise too_long(used, n_ctx, reserve)
        return
    fitted = session.fit(list(wanted.messages), reserve)  # raises if the newest can't
    if fitted.dropped:
        # The oldest turns after the system prompt are the ones the fit left out.
        start = 1 if wanted.messages[0].role == "system" else 0
        left_out = wanted.messages[start:start + fitted.dropped]
        used = fitted.prompt_tokens + sum(session.message_tokens(m) for m in left_out)
        raise too_long(used, n_ctx, reserve)


# (choice index, text, finish reason, TokenLogprob): one of the last three is set.
Piece = tuple[int, "str | None", "str | None", "TokenLogprob | None"]


class _Pieces:
    """The reply's text, from the engine's thread to the event loop. Pieces gather
    while the loop is busy and go out in one write: the loop is woken once per
    batch, not once per token, so the server keeps up with the model on a small
    machine. Each piece is still its own SSE event, as clients expect."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lock = threading.Lock()
        # Pieces of text, each choice's end (n > 1 writes its choices one after another)
        # and, when asked for, each token's log-probability: Piece.
        self._pending: list[Piece] = []
        self._ended = False
        self._woken = False
        self._ready = asyncio.Event()

    def put(self, index: int, text: str | None, finish: str | None = None,
            logprob: TokenLogprob | None = None) -> None:
        """On the engine's thread."""
        with self._lock:
            self._pending.append((index, text, finish, logprob))
            if self._woken:
                return
            self._woken = True
        self._loop.call_soon_threadsafe(self._wake)

    def end(self) -> None:
        """On the engine's thread (or any): no more pieces."""
        with self._lock:
            self._ended = True
            if self._woken:
                return
            self._woken = True
        self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        with self._lock:
            self._woken = False
        self._ready.set()

    async def take(self) -> list[Piece] | None:
        """The pieces that came since the last call; None once the reply has ended."""
        while True:
            self._ready.clear()  # the loop runs one thing at a time: no wake is lost
            with self._lock:
                if self._pending:
                    taken, self._pending = self._pending, []
                    return taken
                if self._ended:
                    return None
            await self._ready.wait()


def context_error(error: ContextTooLong) -> ApiError:
    return ApiError(400, f"This model's maximum context length is {error.n_ctx} tokens, "
                    f"with {error.reserve} kept for the reply; the messages need "
                    f"{error.used} tokens. Shorten them, or send \"truncation\": \"auto\" "
                    "to let LlamaDesk leave the oldest turns out.",
                    code="context_length_exceeded", param="messages")


class _Reply:
    """OpenAI's reply shapes, whole or as chunks."""

    def __init__(self, chat: bool, model: str, include_usage: bool = False,
                 logprobs: bool = False) -> None:
        self.chat, self.model = chat, model
        self.logprobs = logprobs
        self.id = ("chatcmpl-" if chat else "cmpl-") + uuid.uuid4().hex
        self.created = int(time.time())
        # OpenAI sends "usage": null on every chunk but the last when it was asked for.
        self.include_usage = include_usage

    def _envelope(self, chunk: bool) -> dict[str, Any]:
        kind = "chat.completion" if self.chat else "text_completion"
        envelope = {"id": self.id, "object": kind + (".chunk" if chunk and self.chat else ""),
                    "created": self.created, "model": self.model,
                    "system_fingerprint": system_fingerprint()}
        if chunk and self.include_usage:
            envelope["usage"] = None
        return envelope

    @staticmethod
    def usage(results: list[GenerationResult]) -> dict[str, Any]:
        """The prompt once (it is read once and kept), every choice's tokens."""
        prompt = results[0].prompt_tokens
        completion = sum(r.completion_tokens for r in results)
        usage: dict[str, Any] = {"prompt_tokens": prompt, "completion_tokens": completion,
                                 "total_tokens": prompt + completion}
        thought = sum(r.reasoning_tokens for r in results)
        if thought:  # as OpenAI counts a reasoning model's thinking within its completion
            usage["completion_tokens_details"] = {"reasoning_tokens": thought}
        return usage

    def _choice(self, text: str | None, finish: str | None, *, chunk: bool,
                index: int = 0, logprobs: Sequence[TokenLogprob] | None = None
                ) -> dict[str, Any]:
        shaped = None if logprobs is None else self._logprobs(logprobs)
        if not self.chat:
            return {"index": index, "text": text or "", "logprobs": shaped,
                    "finish_reason": finish}
        if chunk:
            delta: dict[str, Any] = {} if text is None else {"content": text}
            return {"index": index, "delta": delta, "logprobs": shaped,
                    "finish_reason": finish}
        return {"index": index, "message": {"role": "assistant", "content": text},
                "logprobs": shaped, "finish_reason": finish}

    def _reasoned(self, choice: dict[str, Any], result: GenerationResult) -> dict[str, Any]:
        message = choice["message"]
        if result.reasoning:
            message["reasoning_content"] = result.reasoning
        if result.tool_calls:  # never an empty list: clients take one as a call to make
            message["tool_calls"] = [
                {"id": call.id, "type": "function",
                 "function": {"name": call.name, "arguments": call.arguments}}
                for call in result.tool_calls]
            message["content"] = message["content"] or None
        return choice

    def _logprobs(self, tokens: Sequence[TokenLogprob]) -> dict[str, Any]:
        """OpenAI's two shapes: chat's list of tokens, completions' parallel lists."""
        def text(raw: bytes) -> str:
            return raw.decode("utf-8", "replace")

        if self.chat:
            return {"content": [
                {"token": text(t.token), "logprob": t.logprob, "bytes": list(t.token),
                 "top_logprobs": [{"token": text(b), "logprob": lp, "bytes": list(b)}
                                  for b, lp in t.top]} for t in tokens], "refusal": None}
        offsets, at = [], 0
        for t in tokens:
            offsets.append(at)
            at += len(text(t.token))
        return {"tokens": [text(t.token) for t in tokens],
                "token_logprobs": [t.logprob for t in tokens],
                "top_logprobs": [{text(b): lp for b, lp in t.top} for t in tokens],
                "text_offset": offsets}

    def whole(self, results: list[GenerationResult]) -> dict[str, Any]:
        return {**self._envelope(False),
                "choices": [self._reasoned(self._choice(
                    r.text, r.finish_reason, chunk=False, index=i,
                    logprobs=r.logprobs if self.logprobs else None), r)
                    if self.chat else self._choice(
                    r.text, r.finish_reason, chunk=False, index=i,
                    logprobs=r.logprobs if self.logprobs else None)
                    for i, r in enumerate(results)],
                "usage": self.usage(results)}

    def _event(self, payload: dict[str, Any]) -> bytes:
        return b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n"

    def _text_events(self, index: int) -> tuple[bytes, bytes]:
        """What comes before and after a piece's JSON string, made once per choice."""
        marker = "\x00piece\x00"
        whole = json.dumps({**self._envelope(True), "choices": [
            self._choice(marker, None, chunk=True, index=index)]}, ensure_ascii=False)
        before, after = whole.split(json.dumps(marker, ensure_ascii=False))
        return b"data: " + before.encode(), after.encode() + b"\n\n"

    def _chunks(self, taken: list[Piece], frames: dict[int, tuple[bytes, bytes]],
                held: dict[int, list[TokenLogprob]]) -> bytes:
        """SSE events for ``taken``. A token's log-probability goes out with the next
        piece of its choice (or its finish), which holds that token's text."""
        out: list[bytes] = []
        for index, text, finish, logprob in taken:
            if logprob is not None:
                held.setdefault(index, []).append(logprob)
            elif isinstance(text, ToolCallPiece):
                out.append(self._event({**self._envelope(True), "choices": [{
                    "index": index, "delta": {"tool_calls": [_call_delta(text)]},
                    "logprobs": None, "finish_reason": None}]}))
            elif isinstance(text, Reasoning):
                out.append(self._event({**self._envelope(True), "choices": [{
                    "index": index, "delta": {"reasoning_content": str(text)},
                    "logprobs": None, "finish_reason": None}]}))
            elif text is not None and not held.get(index):
                if index not in frames:
                    frames[index] = self._text_events(index)
                before, after = frames[index]
                out.append(before + json.dumps(text, ensure_ascii=False).encode() + after)
            else:
                tokens = held.pop(index, None)
                out.append(self._event({**self._envelope(True), "choices": [
                    self._choice(text, finish, chunk=True, index=index,
                                 logprobs=tokens if self.logprobs else None)]}))
        return b"".join(out)

    async def events(self, pieces: _Pieces, wanted: GenerationRequest,
                     stop: StopEvent, future: Future[list[GenerationResult]],
                     initial: list[Piece] | None = None) -> AsyncIterator[bytes]:
        """``initial``: the pieces already taken (the handler waits for them)."""
        try:
            if self.chat:
                yield b"".join(self._event({**self._envelope(True), "choices": [{
                    "index": index, "delta": {"role": "assistant", "content": ""},
                    "logprobs": None, "finish_reason": None}]}) for index in range(wanted.n))
            frames: dict[int, tuple[bytes, bytes]] = {}
            held: dict[int, list[TokenLogprob]] = {}
            if initial:
                yield self._chunks(initial, frames, held)
            while initial is not None and (taken := await pieces.take()) is not None:
                yield self._chunks(taken, frames, held)
            try:
                results = future.result()
            except Exception as error:  # noqa: BLE001 - the stream has begun: said in it
                if not isinstance(error, LlamaDeskError):
                    log.exception("An API reply failed")
                yield self._event(ApiError(500, str(error), "server_error").body())
                yield b"data: [DONE]\n\n"
                return
            if wanted.include_usage:
                yield self._event({**self._envelope(True), "choices": [],
                                   "usage": self.usage(results)})
            yield b"data: [DONE]\n\n"
        finally:
            # Also when the client hangs up: Starlette cancels this generator, and
            # the reply stops between two tokens (or inside a long prompt).
            stop.set()
            future.cancel()


def _call_delta(piece: ToolCallPiece) -> dict[str, Any]:
    """OpenAI's delta.tool_calls item: the id, type and name with the first, then
    only the index and the next piece of the arguments."""
    news = piece.news
    if news.name is None:
        return {"index": news.index, "function": {"arguments": news.arguments}}
    return {"index": news.index, "id": news.id, "type": "function",
            "function": {"name": news.name, "arguments": news.arguments}}


def create_app(api: OpenAiApi) -> Starlette:
    from llamadesk.server.responses_api import ResponsesApi

    async def api_error(_request: Request, error: Exception) -> Response:
        assert isinstance(error, ApiError)
        headers = {"retry-after": str(error.retry_after)} if error.status == 503 else None
        return JSONResponse(error.body(), status_code=error.status, headers=headers)

    async def engine_error(_request: Request, error: Exception) -> Response:
        if isinstance(error, ContextTooLong):
            return JSONResponse(context_error(error).body(), status_code=400)
        if isinstance(error, (GrammarError, SchemaLimitError)):
            # What the client sent: a schema llama.cpp could not take (a response
            # format's, or a tool's).
            return JSONResponse(ApiError(400, str(error), param="response_format").body(),
                                status_code=400)
        return JSONResponse(ApiError(500, str(error), "server_error").body(), status_code=500)

    async def http_error(_request: Request, error: Exception) -> Response:
        # Unknown routes and methods, in OpenAI's shape rather than Starlette's text.
        assert isinstance(error, HTTPException)
        kind = "not_found_error" if error.status_code == 404 else "invalid_request_error"
        return JSONResponse(ApiError(error.status_code, str(error.detail), kind).body(),
                            status_code=error.status_code, headers=error.headers)

    async def bug(request: Request, error: Exception) -> Response:
        # A real bug, and only that, is a 500: logged with its traceback.
        log.error("API request %s %s failed", request.method, request.url.path,
                  exc_info=error)
        return JSONResponse(ApiError(500, "LlamaDesk hit a bug; it is in the log.",
                                     "server_error").body(), status_code=500)

    config = api.config
    return Starlette(
        routes=[Route("/health", api.health),
                Route("/v1/models", api.models),
                Route("/v1/chat/completions", api.chat_completions, methods=["POST"]),
                Route("/v1/completions", api.completions, methods=["POST"]),
                Route("/v1/responses", ResponsesApi(api).create, methods=["POST"])],
        middleware=[
            # Outermost: a preflight is answered (or refused) before the key is asked.
            Middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                       allow_methods=["GET", "POST"],
                       allow_headers=["authorization", "content-type"]),
            Middleware(Gate, api_key=config.api_key, max_body_bytes=config.max_body_bytes),
        ],
        exception_handlers={ApiError: api_error, LlamaDeskError: engine_error,
                            HTTPException: http_error, Exception: bug})
