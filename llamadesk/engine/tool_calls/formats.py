"""Which tool-call format a model writes, read from its chat template as llama.cpp's
common/chat.cpp detects it: the template shows the model how its own calls look."""

from __future__ import annotations

import enum


class ToolFamily(enum.Enum):
    HERMES = "hermes"  # <tool_call>{"name": …, "arguments": …}</tool_call>: Qwen 2.5/3, Hermes
    QWEN3_CODER = "qwen3-coder"  # <tool_call><function=NAME><parameter=K>V</parameter>…
    LLAMA3 = "llama3"  # {"name": …, "parameters": …}, or <|python_tag|>
    MISTRAL = "mistral"  # [TOOL_CALLS][{…}] (Nemo) or [TOOL_CALLS]NAME[ARGS]{…} (Magistral)
    HARMONY = "harmony"  # gpt-oss: <|channel|>commentary to=functions.NAME …<|message|>{…}
    DEEPSEEK = "deepseek"  # <｜tool▁calls▁begin｜>…<｜tool▁sep｜>…: R1 and V3.x
    GRANITE = "granite"  # <|tool_call|>[{…}]
    COMMAND_R = "command-r"  # <|START_ACTION|>[{"tool_name": …}]<|END_ACTION|>
    FUNCTIONARY = "functionary"  # >>>NAME\n{…} (v3.2)
    KIMI = "kimi"  # <|tool_calls_section_begin|><|tool_call_begin|>functions.NAME:0…


# What starts a call in each family: the text before it is the answer. Also the lazy
# grammar's triggers (grammar.py).
TRIGGERS: dict[ToolFamily, tuple[str, ...]] = {
    ToolFamily.HERMES: ("<tool_call>",),
    ToolFamily.QWEN3_CODER: ("<tool_call>",),
    ToolFamily.LLAMA3: ("<|python_tag|>",),  # and a JSON object at the very start
    ToolFamily.MISTRAL: ("[TOOL_CALLS]",),
    ToolFamily.HARMONY: ("<|start|>assistant", "<|channel|>"),
    ToolFamily.DEEPSEEK: ("<｜tool▁calls▁begin｜>", "<｜tool_calls_begin｜>",
                          "<｜tool calls begin｜>", "<｜tool▁calls｜>"),
    ToolFamily.GRANITE: ("<|tool_call|>",),
    ToolFamily.COMMAND_R: ("<|START_ACTION|>",),
    ToolFamily.FUNCTIONARY: (">>>",),  # and a NAME\n{ at the very start
    ToolFamily.KIMI: ("<|tool_calls_section_begin|>",),
}


def tool_family(chat_template: str | None) -> ToolFamily | None:
    """The template's tool-call family, or None for a template that shows no tool
    calls (the model is then given no tools)."""
    if not chat_template:
        return None
    t = chat_template
    if "<|tool_calls_section_begin|>" in t:
        return ToolFamily.KIMI
    if "<|channel|>" in t and "to=" in t and "commentary" in t:
        return ToolFamily.HARMONY
    if "tool▁calls▁begin" in t or "tool▁call▁begin" in t:
        return ToolFamily.DEEPSEEK
    if "<|START_ACTION|>" in t:
        return ToolFamily.COMMAND_R
    if ">>>all" in t:
        return ToolFamily.FUNCTIONARY
    if "[TOOL_CALLS]" in t:
        return ToolFamily.MISTRAL
    if "<|tool_call|>" in t:
        return ToolFamily.GRANITE
    if "<tool_call>" in t and "<function=" in t and "<parameter=" in t:
        return ToolFamily.QWEN3_CODER
    if "<tool_call>" in t:
        return ToolFamily.HERMES
    if "<|start_header_id|>" in t and ("ipython" in t or '"parameters"' in t):
        return ToolFamily.LLAMA3
    return None
