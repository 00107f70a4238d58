"""The model's own chat template, rendered as its authors render it.

Model authors write and test their ``tokenizer.chat_template`` against Hugging Face
transformers' ``apply_chat_template``, so that is the environment to copy, feature
for feature: a sandbox (the template is untrusted input from a file someone
shared), ``trim_blocks`` and ``lstrip_blocks``, ``{% break %}``/``{% continue %}``,
the ``{% generation %}`` block, lenient undefined values (``tools`` or
``message.tool_calls`` being absent is normal), ``raise_exception``,
``strftime_now`` and a ``tojson`` that keeps non-ASCII text and takes ``indent``.
A stricter environment makes most templates of 2024-2026 fail (Qwen, Gemma,
Granite, DeepSeek, gpt-oss...).
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
import jinja2.ext
import jinja2.nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

# A rendered prompt larger than this is a runaway template, not a conversation:
# no context window holds 64 MB of text.
MAX_RENDERED_CHARS = 64 << 20
# A template that takes longer than this to render is stopped (a hostile file
# with nested loops would otherwise hold the inference thread for minutes).
MAX_RENDER_SECONDS = 1.0


class TemplateRenderError(jinja2.TemplateError):
    """The template could not be rendered (its own error, a runaway, or a syntax error)."""


# Asked on every line the template runs: Stop during a slow render ends it at once.
_STOP: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar(
    "llamadesk_render_stop", default=None)


@contextlib.contextmanager
def stopped_by(should_stop: Callable[[], bool]) -> Iterator[None]:
    """Renders in this block end (TemplateRenderError) as soon as ``should_stop()``."""
    token = _STOP.set(should_stop)
    try:
        yield
    finally:
        _STOP.reset(token)


class _GenerationBlock(jinja2.ext.Extension):
    """``{% generation %}…{% endgeneration %}``: marks the assistant's text for training
    masks in transformers; for a prompt it only renders its body."""

    tags = {"generation"}

    def parse(self, parser: jinja2.parser.Parser) -> jinja2.nodes.Node:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return jinja2.nodes.CallBlock(self.call_method("_render_body"), [], [], body
                                      ).set_lineno(lineno)

    def _render_body(self, caller: Any) -> str:
        return str(caller())


def _raise_exception(message: str) -> None:
    raise TemplateRenderError(message)


def _tojson(value: Any, ensure_ascii: bool = False, indent: int | str | None = None,
            separators: tuple[str, str] | None = None, sort_keys: bool = False) -> str:
    # Jinja's own tojson escapes <, >, & and ' for HTML, which no model was trained on.
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                      sort_keys=sort_keys)


def _strftime_now(format_: str) -> str:
    return datetime.now().strftime(format_)


def _environment() -> ImmutableSandboxedEnvironment:
    environment = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True,
        extensions=[_GenerationBlock, jinja2.ext.loopcontrols],
    )
    environment.filters["tojson"] = _tojson
    environment.globals["raise_exception"] = _raise_exception
    environment.globals["strftime_now"] = _strftime_now
    return environment


_ENVIRONMENT = _environment()


@lru_cache(maxsize=8)
def compile_template(source: str) -> jinja2.Template:
    """Compile once per template text (compiling a long template takes ~10 ms)."""
    try:
        return _ENVIRONMENT.from_string(source)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateRenderError(f"syntax error on line {error.lineno}: {error.message}"
                                  ) from None


def render_template(
    source: str,
    messages: Sequence[Mapping[str, Any]],
    *,
    bos_token: str,
    eos_token: str,
    add_generation_prompt: bool = True,
    options: Mapping[str, Any] | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """Render as ``apply_chat_template`` does; raises TemplateRenderError on any failure.
    ``options``: more variables for the template, as transformers' chat_template_kwargs
    (enable_thinking, reasoning_effort); ``tools``: OpenAI's tool list, or None."""
    if source in _RUNAWAYS:
        raise TemplateRenderError(_RUNAWAYS[source])
    template = compile_template(source)
    deadline = time.monotonic() + MAX_RENDER_SECONDS
    parts: list[str] = []
    size = 0
    previous_trace = sys.gettrace()
    # Loops that write nothing never reach the checks below, so the template's own
    # code is traced: every line it runs checks the clock. Only frames of template
    # code are traced, so the rest of the process runs at full speed.
    sys.settrace(_deadline_tracer(deadline, _STOP.get()))
    try:
        # generate() yields as the template writes, so a runaway is caught between writes.
        for part in template.generate(
            messages=[dict(message) for message in messages],
            tools=[dict(tool) for tool in tools] if tools else None,
            documents=None,
            add_generation_prompt=add_generation_prompt,
            bos_token=bos_token,
            eos_token=eos_token,
            **dict(options or {}),
        ):
            parts.append(part)
            size += len(part)
            if size > MAX_RENDERED_CHARS:
                raise _RunawayError("the template's output grew past 64 MB")
            if time.monotonic() > deadline:
                raise _RunawayError(_TOO_SLOW)
    except _RunawayError as error:
        if len(_RUNAWAYS) > 16:
            _RUNAWAYS.clear()
        _RUNAWAYS[source] = str(error)
        raise TemplateRenderError(str(error)) from None
    except TemplateRenderError:
        raise
    except jinja2.TemplateError as error:
        raise TemplateRenderError(str(error)) from None
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, ZeroDivisionError,
            OverflowError, RecursionError, MemoryError) as error:
        # Templates index, add and call things freely; any of these is the template's fault.
        raise TemplateRenderError(f"{type(error).__name__}: {error}") from None
    finally:
        sys.settrace(previous_trace)
    return "".join(parts)


_TOO_SLOW = f"the template took more than {MAX_RENDER_SECONDS:g} s to render"
# Templates that ran away once: they fail at once from then on, instead of
# holding the inference thread for the full second again on every reply.
_RUNAWAYS: dict[str, str] = {}


class _RunawayError(TemplateRenderError):
    pass


def _deadline_tracer(deadline: float, should_stop: Callable[[], bool] | None) -> Any:
    def on_line(frame: Any, event: str, _arg: Any) -> Any:
        if event == "line":
            if time.monotonic() > deadline:
                raise _RunawayError(_TOO_SLOW)
            if should_stop is not None and should_stop():
                raise TemplateRenderError("stopped")
        return on_line

    def on_call(frame: Any, _event: str, _arg: Any) -> Any:
        # Jinja compiles templates to Python code whose file name is "<template>".
        return on_line if frame.f_code.co_filename == "<template>" else None

    return on_call
