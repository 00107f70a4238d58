"""Tools and earlier tool calls in the model's own chat template, byte for byte as
transformers renders the same messages (tests/helpers/hf_reference.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from llamadesk.engine.chat_template import render_template
from llamadesk.engine.prompt import ChatMessage, PieceKind, jinja_prompt
from llamadesk.engine.tool_calls.scanning import Call
from llamadesk.engine.tool_calls.template_messages import (
    template_calls,
    wants_object_arguments,
)
from tests.helpers.hf_reference import reference_render

TEMPLATES = Path(__file__).parents[1] / "data" / "templates"
WEATHER = {"name": "weather", "description": "The weather in a city",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                          "required": ["city"]}}
# Nine letters and digits: Mistral's templates refuse any other id.
CALL = Call("weather", json.dumps({"city": "Paris"}), "a1b2c3d4e", True)
TURNS = [ChatMessage("user", "Weather in Paris?"),
         ChatMessage("assistant", "", tool_calls=(CALL,)),
         ChatMessage("tool", '{"sky": "clear"}', tool_call_id="a1b2c3d4e"),
         ChatMessage("assistant", "It is clear."),
         ChatMessage("user", "And tomorrow?")]

NAMES = ["Qwen-Qwen3-0.6B", "Qwen-Qwen2.5-7B-Instruct", "Qwen3-Coder",
         "NousResearch-Hermes-3-Llama-3.1-8B-tool_use", "meta-llama-Llama-3.1-8B-Instruct",
         "meta-llama-Llama-3.2-3B-Instruct", "mistralai-Mistral-Nemo-Instruct-2407",
         "mistralai-Ministral-3-14B-Reasoning-2512", "openai-gpt-oss-120b",
         "deepseek-ai-DeepSeek-V3.1", "ibm-granite-granite-3.3-2B-Instruct",
         "CohereForAI-c4ai-command-r7b-12-2024-tool_use", "meetkai-functionary-medium-v3.2",
         "moonshotai-Kimi-K2"]


def _plain(template: str) -> Any:
    return lambda messages: render_template(template, messages, bos_token="<s>",
                                            eos_token="</s>")


@pytest.mark.parametrize("name", NAMES)
def test_tools_and_calls_render_as_transformers_renders_them(name: str) -> None:
    template = (TEMPLATES / f"{name}.jinja").read_text("utf-8")
    as_object = wants_object_arguments(template, _plain(template))
    ours = "".join("<s>" if p.kind is PieceKind.BOS else p.text for p in jinja_prompt(
        template, TURNS, "<s>", "</s>", tools=[WEATHER]).pieces)
    dicts: list[dict[str, Any]] = []
    for m in TURNS:
        shaped: dict[str, Any] = {"role": m.role, "content": m.content}
        if m.tool_calls:
            shaped["tool_calls"] = template_calls(m.tool_calls, as_object)
        if m.tool_call_id:
            shaped["tool_call_id"] = m.tool_call_id
        dicts.append(shaped)
    reference = reference_render(template, dicts, bos_token="<s>", eos_token="</s>",
                                 tools=[{"type": "function", "function": WEATHER}])
    assert ours == reference
    # The model sees the tool, and its earlier call with its arguments.
    assert "weather" in ours and "Paris" in ours and "clear" in ours


def test_arguments_go_as_the_template_reads_them() -> None:
    def wants(name: str) -> bool:
        template = (TEMPLATES / f"{name}.jinja").read_text("utf-8")
        return wants_object_arguments(template, _plain(template))

    assert wants("meta-llama-Llama-3.1-8B-Instruct")  # | tojson
    assert wants("Qwen3-Coder")  # | items
    assert not wants("meetkai-functionary-medium-v3.2")  # '>>>' + name + '\n' + arguments
