"""Prompt formats, checked against Meta's reference chat_completion text."""

from __future__ import annotations

from llamadesk.engine.prompt import (
    ChatMessage,
    PieceKind,
    TemplateKind,
    choose_template,
    llama2_prompt,
)
from llamadesk.engine.prompt_format import build_prompt
from tests.helpers.tiny_gguf import LLAMA2_TEMPLATE


def test_llama2_single_turn_with_system_prompt() -> None:
    prompt = llama2_prompt([
        ChatMessage("system", "Be brief."),
        ChatMessage("user", "Hi there  "),  # stripped, as Meta does
    ])
    assert prompt.display() == "<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi there [/INST]"
    # The markup is the format's text; the system prompt and message are message text.
    assert [(p.kind, p.text) for p in prompt.pieces] == [
        (PieceKind.BOS, ""), (PieceKind.TEMPLATE_TEXT, "[INST] <<SYS>>\n"),
        (PieceKind.TEXT, "Be brief."), (PieceKind.TEMPLATE_TEXT, "\n<</SYS>>\n\n"),
        (PieceKind.TEXT, "Hi there"), (PieceKind.TEMPLATE_TEXT, " [/INST]")]


def test_llama2_multi_turn_wraps_each_exchange_in_bos_eos() -> None:
    prompt = llama2_prompt([
        ChatMessage("user", "One?"),
        ChatMessage("assistant", " Two. "),
        ChatMessage("user", "Three?"),
    ])
    assert prompt.display() == "<s>[INST] One? [/INST] Two. </s><s>[INST] Three? [/INST]"
    kinds = [p.kind for p in prompt.pieces if p.kind in (PieceKind.BOS, PieceKind.EOS)]
    assert kinds == [PieceKind.BOS, PieceKind.EOS, PieceKind.BOS]
    assert [p.text for p in prompt.pieces if p.kind is PieceKind.TEXT] == ["One?", "Two.",
                                                                            "Three?"]


def test_special_token_spelling_in_user_text_stays_text() -> None:
    prompt = llama2_prompt([ChatMessage("user", "what does </s> mean?")])
    assert [p.kind for p in prompt.pieces].count(PieceKind.EOS) == 0
    assert [p.text for p in prompt.pieces if p.kind is PieceKind.TEXT] == ["what does </s> mean?"]


def test_template_choice() -> None:
    assert choose_template("llama", LLAMA2_TEMPLATE) is TemplateKind.LLAMA2
    assert choose_template("llama", None) is TemplateKind.LLAMA2
    chatml = "{% for m in messages %}<|im_start|>{{ m['content'] }}<|im_end|>{% endfor %}"
    assert choose_template("qwen2", chatml) is TemplateKind.JINJA
    assert choose_template("gemma3", None) is TemplateKind.PLAIN


def test_jinja_template_renders_in_sandbox() -> None:
    chatml = (
        "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
        "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
    )
    prompt = build_prompt(TemplateKind.JINJA, [ChatMessage("user", "Hi")], chat_template=chatml,
                          add_bos=False)
    assert prompt.display() == "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    assert prompt.template is TemplateKind.JINJA
    # A vocabulary that asks for BOS gets it once, whether the template printed it or not.
    for template in (chatml, "{{ bos_token }}" + chatml):
        with_bos = build_prompt(TemplateKind.JINJA, [ChatMessage("user", "Hi")],
                                chat_template=template, add_bos=True)
        assert [p.kind for p in with_bos.pieces].count(PieceKind.BOS) == 1
        assert with_bos.display().startswith("<s><|im_start|>user")


def test_broken_or_hostile_template_never_falls_back_to_llama2() -> None:
    hostile = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    for template in (hostile, "{% if %}", "{{ raise_exception('no system role') }}"):
        prompt = build_prompt(TemplateKind.JINJA, [ChatMessage("user", "Hi")],
                              chat_template=template)
        assert prompt.template is TemplateKind.PLAIN
        assert prompt.note is not None
        assert prompt.display() == "<s>User: Hi\n\nAssistant:"


def test_llama2_prefill_and_lone_system_prompt() -> None:
    prompt = llama2_prompt([ChatMessage("system", "  Sys  "), ChatMessage("user", " Q "),
                            ChatMessage("assistant", " Partial ")])
    # As Meta's reference: the merged text stripped as one string.
    assert prompt.display() == "<s>[INST] <<SYS>>\n  Sys  \n<</SYS>>\n\n Q [/INST] Partial"
    alone = llama2_prompt([ChatMessage("system", "Sys ")])
    assert alone.display() == "<s>[INST] <<SYS>>\nSys \n<</SYS>> [/INST]"


def test_plain_format_for_models_without_template() -> None:
    prompt = build_prompt(TemplateKind.PLAIN, [ChatMessage("user", "Hi")], add_bos=False)
    assert prompt.display() == "User: Hi\n\nAssistant:"
    assert "\nUser:" in prompt.stop
