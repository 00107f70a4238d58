"""OpenAI's request bodies read into the engine's terms, with every value checked.

A value out of range, of the wrong type, or a feature the engine lacks is an
ApiError with OpenAI's error shape, never a traceback.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from llamadesk.engine.images import ImageError, ImageInput, read_image
from llamadesk.engine.options import SamplingParams
from llamadesk.engine.prompt import ChatMessage
from llamadesk.server.api_error import ApiError
from llamadesk.server.tool_requests import ToolRequest, read_message_calls, read_tools

if TYPE_CHECKING:
    from starlette.requests import Request

# OpenAI allows up to four stop strings.
MAX_STOP = 4
# The longest a request's body may take to arrive once its head has (a client that
# sends half a body holds a connection; server/connections.py bounds the head).
BODY_SECONDS = 30.0
# Choices per request (n): written one after another, each a whole reply's time.
MAX_CHOICES = 8
ROLES = ("system", "user", "assistant", "developer", "tool")


@dataclass(frozen=True)
class GenerationRequest:
    model: str | None
    params: SamplingParams
    stream: bool
    include_usage: bool
    messages: tuple[ChatMessage, ...] = ()  # /v1/chat/completions
    prompt: str | None = None  # /v1/completions
    # LlamaDesk's extension, named after the Responses API's field: "auto" lets the
    # oldest turns (or the prompt's beginning) leave what cannot fit; by default a
    # prompt that cannot fit is refused, as OpenAI refuses it.
    truncate: bool = False
    n: int = 1
    # llama.cpp server's reasoning_format: "auto" puts a thinking model's reasoning in
    # reasoning_content; "none" leaves it inline in content, tags and all.
    split_reasoning: bool = True
    tools: ToolRequest = ToolRequest()


def _number(body: Mapping[str, Any], key: str, low: float, high: float) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not low <= value <= high:
        raise ApiError(400, f"'{key}' must be a number from {low:g} to {high:g}", param=key)
    return float(value)


def _whole(body: Mapping[str, Any], key: str, low: int, high: int) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ApiError(400, f"'{key}' must be a whole number from {low} to {high}", param=key)
    return value


def _stop(body: Mapping[str, Any]) -> tuple[str, ...]:
    stop = body.get("stop")
    if stop is None:
        return ()
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or len(stops) > MAX_STOP \
            or not all(isinstance(s, str) and s for s in stops):
        raise ApiError(400, "'stop' must be a string or a list of up to 4 strings",
                       param="stop")
    return tuple(_text(s, "stop") for s in stops)


def _logit_bias(body: Mapping[str, Any]) -> tuple[tuple[int, float], ...]:
    """OpenAI's {"token id": bias from -100 to 100}; -100 bans the token."""
    bias = body.get("logit_bias")
    if bias is None:
        return ()
    problem = ApiError(400, "'logit_bias' must map token ids to numbers from -100 to 100",
                       param="logit_bias")
    if not isinstance(bias, Mapping) or len(bias) > 1024:
        raise problem
    pairs = []
    for token, value in bias.items():
        # isascii: "²".isdigit() is true, and int("²") fails.
        if not (str(token).isascii() and str(token).isdigit()) or isinstance(value, bool) \
                or not isinstance(value, (int, float)) or not -100 <= value <= 100:
            raise problem
        pairs.append((int(token), float("-inf") if value <= -100 else float(value)))
    return tuple(sorted(pairs))


def _grammar(body: Mapping[str, Any]) -> str | None:
    from llamadesk.engine.grammars import GrammarError, json_object_grammar, json_schema_grammar
    from llamadesk.engine.schema_limits import SchemaLimitError

    fmt = body.get("response_format")
    if fmt is None:
        return None
    kind = fmt.get("type") if isinstance(fmt, Mapping) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return json_object_grammar()
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, Mapping) else None
        if not isinstance(schema, Mapping):
            raise ApiError(400, "'response_format.json_schema.schema' must be an object",
                           param="response_format")
        try:
            return json_schema_grammar(schema)
        except (GrammarError, SchemaLimitError) as error:
            raise ApiError(400, str(error), param="response_format") from None
    raise ApiError(400, "'response_format.type' must be text, json_object or json_schema",
                   param="response_format")


def _text(value: str, where: str) -> str:
    """``value``, if it can be written as UTF-8: JSON may carry a lone surrogate
    ("\\ud800"), which no tokenizer takes."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, f"{where} holds an unpaired surrogate (not valid Unicode)",
                       param=where.split("[")[0].split(".")[0]) from None
    return value


def _content(message: Mapping[str, Any], index: int) -> tuple[str, tuple[ImageInput, ...]]:
    text, images = _content_parts(message, index)
    return _text(text, f"messages[{index}].content"), images


def _content_parts(message: Mapping[str, Any], index: int
                   ) -> tuple[str, tuple[ImageInput, ...]]:
    content = message.get("content")
    if isinstance(content, str):
        return content, ()
    if isinstance(content, list):  # [{"type": "text", "text": ...}, {"type": "image_url"...
        texts, images = [], []
        for number, part in enumerate(content):
            if isinstance(part, Mapping) and part.get("type") == "image_url":
                images.append(_image(part.get("image_url"),
                                     f"messages[{index}].content[{number}]"))
                continue
            if not isinstance(part, Mapping) or part.get("type") != "text" \
                    or not isinstance(part.get("text"), str):
                raise ApiError(400, f"messages[{index}]: only text and image_url content "
                               "is supported", param="messages")
            texts.append(part["text"])
        if images and message.get("role") != "user":
            raise ApiError(400, f"messages[{index}]: images go in user messages",
                           param="messages")
        # Joined with a line break, as llama.cpp joins them ("What is" + "the best
        # book" read "What isthe best book").
        return "\n".join(texts), tuple(images)
    if content is None and message.get("role") in ("assistant", "tool"):
        return "", ()
    raise ApiError(400, f"messages[{index}].content must be text", param="messages")


_DATA_URL = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(;[^,;]*)*?);base64,",
                       re.IGNORECASE)


def _image(value: object, where: str) -> ImageInput:
    """An image_url part: a data: URL only. The server is offline by design, so a
    URL it would have to fetch is refused, never followed."""
    url = value.get("url") if isinstance(value, Mapping) else value
    if not isinstance(url, str):
        raise ApiError(400, f"{where}.image_url must have a url", param="messages")
    match = _DATA_URL.match(url)
    if match is None:
        raise ApiError(400, f"{where}: only data: URLs (base64) are taken; LlamaDesk's "
                       "server reaches no network, so it fetches no image from a URL",
                       param="messages")
    try:
        data = base64.b64decode(url[match.end():], validate=True)
    except ValueError:
        raise ApiError(400, f"{where}: the data: URL is not valid base64",
                       param="messages") from None
    try:
        return read_image(data, f"The image in {where}")
    except ImageError as error:
        raise ApiError(400, str(error), param="messages") from None


def _messages(body: Mapping[str, Any]) -> tuple[ChatMessage, ...]:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "'messages' must be a non-empty list", param="messages")
    read = []
    for index, message in enumerate(messages):
        role = message.get("role") if isinstance(message, Mapping) else None
        if role not in ROLES:
            raise ApiError(400, f"messages[{index}].role must be one of "
                           "system, developer, user, assistant, tool", param="messages")
        assert isinstance(message, Mapping)
        # "developer" is OpenAI's newer name for the system message.
        reasoning = message.get("reasoning_content")
        if reasoning is not None and (role != "assistant" or not isinstance(reasoning, str)):
            raise ApiError(400, f"messages[{index}].reasoning_content must be a string, on "
                           "an assistant message", param="messages")
        calls, answers = read_message_calls(message, index)
        text, images = _content(message, index)
        read.append(ChatMessage("system" if role == "developer" else role, text,
                                _text(reasoning, f"messages[{index}].reasoning_content")
                                if reasoning else None, calls, answers, images))
    return tuple(read)


def _think(body: Mapping[str, Any]) -> str | None:
    """The thinking switch: chat_template_kwargs.enable_thinking (Qwen3, Granite) or
    reasoning_effort (gpt-oss), as llama.cpp's server takes them."""
    effort = body.get("reasoning_effort")
    if effort is not None:
        if effort not in ("low", "medium", "high"):
            raise ApiError(400, "'reasoning_effort' must be low, medium or high",
                           param="reasoning_effort")
        return str(effort)
    kwargs = body.get("chat_template_kwargs")
    if kwargs is None:
        return None
    if not isinstance(kwargs, Mapping):
        raise ApiError(400, "'chat_template_kwargs' must be an object",
                       param="chat_template_kwargs")
    enabled = kwargs.get("enable_thinking")
    if enabled is None:
        return None
    if not isinstance(enabled, bool):
        raise ApiError(400, "'chat_template_kwargs.enable_thinking' must be true or false",
                       param="chat_template_kwargs")
    return "on" if enabled else "off"


def _logprobs(body: Mapping[str, Any], *, chat: bool) -> int | None:
    """How many likeliest tokens to list beside each token's log-probability, or None
    for none. Chat: ``logprobs: true`` with ``top_logprobs`` 0-20; completions:
    ``logprobs`` 0-5 (OpenAI's two shapes)."""
    if not chat:
        return _whole(body, "logprobs", 0, 5)
    wanted = body.get("logprobs")
    if wanted is not None and not isinstance(wanted, bool):
        raise ApiError(400, "'logprobs' must be true or false", param="logprobs")
    top = _whole(body, "top_logprobs", 0, 20)
    if top is not None and not wanted:
        raise ApiError(400, "'top_logprobs' needs 'logprobs': true", param="top_logprobs")
    return (top or 0) if wanted else None


def read_request(body: object, defaults: SamplingParams, *, chat: bool) -> GenerationRequest:
    """``defaults``: the app's sampling for new chats, for what the body leaves out."""
    if not isinstance(body, Mapping):
        raise ApiError(400, "The body must be a JSON object")
    n = _whole(body, "n", 1, MAX_CHOICES) or 1
    logprobs = _logprobs(body, chat=chat)
    tools = read_tools(body) if chat else ToolRequest()
    max_tokens = _whole(body, "max_completion_tokens", 1, 1 << 20)
    if max_tokens is None:
        max_tokens = _whole(body, "max_tokens", 1, 1 << 20)
    values: dict[str, Any] = {
        "temperature": _number(body, "temperature", 0, 2),
        "top_p": _number(body, "top_p", 0, 1),
        "presence_penalty": _number(body, "presence_penalty", -2, 2),
        "frequency_penalty": _number(body, "frequency_penalty", -2, 2),
        "seed": _whole(body, "seed", -(2**63), 2**63 - 1),
        "max_tokens": max_tokens,
    }
    params = replace(defaults, **{k: v for k, v in values.items() if v is not None},
                     stop=_stop(body), grammar=_grammar(body),
                     logit_bias=_logit_bias(body), logprobs=logprobs, think=_think(body))
    reasoning_format = body.get("reasoning_format", "auto")
    if reasoning_format not in ("auto", "deepseek", "none"):
        raise ApiError(400, "'reasoning_format' must be auto, deepseek or none",
                       param="reasoning_format")
    if params.seed is not None:
        params = replace(params, seed=params.seed % 2**31)  # llama.cpp takes 32 bits
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise ApiError(400, "'stream' must be true or false", param="stream")
    options = body.get("stream_options") or {}
    include_usage = bool(isinstance(options, Mapping) and options.get("include_usage"))
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise ApiError(400, "'model' must be a string", param="model")
    truncation = body.get("truncation", "disabled")
    if truncation not in ("auto", "disabled"):
        raise ApiError(400, "'truncation' must be auto or disabled", param="truncation")
    truncate = truncation == "auto"
    if chat:
        return GenerationRequest(model or None, params, stream, include_usage,
                                 messages=_messages(body), truncate=truncate, n=n,
                                 split_reasoning=reasoning_format != "none", tools=tools)
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise ApiError(400, "'prompt' must be a string", param="prompt")
    return GenerationRequest(model or None, params, stream, include_usage,
                             prompt=_text(prompt, "prompt"), truncate=truncate, n=n)


async def read_json(request: Request) -> object:
    """The body as JSON, or the 4xx that says why not."""
    try:
        raw = await asyncio.wait_for(request.body(), BODY_SECONDS)
    except asyncio.TimeoutError:
        raise ApiError(408, f"The request's body did not arrive within {BODY_SECONDS:g} "
                       "s.") from None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "The body is not valid JSON.") from None
    except RecursionError:  # nested thousands deep: the parser's stack, not ours
        raise ApiError(400, "The body's JSON is nested too deeply.") from None


@functools.cache
def system_fingerprint() -> str:
    """Names the backend configuration, as OpenAI's does: LlamaDesk's version and the
    engine build, so a client can tell when the same seed may answer differently."""
    from llamadesk import __version__
    from llamadesk.engine import backends

    loaded = backends.loaded()
    text = f"{__version__}|{backends.engine_build().label}|{loaded.cpu_variant if loaded else ''}"
    return "fp_" + hashlib.sha256(text.encode()).hexdigest()[:10]
