"""Messages and tools as a chat template reads them, the way transformers passes them:
an assistant message's ``tool_calls`` ({"id", "type": "function", "function": {"name",
"arguments"}}), a tool result's ``tool_call_id``, and ``tools`` in OpenAI's shape.

Templates disagree on one thing: most read a call's arguments as an object (Llama
3.1's ``| tojson``, Qwen3-Coder's ``| items``), some as the JSON text (Functionary's
``+``). Which one a template wants is found as llama.cpp's does: by rendering a call
both ways and seeing which shows its arguments."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from llamadesk.engine.tool_calls.scanning import Call

_PROBE_VALUE = "llamadesk-probe-4b1e"
_wants_object: dict[str, bool] = {}


def template_calls(calls: Sequence[Call], as_object: bool) -> list[dict[str, Any]]:
    shaped = []
    for call in calls:
        arguments: Any = call.arguments
        if as_object:
            try:
                arguments = json.loads(call.arguments or "{}")
            except ValueError:
                pass  # kept as the text it was
        shaped.append({"id": call.id, "type": "function",
                       "function": {"name": call.name, "arguments": arguments}})
    return shaped


def wants_object_arguments(template: str,
                           render: Callable[[list[dict[str, Any]]], str]) -> bool:
    """Whether ``template`` reads a call's arguments as an object (most do). ``render``
    renders messages with it; a failure counts as not showing them."""
    if template not in _wants_object:
        if len(_wants_object) > 64:
            _wants_object.clear()
        call = Call("probe", json.dumps({"probe": _PROBE_VALUE}), "call_probe", True)
        answer = True
        for as_object in (True, False):
            messages: list[dict[str, Any]] = [
                {"role": "user", "content": "Hi"},
                {"role": "assistant", "content": "",
                 "tool_calls": template_calls([call], as_object)},
                {"role": "tool", "content": "ok", "tool_call_id": "call_probe"}]
            try:
                shown = _PROBE_VALUE in render(messages)
            except Exception:  # noqa: BLE001 - any failure of the template's own code
                shown = False
            if shown:
                answer = as_object
                break
        _wants_object[template] = answer
    return _wants_object[template]


def template_tools(tools: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """OpenAI's tool list, as templates read it."""
    return [{"type": "function", "function": dict(tool)} for tool in tools]
