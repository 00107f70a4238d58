"""llama.cpp's built-in chat formats: the fallback for a template that will not render.

llama.cpp recognises the families of common templates by their markers
(``<|im_start|>``, ``<start_of_turn>``, ``[INST]``…) and formats a conversation
in C++ (``llama_chat_apply_template``). When a model's Jinja template fails, that
detection is a far better guess than any one family's format: a Qwen model keeps
ChatML, a Gemma model keeps its turns. llama.cpp is imported only on this path.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from llamadesk.engine.chat_template import TemplateRenderError
from llamadesk.engine.prompt import (
    SAMPLE_CONVERSATION,
    ChatMessage,
    Prompt,
    TemplateKind,
    template_prompt,
)

log = logging.getLogger(__name__)


def apply_builtin(template: str, dialog: Sequence[ChatMessage]) -> str:
    """``dialog`` formatted by llama.cpp for ``template`` (a template text or a format name)."""
    import llama_cpp

    # The C side keeps pointers into these bytes: they must live until the call returns.
    encoded = [(m.role.encode("utf-8"), m.content.encode("utf-8")) for m in dialog]
    chat = (llama_cpp.llama_chat_message * max(len(encoded), 1))()
    for slot, (role, content) in zip(chat, encoded, strict=False):
        slot.role = role
        slot.content = content
    size = 4096 + 2 * sum(len(role) + len(content) for role, content in encoded)
    for _ in range(2):
        buffer = ctypes.create_string_buffer(size)
        written = llama_cpp.llama_chat_apply_template(
            template.encode("utf-8"), chat, len(encoded), True, buffer, size)
        if written < 0:
            raise TemplateRenderError("llama.cpp does not recognise this template")
        if written <= size:
            return buffer.raw[:written].decode("utf-8", "replace")
        size = written
    raise TemplateRenderError("llama.cpp's output did not fit")


@lru_cache(maxsize=1)
def builtin_names() -> tuple[str, ...]:
    import llama_cpp

    count = llama_cpp.llama_chat_builtin_templates(None, 0)
    names = (ctypes.c_char_p * count)()
    llama_cpp.llama_chat_builtin_templates(names, count)
    return tuple(name.decode("utf-8") for name in names if name)


@lru_cache(maxsize=8)
def detected_builtin(template: str) -> str | None:
    """The name of the built-in format llama.cpp picks for ``template``, or None."""
    sample = [ChatMessage(role, text) for role, text in SAMPLE_CONVERSATION]
    try:
        wanted = apply_builtin(template, sample)
    except TemplateRenderError:
        return None
    for name in builtin_names():
        try:
            if apply_builtin(name, sample) == wanted:
                return name
        except TemplateRenderError:
            continue
    return "detected"


def builtin_prompt(template: str, messages: Sequence[ChatMessage], *, bos_text: str,
                   add_bos: bool) -> Prompt | None:
    """The prompt in llama.cpp's format for ``template``; None when it knows none."""
    name = detected_builtin(template)
    if name is None:
        return None
    try:
        prompt = template_prompt(lambda dialog: apply_builtin(template, dialog), messages,
                                 bos_text=bos_text, add_bos=add_bos,
                                 kind=TemplateKind.BUILTIN)
    except TemplateRenderError as error:
        log.warning("llama.cpp's built-in format %s failed too: %s", name, error)
        return None
    return replace(prompt, builtin_name=name)
