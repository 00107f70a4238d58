"""The prompt a model gets: its own template, and what happens when that fails.

The formats themselves are in engine/prompt.py; llama.cpp's built-in ones in
engine/builtin_formats.py. This module chooses between them, so that neither
imports the other.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from llamadesk.engine.builtin_formats import builtin_prompt
from llamadesk.engine.chat_template import TemplateRenderError
from llamadesk.engine.prompt import (
    SAMPLE_CONVERSATION,
    ChatMessage,
    Prompt,
    TemplateKind,
    jinja_prompt,
    llama2_prompt,
    plain_prompt,
)
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)


def build_prompt(
    kind: TemplateKind,
    messages: Sequence[ChatMessage],
    *,
    chat_template: str | None = None,
    bos_text: str = "<s>",
    eos_text: str = "</s>",
    add_bos: bool = True,
    options: Mapping[str, Any] | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> Prompt:
    """The prompt for ``messages`` in format ``kind``; ``options`` go to a Jinja
    template (the thinking switch), and so do ``tools`` (the functions it may call).

    A model template that cannot be rendered never silently turns into another
    family's format: the prompt gets llama.cpp's built-in format for that template
    (its own detection), else plain text, and a note that says so and why.
    """
    if kind in (TemplateKind.JINJA, TemplateKind.BUILTIN) and chat_template:
        try:
            return jinja_prompt(chat_template, messages, bos_text, eos_text, add_bos, options,
                                tools)
        except TemplateRenderError as error:
            reason = str(error)
        log.warning("The model's chat template failed (%s)", reason)
        prompt = builtin_prompt(chat_template, messages, bos_text=bos_text, add_bos=add_bos)
        if prompt is not None:
            return Prompt(prompt.pieces, prompt.template, prompt.stop, Note(QT_TRANSLATE_NOOP(
                "messages", "This model's chat template could not be used (%1), so LlamaDesk "
                "uses llama.cpp's built-in \u201c%2\u201d format, which it matches."),
                reason, prompt.builtin_name), prompt.system_merged, prompt.builtin_name)
        plain = plain_prompt(messages, add_bos)
        return Prompt(plain.pieces, plain.template, plain.stop, Note(QT_TRANSLATE_NOOP(
            "messages", "This model's chat template could not be used (%1), and it matches "
            "none of llama.cpp's built-in formats, so the conversation is sent as plain "
            "text. Replies may be poorer."), reason))
    if kind is TemplateKind.PLAIN:
        return plain_prompt(messages, add_bos)
    return llama2_prompt(messages)


def describe_format(kind: TemplateKind, chat_template: str | None, *, bos_text: str,
                    eos_text: str, add_bos: bool = False) -> Prompt:
    """The prompt of a sample conversation: its template, note and system handling."""
    return build_prompt(kind, [ChatMessage(role, text) for role, text in SAMPLE_CONVERSATION],
                        chat_template=chat_template, bos_text=bos_text, eos_text=eos_text,
                        add_bos=add_bos)
