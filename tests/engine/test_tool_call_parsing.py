"""Tool calls parsed from each family's output, written from each template's own
format (the way the template renders an earlier call is how the model writes one):
whole, streamed and cut at every character, and malformed (text, with a note)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from llamadesk.engine.tool_calls.formats import ToolFamily, tool_family
from llamadesk.engine.tool_calls.parsing import parse
from llamadesk.engine.tool_calls.stream import ToolCallStream

TEMPLATES = Path(__file__).parents[1] / "data" / "templates"
F = ToolFamily
W = '{"city": "Paris", "days": 2}'  # the arguments every sample passes
T = '{"tz": "CET"}'

# family, output, answer text, [(name, arguments)]
SAMPLES: list[tuple[ToolFamily, str, str, list[tuple[str, str]]]] = [
    (F.HERMES, f'Let me look.\n<tool_call>\n{{"name": "weather", "arguments": {W}}}\n'
               '</tool_call>', "Let me look.\n", [("weather", W)]),
    (F.HERMES, f'<tool_call>\n{{"name": "weather", "arguments": {W}}}\n</tool_call>\n'
               f'<tool_call>\n{{"name": "time", "arguments": {T}}}\n</tool_call>', "\n",
     [("weather", W), ("time", T)]),
    # Keys the other way round: found once whole.
    (F.HERMES, f'<tool_call>{{"arguments": {W}, "name": "weather"}}</tool_call>', "",
     [("weather", W)]),
    (F.QWEN3_CODER, "Checking.\n<tool_call>\n<function=weather>\n<parameter=city>\nParis\n"
                    "</parameter>\n<parameter=days>\n2\n</parameter>\n</function>\n"
                    "</tool_call>", "Checking.\n", [("weather", W)]),
    (F.LLAMA3, f'{{"name": "weather", "parameters": {W}}}', "", [("weather", W)]),
    (F.LLAMA3, f'{{"type": "function", "name": "weather", "parameters": {W}}}', "",
     [("weather", W)]),
    (F.LLAMA3, '<|python_tag|>brave_search.call(query="Paris weather")', "",
     [("brave_search", '{"query": "Paris weather"}')]),
    # An answer that happens to be JSON is an answer.
    (F.LLAMA3, '{"answer": 4}', '{"answer": 4}', []),
    (F.MISTRAL, f'[TOOL_CALLS][{{"name": "weather", "arguments": {W}, "id": "a1b2c3d4e"}}]',
     "", [("weather", W)]),
    (F.MISTRAL, f"[TOOL_CALLS]weather[ARGS]{W}[TOOL_CALLS]time[ARGS]{T}", "",
     [("weather", W), ("time", T)]),
    (F.HARMONY, f"<|start|>assistant<|channel|>commentary to=functions.weather "
                f"<|constrain|>json<|message|>{W}<|call|>", "", [("weather", W)]),
    (F.HARMONY, f"<|start|>assistant to=functions.weather<|channel|>commentary json"
                f"<|message|>{W}", "", [("weather", W)]),
    (F.DEEPSEEK, "Sure.<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>"
                 f"weather\n```json\n{W}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>",
     "Sure.", [("weather", W)]),
    (F.DEEPSEEK, f"<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>weather<｜tool▁sep｜>{W}"
                 f"<｜tool▁call▁end｜><｜tool▁call▁begin｜>time<｜tool▁sep｜>{T}"
                 "<｜tool▁call▁end｜><｜tool▁calls▁end｜>", "", [("weather", W), ("time", T)]),
    (F.GRANITE, f'<|tool_call|>[{{"name": "weather", "arguments": {W}}}, '
                f'{{"name": "time", "arguments": {T}}}]', "", [("weather", W), ("time", T)]),
    (F.COMMAND_R, f'<|START_ACTION|>[\n    {{"tool_call_id": "0", "tool_name": "weather", '
                  f'"parameters": {W}}}\n]<|END_ACTION|>', "", [("weather", W)]),
    (F.FUNCTIONARY, f"weather\n{W}", "", [("weather", W)]),
    (F.FUNCTIONARY, f"all\nLet me check.>>>weather\n{W}", "Let me check.", [("weather", W)]),
    (F.KIMI, "Checking.<|tool_calls_section_begin|><|tool_call_begin|>functions.weather:0"
             f"<|tool_call_argument_begin|>{W}<|tool_call_end|><|tool_call_begin|>"
             f"functions.time:1<|tool_call_argument_begin|>{T}<|tool_call_end|>"
             "<|tool_calls_section_end|>", "Checking.", [("weather", W), ("time", T)]),
    # No call at all: the answer as it came, markers of other families included.
    (F.HERMES, "Just text, with [TOOL_CALLS] and {braces}.",
     "Just text, with [TOOL_CALLS] and {braces}.", []),
]
SCHEMAS = {"weather": {"type": "object", "properties": {"city": {"type": "string"},
                                                          "days": {"type": "integer"}}}}


def _calls(found: list) -> list[tuple[str, dict]]:
    return [(c.name, json.loads(c.arguments)) for c in found]


def _expected(calls: list[tuple[str, str]]) -> list[tuple[str, dict]]:
    return [(name, json.loads(args)) for name, args in calls]


@pytest.mark.parametrize(("family", "text", "content", "calls"), SAMPLES)
def test_each_family_whole(family: ToolFamily, text: str, content: str,
                           calls: list[tuple[str, str]]) -> None:
    parsed = parse(family, text, schemas=SCHEMAS)
    assert parsed.content == content
    assert _calls(parsed.calls) == _expected(calls)
    assert all(c.done for c in parsed.calls) and parsed.note is None


@pytest.mark.parametrize(("family", "text", "content", "calls"), SAMPLES)
def test_each_family_streamed_at_every_cut(family: ToolFamily, text: str, content: str,
                                          calls: list[tuple[str, str]]) -> None:
    whole = parse(family, text, schemas=SCHEMAS)
    cuts = [(i,) for i in range(1, len(text))]
    cuts += list(itertools.combinations(range(1, len(text), 7), 2))
    for points in [(), *cuts]:
        stream = ToolCallStream(family, SCHEMAS)
        said, names, args = "", {}, {}
        bounds = [0, *points, len(text)]
        for start, end in itertools.pairwise(bounds):
            delta = stream.feed(text[start:end])
            said += delta.content
            for news in delta.calls:
                if news.name is not None:
                    assert news.index not in names  # a name goes out once
                    names[news.index] = news.name
                assert news.index in names  # arguments only after the name
                args[news.index] = args.get(news.index, "") + news.arguments
        last = stream.finish()
        said += last.content
        for news in last.calls:
            if news.name is not None:
                names[news.index] = news.name
            args[news.index] = args.get(news.index, "") + news.arguments
        assert said == whole.content, points
        assert [(names[i], args[i]) for i in sorted(names)] == [
            (c.name, c.arguments) for c in whole.calls], points


def test_the_name_goes_out_before_the_arguments_end() -> None:
    stream = ToolCallStream(F.HERMES)
    delta = stream.feed('<tool_call>\n{"name": "weather", "arguments": {"ci')
    assert [(n.index, n.name, n.arguments) for n in delta.calls] == [
        (0, "weather", '{"ci')]
    delta = stream.feed('ty": "Paris"}}\n</tool_call>')
    assert [(n.index, n.name, n.arguments) for n in delta.calls] == [
        (0, None, 'ty": "Paris"}')]


MALFORMED = [
    (F.HERMES, '<tool_call>\n{"name": "weather", "arguments": {"city": Paris}}\n</tool_call>'),
    (F.HERMES, "<tool_call>\nnot json at all\n</tool_call>"),
    (F.MISTRAL, "[TOOL_CALLS]bad name![ARGS]{}"),
    (F.KIMI, "<|tool_calls_section_begin|><|tool_call_begin|>functions.f:0"
             "<|tool_call_argument_begin|>[1, 2]<|tool_call_end|>"),
    (F.HERMES, '<tool_call>\n{"name": "weather", "arguments": {"city": "Par'),  # cut off
]


@pytest.mark.parametrize(("family", "text"), MALFORMED)
def test_malformed_output_is_text_with_a_note(family: ToolFamily, text: str) -> None:
    parsed = parse(family, text)
    assert parsed.calls == []
    assert parsed.content == text and parsed.note


@pytest.mark.parametrize(("name", "family"), [
    ("Qwen-Qwen2.5-7B-Instruct", F.HERMES), ("Qwen-Qwen3-0.6B", F.HERMES),
    ("NousResearch-Hermes-3-Llama-3.1-8B-tool_use", F.HERMES),
    ("Qwen3-Coder", F.QWEN3_CODER),
    ("meta-llama-Llama-3.1-8B-Instruct", F.LLAMA3),
    ("meta-llama-Llama-3.2-3B-Instruct", F.LLAMA3),
    ("meta-llama-Llama-3.3-70B-Instruct", F.LLAMA3),
    ("mistralai-Mistral-Nemo-Instruct-2407", F.MISTRAL),
    ("mistralai-Ministral-3-14B-Reasoning-2512", F.MISTRAL),
    ("Mistral-Small-3.2-24B-Instruct-2506", F.MISTRAL),
    ("openai-gpt-oss-120b", F.HARMONY),
    ("deepseek-ai-DeepSeek-R1-Distill-Llama-8B", F.DEEPSEEK),
    ("deepseek-ai-DeepSeek-V3.1", F.DEEPSEEK),
    ("ibm-granite-granite-3.3-2B-Instruct", F.GRANITE),
    ("ibm-granite-granite-4.0", F.HERMES),
    ("CohereForAI-c4ai-command-r7b-12-2024-tool_use", F.COMMAND_R),
    ("meetkai-functionary-medium-v3.2", F.FUNCTIONARY),
    ("moonshotai-Kimi-K2", F.KIMI),
    ("google-gemma-2-2b-it", None),
])
def test_the_family_is_read_from_the_template(name: str, family: ToolFamily | None) -> None:
    assert tool_family((TEMPLATES / f"{name}.jinja").read_text("utf-8")) is family


def test_a_call_made_while_thinking_is_found() -> None:
    """Kimi K2 calls from inside its thinking: the call is taken out of the thinking."""
    stream = ToolCallStream(F.KIMI)
    thought = ("I need the weather.<|tool_calls_section_begin|><|tool_call_begin|>"
               f"functions.weather:0<|tool_call_argument_begin|>{W}<|tool_call_end|>"
               "<|tool_calls_section_end|>")
    reasoning = ""
    for start in range(0, len(thought), 5):
        reasoning += stream.feed(thought[start:start + 5], reasoning=True).reasoning
    reasoning += stream.feed("Done.").reasoning
    reasoning += stream.finish().reasoning
    assert reasoning == "I need the weather."
    assert stream.content == "Done."
    assert [(c.name, c.arguments, c.id) for c in stream.calls] == [
        ("weather", W, "functions.weather:0")]
