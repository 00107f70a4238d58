"""A reference render of a chat template, done the way Hugging Face transformers does it.

This mirrors ``transformers.utils.chat_template_utils._compile_jinja_template``
and ``render_jinja_template`` (transformers 4.4x): its own environment, built here
independently of LlamaDesk's, so a test that compares the two compares against
what model authors see. transformers itself is too heavy for the test extra
(torch-sized dependencies) for one function.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import jinja2
import jinja2.ext
import jinja2.nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment


class _AssistantTracker(jinja2.ext.Extension):
    # transformers records where {% generation %} blocks land; rendering only needs the body.
    tags = {"generation"}

    def parse(self, parser: Any) -> jinja2.nodes.Node:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(["name:endgeneration"], drop_needle=True)
        return jinja2.nodes.CallBlock(self.call_method("_generation_support"), [], [], body
                                      ).set_lineno(lineno)

    @jinja2.pass_eval_context
    def _generation_support(self, context: Any, caller: Any) -> str:
        return caller()  # type: ignore[no-any-return]


def _raise_exception(message: str) -> None:
    raise jinja2.exceptions.TemplateError(message)


def _tojson(x: Any, ensure_ascii: bool = False, indent: Any = None, separators: Any = None,
            sort_keys: bool = False) -> str:
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                      sort_keys=sort_keys)


def _strftime_now(format: str) -> str:  # noqa: A002 - transformers' name
    return datetime.now().strftime(format)


def reference_render(
    chat_template: str,
    messages: Sequence[Mapping[str, Any]],
    *,
    bos_token: str,
    eos_token: str,
    add_generation_prompt: bool = True,
    tools: Sequence[Mapping[str, Any]] | None = None,
    **kwargs: Any,
) -> str:
    """``tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)``;
    ``tools`` as its tools; ``kwargs`` as its chat_template_kwargs (enable_thinking,
    reasoning_effort)."""
    environment = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True,
        extensions=[_AssistantTracker, jinja2.ext.loopcontrols],
    )
    environment.filters["tojson"] = _tojson
    environment.globals["raise_exception"] = _raise_exception
    environment.globals["strftime_now"] = _strftime_now
    template = environment.from_string(chat_template)
    return template.render(
        messages=[dict(m) for m in messages],
        tools=[dict(t) for t in tools] if tools else None,
        documents=None,
        add_generation_prompt=add_generation_prompt,
        bos_token=bos_token,
        eos_token=eos_token,
        **kwargs,
    )
