"""A tiny model that calls a tool in chat, for the tool-round tests: its template
shows Hermes-style calls, and ends the prompt with <|assistant|> after the user's
message (the model then starts a call, which the chat's lazy grammar holds to the
syntax) or <|answer|> after a tool's result (the model then says its sentence).
``always_call``: it starts a call after results too (a model that loops)."""

from __future__ import annotations

from pathlib import Path

from llamadesk.diagnostics.tiny_model import write_tiny_llama

TEMPLATE = (
    "{# Calls look like <tool_call>{\"name\": …, \"arguments\": …}</tool_call> #}"
    "{% if tools %}[tools]{% for t in tools %} {{ t.function.name }}{% endfor %}\n"
    "{% endif %}"
    "{% for m in messages %}"
    "{% if m.role == 'tool' %}[tool] {{ m.content }}\n"
    "{% else %}[{{ m.role }}] {{ m.content }}"
    "{% for c in m.tool_calls or [] %}<tool_call>{\"name\": \"{{ c.function.name }}\", "
    "\"arguments\": {{ c.function.arguments | tojson }}}</tool_call>{% endfor %}\n"
    "{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}"
    "{% if messages[-1].role == 'tool' %}{{ after_result }}{% else %}<|assistant|>{% endif %}"
    "{% endif %}")


def write_tool_model(path: Path, *, always_call: bool = False,
                     context_length: int = 4096) -> Path:
    """``context_length``: room for many rounds (a looping model may make a dozen
    parallel calls a round)."""
    template = TEMPLATE.replace("{{ after_result }}",
                                "<|assistant|>" if always_call else "<|answer|>")
    return write_tiny_llama(path, chat_template=template, name="Tiny Tool Caller",
                            extra_control_tokens=("<|assistant|>", "<|answer|>"),
                            user_tokens=("<tool_call>",),
                            successors={"<|assistant|>": "<tool_call>"},
                            context_length=context_length)
