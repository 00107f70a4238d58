"""tool_choice "required" or a named function, enforced by a grammar in each family's
own call syntax: the real llama.cpp sampler holds the tiny model (which would rather
say its one sentence) to a call that the family's parser reads back, with arguments
that match the tool's schema. A thinking model thinks first, then calls."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.diagnostics.tiny_model import THINKING, THINKING_TEMPLATE, write_tiny_llama
from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.engine.tool_calls.formats import ToolFamily, tool_family
from llamadesk.engine.tool_calls.grammar import tool_grammar
from llamadesk.engine.tool_calls.parsing import parse

TEMPLATES = Path(__file__).parents[1] / "data" / "templates"
WEATHER = {"name": "weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string", "maxLength": 12},
                                     "unit": {"enum": ["C", "F"]},
                                     "days": {"type": "integer"}},
    "required": ["city", "unit", "days"], "additionalProperties": False}}
TIME = {"name": "time", "parameters": {"type": "object", "properties": {}}}
FAMILY_TEMPLATES = {
    ToolFamily.HERMES: "Qwen-Qwen2.5-7B-Instruct", ToolFamily.QWEN3_CODER: "Qwen3-Coder",
    ToolFamily.LLAMA3: "meta-llama-Llama-3.1-8B-Instruct",
    ToolFamily.MISTRAL: "mistralai-Ministral-3-14B-Reasoning-2512",
    ToolFamily.HARMONY: "openai-gpt-oss-120b",
    ToolFamily.DEEPSEEK: "deepseek-ai-DeepSeek-R1-Distill-Llama-8B",
    ToolFamily.GRANITE: "ibm-granite-granite-3.3-2B-Instruct",
    ToolFamily.COMMAND_R: "CohereForAI-c4ai-command-r7b-12-2024-tool_use",
    ToolFamily.FUNCTIONARY: "meetkai-functionary-medium-v3.2",
    ToolFamily.KIMI: "moonshotai-Kimi-K2",
}


@pytest.fixture(scope="module")
def session(tiny_model: Path) -> Iterator[ModelSession]:
    loaded = ModelSession.load(tiny_model, LoadOptions())
    yield loaded
    loaded.close()


@pytest.mark.parametrize("family", list(FAMILY_TEMPLATES))
def test_a_required_call_in_each_family(family: ToolFamily, session: ModelSession) -> None:
    template = (TEMPLATES / f"{FAMILY_TEMPLATES[family]}.jinja").read_text("utf-8")
    assert tool_family(template) is family
    made = tool_grammar(family, [WEATHER, TIME], chat_template=template)
    assert made is not None
    pieces: list[str] = []
    result = session.generate([ChatMessage("user", "Hi")], SamplingParams(
        seed=3, max_tokens=600, grammar=made.grammar, temperature=1.0), pieces.append)
    text = "".join(pieces)
    assert result.finish_reason == "stop", text
    parsed = parse(family, text, schemas={"weather": WEATHER["parameters"]})
    assert parsed.note is None and len(parsed.calls) == 1, text
    call = parsed.calls[0]
    arguments = json.loads(call.arguments)
    if call.name == "weather":
        assert set(arguments) == {"city", "unit", "days"}
        assert isinstance(arguments["city"], str) and len(arguments["city"]) <= 12
        assert arguments["unit"] in ("C", "F") and isinstance(arguments["days"], int)
    else:
        assert call.name == "time" and isinstance(arguments, dict)


def test_a_named_function_is_the_one_called(session: ModelSession) -> None:
    template = (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text("utf-8")
    made = tool_grammar(ToolFamily.HERMES, [TIME], chat_template=template)
    assert made is not None
    for seed in range(3):
        pieces: list[str] = []
        session.generate([ChatMessage("user", "Hi")], SamplingParams(
            seed=seed, max_tokens=300, grammar=made.grammar, temperature=1.0), pieces.append)
        [call] = parse(ToolFamily.HERMES, "".join(pieces)).calls
        assert call.name == "time"


def test_a_thinking_model_thinks_then_calls(tmp_path: Path) -> None:
    model = write_tiny_llama(tmp_path / "thinker.gguf", thinking=True,
                             chat_template=THINKING_TEMPLATE)
    session = ModelSession.load(model, LoadOptions())
    try:
        template = (TEMPLATES / "Qwen-Qwen3-0.6B.jinja").read_text("utf-8")
        made = tool_grammar(ToolFamily.HERMES, [WEATHER], chat_template=template,
                            thinking=session.reasoning)
        assert made is not None and not made.triggers
        pieces: list[str] = []
        session.generate([ChatMessage("user", "Hi")], SamplingParams(
            seed=1, max_tokens=400, grammar=made.grammar), pieces.append)
        text = "".join(pieces)
        # Its own thinking, untouched; then, where it would have answered, the call.
        thought, _, after = text.partition("</think>")
        assert thought.removeprefix("<think>").strip() == THINKING, text
        [call] = parse(ToolFamily.HERMES, after).calls
        assert call.name == "weather"
    finally:
        session.close()


def test_auto_holds_a_call_the_model_starts_and_leaves_the_rest_free(
        tmp_path: Path) -> None:
    """The lazy grammar: the thinking model's own words come out as they are; once
    it writes <tool_call> (here, inside its thinking), the call is well formed."""
    model = write_tiny_llama(tmp_path / "caller.gguf", thinking_markers=(
        "<tool_call>", "</think>"), chat_template=THINKING_TEMPLATE)
    session = ModelSession.load(model, LoadOptions())
    try:
        template = (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text("utf-8")
        made = tool_grammar(ToolFamily.HERMES, [WEATHER], chat_template=template, lazy=True)
        assert made is not None and made.triggers
        free: list[str] = []
        session.generate([ChatMessage("user", "Hi")], SamplingParams(seed=1, max_tokens=60),
                         free.append)
        held: list[str] = []
        session.generate([ChatMessage("user", "Hi")], SamplingParams(
            seed=1, max_tokens=400, grammar=made.grammar, grammar_triggers=made.triggers),
            held.append)
        # Unheld, it writes "<tool_call> Let me think</think>…": no call at all.
        assert parse(ToolFamily.HERMES, "".join(free)).calls == []
        [call] = parse(ToolFamily.HERMES, "".join(held),
                       schemas={"weather": WEATHER["parameters"]}).calls
        assert call.name == "weather" and set(json.loads(call.arguments)) == {
            "city", "unit", "days"}
    finally:
        session.close()


def test_functionary_has_nothing_to_wake_a_lazy_grammar() -> None:
    template = (TEMPLATES / "meetkai-functionary-medium-v3.2.jinja").read_text("utf-8")
    assert tool_grammar(ToolFamily.FUNCTIONARY, [WEATHER], chat_template=template,
                        lazy=True) is None
