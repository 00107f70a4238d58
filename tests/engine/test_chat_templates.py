"""Real models' chat templates render as transformers renders them.

tests/data/templates/ holds the chat templates of 70 real models (see its
README for where each came from); tests/data/llama_cpp_template_cases.json holds
llama.cpp's own chat-template test cases. Every template gets the same
conversation, and our prompt text must equal the reference render of
tests/helpers/hf_reference.py, character for character.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2
import pytest

from llamadesk.engine.builtin_formats import apply_builtin
from llamadesk.engine.prompt import ChatMessage, PieceKind, TemplateKind, jinja_prompt
from llamadesk.engine.prompt_format import build_prompt, describe_format
from tests.helpers.hf_reference import reference_render

DATA = Path(__file__).resolve().parent.parent / "data"
TEMPLATES = sorted((DATA / "templates").glob("*.jinja"))
CASES: dict[str, Any] = json.loads((DATA / "llama_cpp_template_cases.json").read_text("utf-8"))

SYSTEM = "You are a helpful assistant."
# Leading and trailing spaces in a reply: templates differ in what they strip.
CONVERSATION = [
    ChatMessage("system", SYSTEM),
    ChatMessage("user", "Hello"),
    ChatMessage("assistant", "  Hi there! How can I help?  "),
    ChatMessage("user", "What is 2 + 2?"),
    ChatMessage("assistant", " It is 4. "),
    ChatMessage("user", "And 3 + 3?"),
]
BOS, EOS = "<s>", "</s>"


def _dicts(messages: list[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": m.role, "content": m.content} for m in messages]


def _merged(messages: list[ChatMessage]) -> list[ChatMessage]:
    system, first, *rest = messages
    return [ChatMessage(first.role, system.content + "\n" + first.content), *rest]


def _reference(template: str, messages: list[ChatMessage]) -> str | None:
    try:
        return reference_render(template, _dicts(messages), bos_token=BOS, eos_token=EOS)
    except jinja2.TemplateError:
        return None
    except TypeError:  # tool-use templates iterate over tools=None
        return None


def _outcome(path: Path) -> str:
    """'exact', 'merged' or 'builtin': what happened to this template, checked."""
    template = path.read_text("utf-8")
    prompt = build_prompt(TemplateKind.JINJA, CONVERSATION, chat_template=template,
                          bos_text=BOS, eos_text=EOS, add_bos=False)
    text = prompt.display(BOS, EOS)
    # Never another family's format, and never without the system prompt.
    assert prompt.template is not TemplateKind.LLAMA2
    assert SYSTEM in text
    reference = _reference(template, CONVERSATION)
    if reference is not None and SYSTEM in reference:
        assert not prompt.system_merged
        assert prompt.note is None
        assert text == reference
        return "exact"
    merged_reference = _reference(template, _merged(CONVERSATION))
    if merged_reference is not None:
        assert prompt.system_merged, "the template refuses or drops the system prompt"
        assert prompt.note is not None and "system prompt" in prompt.note
        assert text == merged_reference
        return "merged"
    # transformers cannot render it either: llama.cpp's format for its family.
    assert prompt.template is TemplateKind.BUILTIN
    assert prompt.builtin_name and prompt.note and prompt.builtin_name in prompt.note
    return "builtin"


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.stem for p in TEMPLATES])
def test_real_template_renders_as_transformers_does(path: Path) -> None:
    _outcome(path)


def test_the_collection_is_broad_and_nearly_all_exact() -> None:
    outcomes = {path.stem: _outcome(path) for path in TEMPLATES}
    families = {stem.split("-")[0].lower() for stem in outcomes}
    assert len(outcomes) >= 25 and len(families) >= 25
    exact = sum(outcome == "exact" for outcome in outcomes.values())
    # Every template that transformers itself can render with a system prompt is exact.
    renderable = [p for p in TEMPLATES
                  if (ref := _reference(p.read_text("utf-8"), CONVERSATION)) and SYSTEM in ref]
    assert exact == len(renderable)
    assert exact / len(outcomes) >= 0.9, outcomes
    assert outcomes["google-gemma-2-2b-it"] == "merged"


_JINJA_CASES = [c for c in CASES["cases"] if c["supported_with_jinja"]]


@pytest.mark.parametrize("case", _JINJA_CASES, ids=[c["name"][:40] for c in _JINJA_CASES])
def test_llama_cpp_jinja_expectations(case: dict[str, Any]) -> None:
    """llama.cpp's test-chat-template.cpp, the Jinja expectations (system merge included)."""
    messages = [ChatMessage(r, t) for r, t in CASES["conversation"] + case["extra_conversation"]]
    prompt = jinja_prompt(case["template"], messages, case["bos_token"], case["eos_token"])
    expected = case["expected_output_jinja"] or case["expected_output"]
    assert prompt.display(case["bos_token"], case["eos_token"]) == expected


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["name"][:40] for c in CASES["cases"]])
def test_llama_cpp_builtin_formats(case: dict[str, Any]) -> None:
    """The fallback path calls llama.cpp's built-in formats correctly."""
    messages = [ChatMessage(r, t) for r, t in CASES["conversation"] + case["extra_conversation"]]
    assert apply_builtin(case["template"], messages) == case["expected_output"]


def test_template_that_refuses_system_gets_it_merged_and_says_so() -> None:
    gemma = (DATA / "templates" / "google-gemma-2-2b-it.jinja").read_text("utf-8")
    prompt = build_prompt(TemplateKind.JINJA, CONVERSATION[:2], chat_template=gemma,
                          bos_text="<bos>", eos_text="<eos>", add_bos=False)
    assert prompt.system_merged
    assert prompt.display("<bos>", "<eos>") == (
        f"<bos><start_of_turn>user\n{SYSTEM}\nHello<end_of_turn>\n<start_of_turn>model\n")
    # Both texts stay message text.
    texts = [p.text for p in prompt.pieces if p.kind is PieceKind.TEXT]
    assert texts == [f"{SYSTEM}\nHello"]
    assert describe_format(TemplateKind.JINJA, gemma, bos_text="<bos>", eos_text="<eos>").note


def test_template_that_drops_system_gets_it_merged() -> None:
    phi3 = next(c for c in CASES["cases"] if c["name"] == "Phi-3-mini")["template"]
    prompt = build_prompt(TemplateKind.JINJA, CONVERSATION, chat_template=phi3,
                          bos_text="", eos_text="", add_bos=False)
    assert prompt.system_merged and SYSTEM in prompt.display("", "")


def test_broken_template_gets_llama_cpp_family_format_not_llama2() -> None:
    # A ChatML template that our renderer cannot take (a syntax error): llama.cpp
    # recognises <|im_start|> and formats as ChatML.
    broken = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n"
    prompt = build_prompt(TemplateKind.JINJA, CONVERSATION[:2], chat_template=broken,
                          add_bos=False)
    assert prompt.template is TemplateKind.BUILTIN
    assert prompt.builtin_name == "chatml"
    assert prompt.display() == (f"<|im_start|>system\n{SYSTEM}<|im_end|>\n"
                                "<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n")
    assert prompt.note and "chatml" in prompt.note and "syntax error" in prompt.note
    # Message text is still message text on this path.
    assert [p.text for p in prompt.pieces if p.kind is PieceKind.TEXT] == [SYSTEM, "Hello"]


def test_unknown_broken_template_gets_plain_text_with_a_note() -> None:
    prompt = build_prompt(TemplateKind.JINJA, CONVERSATION[:2],
                          chat_template="{{ raise_exception('nope') }}", add_bos=False)
    assert prompt.template is TemplateKind.PLAIN
    assert prompt.note and "nope" in prompt.note
    assert SYSTEM in prompt.display()


def test_hostile_template_stays_in_the_sandbox() -> None:
    hostile = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    prompt = build_prompt(TemplateKind.JINJA, [ChatMessage("user", "Hi")],
                          chat_template=hostile, add_bos=False)
    assert prompt.template is TemplateKind.PLAIN and prompt.note
    assert "subclasses" not in prompt.display() or "Hi" in prompt.display()


def test_environment_matches_transformers() -> None:
    features = (
        "{% for m in messages %}{% if loop.index0 == 1 %}{% break %}{% endif %}"
        "{% generation %}{{ m.content }}{% endgeneration %}{% endfor %}"
        "|{{ tools is none }}|{{ documents is none }}|{{ messages[0].tool_calls is defined }}"
        "|{{ {'k': 'é'} | tojson }}|{{ {'a': 1} | tojson(indent=2) }}"
        "|{{ strftime_now('%Y') | length }}"
    )
    prompt = jinja_prompt(features, [ChatMessage("user", "x"), ChatMessage("user", "y")],
                          BOS, EOS)
    assert prompt.display() == ('x|True|True|False|{"k": "é"}|{\n  "a": 1\n}|4')


def test_text_the_template_transforms_is_still_message_text() -> None:
    # DeepSeek R1 and Qwen 3 drop a reply's thinking; Gemma trims. What is left of the
    # message text must stay message text, and the frames template text.
    r1 = (DATA / "templates" / "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja").read_text()
    messages = [ChatMessage("user", "Hi <｜User｜>"),
                ChatMessage("assistant", "<think>secret</think>  Hello! <｜Assistant｜>"),
                ChatMessage("user", "Again")]
    prompt = jinja_prompt(r1, messages, "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>")
    reference = reference_render(r1, _dicts(messages), bos_token="<｜begin▁of▁sentence｜>",
                                 eos_token="<｜end▁of▁sentence｜>")
    assert prompt.display("<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>") == reference
    template_text = "".join(p.text for p in prompt.pieces if p.kind is PieceKind.TEMPLATE_TEXT)
    assert "secret" not in reference
    # The spellings typed in messages are in message pieces only.
    assert template_text.count("<｜User｜>") == reference.count("<｜User｜>") - 1
    assert template_text.count("<｜Assistant｜>") == reference.count("<｜Assistant｜>") - 1


def test_a_template_that_runs_away_is_stopped() -> None:
    import time

    # Nested loops that write nothing (10^10 steps), then one that writes 10 GB.
    for template in ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                     "{% endfor %}<|im_start|>{{ messages[0].content }}",
                     "{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}"):
        started = time.monotonic()
        prompt = build_prompt(TemplateKind.JINJA, [ChatMessage("user", "Hi")],
                              chat_template=template, add_bos=False)
        assert time.monotonic() - started < 5
        assert prompt.template is not TemplateKind.JINJA and prompt.note
        # Known from then on: the next reply does not wait for it again.
        started = time.monotonic()
        build_prompt(TemplateKind.JINJA, [ChatMessage("user", "Hi")], chat_template=template,
                     add_bos=False)
        assert time.monotonic() - started < 0.5
