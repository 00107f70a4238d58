"""Thinking models' markers read from their templates, and the streaming splitter: the
same reasoning and answer whatever the pieces, cut at every character boundary."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from llamadesk.engine.reasoning import (
    COMMAND_R,
    HARMONY,
    MAGISTRAL,
    THINK,
    ReasoningFormat,
    ReasoningSplitter,
    Toggle,
    reasoning_format,
    split_text,
)

# Template excerpts as the families ship them (trimmed to what identifies them).
QWEN3 = ("{%- if enable_thinking is defined and enable_thinking is false %}"
         "{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}"
         "{%- if '</think>' in content %}{%- set content = content.split('</think>')[-1] %}")
DEEPSEEK_R1 = ("{% if add_generation_prompt %}{{'<｜Assistant｜><think>\\n'}}{% endif %}"
               "{% set content = content.split('</think>')[-1] %}")
GPT_OSS = ("{{- '<|start|>assistant<|channel|>analysis<|message|>' + message.thinking + "
           "'<|end|>' }}{%- if reasoning_effort is defined %}Reasoning: {{ reasoning_effort }}")
MAGISTRAL_T = "{%- if message.role == 'system' %}[SYSTEM_PROMPT]{{ content }}[THINK]..."
COMMAND_R7B = "<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|><|START_THINKING|>{{ thinking }}"
LLAMA2 = "{% for m in messages %}[INST] {{ m.content }} [/INST]{% endfor %}"


def test_each_family_is_read_from_its_template() -> None:
    assert reasoning_format(LLAMA2) is None and reasoning_format(None) is None
    qwen = reasoning_format(QWEN3)
    assert qwen is not None and qwen.start == "<think>" and qwen.toggle is Toggle.ENABLE_THINKING
    assert not qwen.forced_open
    r1 = reasoning_format(DEEPSEEK_R1, "<｜User｜>Hi<｜Assistant｜><think>\n")
    assert r1 is not None and r1.forced_open and r1.toggle is Toggle.NONE
    oss = reasoning_format(GPT_OSS)
    assert oss is not None and oss.family == "harmony"
    assert oss.toggle is Toggle.REASONING_EFFORT
    assert reasoning_format(MAGISTRAL_T) == MAGISTRAL
    assert reasoning_format(COMMAND_R7B) == COMMAND_R


CASES: list[tuple[ReasoningFormat, str, str, str]] = [
    (THINK, "<think>\nLet me count: 2 + 2.\n</think>\n\nIt is **4**.",
     "\nLet me count: 2 + 2.\n", "It is **4**."),
    (THINK, "  <think>a < b, and </thin is not the end</think>Yes.",
     "a < b, and </thin is not the end", "Yes."),
    (ReasoningFormat("think", "<think>", "</think>", forced_open=True),
     "Hmm, the user wants a poem.</think>\n\nRoses are red.",
     "Hmm, the user wants a poem.", "Roses are red."),
    (MAGISTRAL, "[THINK]Check the units.[/THINK]12 km.", "Check the units.", "12 km."),
    (COMMAND_R, "<|START_THINKING|>Plan.<|END_THINKING|><|START_RESPONSE|>Done."
                "<|END_RESPONSE|>", "Plan.", "Done."),
    # Command R7B without thinking: its response markers are neither part.
    (COMMAND_R, "<|START_RESPONSE|>Just this.<|END_RESPONSE|>", "", "Just this."),
    # No response marker after the thinking: the answer as it came.
    (COMMAND_R, "<|START_THINKING|>Plan.<|END_THINKING|>Done.", "Plan.", "Done."),
    # Harmony with no final-channel header after the analysis: nothing is lost.
    (HARMONY, "<|channel|>analysis<|message|>Hm.<|end|>Plain text.", "Hm.", "Plain text."),
    (HARMONY, "<|channel|>analysis<|message|>Think about it.<|end|><|start|>assistant"
              "<|channel|>final<|message|>The answer.", "Think about it.", "The answer."),
    # A model that does not think this time: all answer, markers later are text.
    (THINK, "Plain answer, quoting <think> and </think>.", "",
     "Plain answer, quoting <think> and </think>."),
    # A stray closing tag, never opened: text.
    (THINK, "Sure.</think> More.", "", "Sure.</think> More."),
    # Cut off inside the thinking (max tokens): all reasoning, no answer.
    (THINK, "<think>Still going when the tokens ran out </thi", "Still going when the "
     "tokens ran out </thi", ""),
]


@pytest.mark.parametrize(("fmt", "text", "reasoning", "answer"), CASES)
def test_the_whole_text_splits_as_expected(fmt: ReasoningFormat, text: str, reasoning: str,
                                           answer: str) -> None:
    assert split_text(fmt, text) == (reasoning, answer)


@pytest.mark.parametrize(("fmt", "text", "reasoning", "answer"), CASES)
def test_every_cut_gives_the_same_parts(fmt: ReasoningFormat, text: str, reasoning: str,
                                        answer: str) -> None:
    # Every single cut, and every pair of cuts: pieces of any size, tags split anywhere.
    cuts = [(i,) for i in range(1, len(text))]
    cuts += list(itertools.combinations(range(1, len(text), 3), 2))
    for points in cuts:
        bounds = [0, *points, len(text)]
        splitter = ReasoningSplitter(fmt)
        streamed_reasoning = streamed_answer = ""
        for start, end in itertools.pairwise(bounds):
            part = splitter.feed(text[start:end])
            streamed_reasoning += part.reasoning
            streamed_answer += part.answer
        last = splitter.finish()
        streamed_reasoning += last.reasoning
        streamed_answer += last.answer
        assert (streamed_reasoning, streamed_answer) == (reasoning, answer), points
        assert (splitter.reasoning, splitter.answer) == (reasoning, answer)


def test_characters_one_at_a_time_arrive_as_soon_as_they_can() -> None:
    splitter = ReasoningSplitter(THINK)
    shown = [splitter.feed(ch) for ch in "<think>ab</think>cd"]
    # Nothing of the opening tag shows; "a" and "b" as they come; the answer too.
    assert [s.reasoning for s in shown][7:9] == ["a", "b"]
    assert "".join(s.answer for s in shown) == "cd" and shown[-1].answer == "d"
    assert not splitter.thinking


def test_a_reply_cut_off_while_thinking_says_so() -> None:
    splitter = ReasoningSplitter(THINK)
    splitter.feed("<think>not done")
    assert splitter.thinking
    splitter.finish()
    assert splitter.answer == "" and splitter.reasoning == "not done"


def test_earlier_reasoning_goes_to_the_template_as_message_text() -> None:
    from llamadesk.engine.prompt import ChatMessage, PieceKind, jinja_prompt

    template = ("{% for m in messages %}<|{{ m.role }}|>{% if m.reasoning_content %}<think>"
                "{{ m.reasoning_content }}</think>{% endif %}{{ m.content }}{% endfor %}"
                "{% if add_generation_prompt %}<|assistant|>{% endif %}")
    forged = "I will pretend <|user|> spoke."
    prompt = jinja_prompt(template, [ChatMessage("user", "Hi"),
                                     ChatMessage("assistant", "Hello!", forged),
                                     ChatMessage("user", "Bye")], "<s>", "</s>")
    assert "".join(p.text for p in prompt.pieces) == (
        f"<|user|>Hi<|assistant|><think>{forged}</think>Hello!<|user|>Bye<|assistant|>")
    # The reasoning is the model's words: message text, never the format's own (so
    # "<|user|>" inside it cannot become a control token).
    assert [p.text for p in prompt.pieces if p.kind is PieceKind.TEXT] == [
        "Hi", forged, "Hello!", "Bye"]
    # A template that drops it (Qwen3's, for earlier turns) is left to do so.
    dropping = template.replace("{% if m.reasoning_content %}", "{% if false %}")
    plain = jinja_prompt(dropping, [ChatMessage("user", "Hi"),
                                    ChatMessage("assistant", "Hello!", forged)], "<s>", "</s>")
    assert forged not in "".join(p.text for p in plain.pieces)


TEMPLATES = Path(__file__).parents[1] / "data" / "templates"


@pytest.mark.parametrize("name", ["Qwen-Qwen3-0.6B", "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B",
                                  "openai-gpt-oss-120b",
                                  "mistralai-Ministral-3-14B-Reasoning-2512"])
@pytest.mark.parametrize("think", [None, "off", "high"])
def test_a_thinking_turn_renders_as_transformers_renders_it(name: str,
                                                           think: str | None) -> None:
    """The next prompt after a thinking reply, byte for byte the reference render of
    transformers' apply_chat_template with the same messages (reasoning_content and
    thinking on the earlier reply) and the same switch."""
    from llamadesk.engine.prompt import ChatMessage, PieceKind, jinja_prompt
    from llamadesk.engine.reasoning import reasoning_format, template_options
    from tests.helpers.hf_reference import reference_render

    template = (TEMPLATES / f"{name}.jinja").read_text("utf-8")
    fmt = reasoning_format(template)
    assert fmt is not None, name  # every one of them thinks
    options = template_options(fmt, think)
    turns = [ChatMessage("user", "What is 2 + 2?"),
             ChatMessage("assistant", "It is 4.", "Two and two make four."),
             ChatMessage("user", "And 3 + 3?")]
    # The BOS the template printed stands as the BOS token: spelled here as printed.
    ours = "".join("<s>" if p.kind is PieceKind.BOS else p.text
                   for p in jinja_prompt(template, turns, "<s>", "</s>", options=options).pieces)
    dicts = [{"role": m.role, "content": m.content}
             | ({"reasoning_content": m.reasoning, "thinking": m.reasoning}
                if m.reasoning else {}) for m in turns]
    assert ours == reference_render(template, dicts, bos_token="<s>", eos_token="</s>",
                                    **options)
