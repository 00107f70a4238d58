"""Grammars for tool calls, in each family's own call syntax, with one of the
offered names and arguments that match that tool's JSON schema (llama.cpp's GBNF).

- A call the model must make (OpenAI's ``tool_choice: "required"`` or a named
  function): the grammar holds from the first token. A thinking model may think
  first, freely, up to its closing marker; then it calls.
- A call the model chooses to make (``"auto"``): the grammar is lazy and wakes
  where the model starts a call (the family's trigger), so a call it makes is well
  formed, and what it says instead is free."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from llamadesk.engine.schema_limits import check_grammar, check_schema
from llamadesk.engine.tool_calls.formats import ToolFamily

if TYPE_CHECKING:
    from llamadesk.engine.reasoning import ReasoningFormat


@dataclass(frozen=True)
class ToolGrammar:
    grammar: str
    # Regular expressions over the output so far that wake a lazy grammar (llama.cpp
    # feeds it the text from the first group on); empty: it holds from the first token.
    triggers: tuple[str, ...] = ()


def tool_grammar(family: ToolFamily, tools: Sequence[Mapping[str, Any]], *,
                 chat_template: str, parallel: bool = False, lazy: bool = False,
                 thinking: ReasoningFormat | None = None) -> ToolGrammar | None:
    """``tools``: the functions allowed (one, for a named tool_choice). ``lazy``: the
    model may call or not (None where a family's call has no trigger to wake on).
    ``thinking``: a thinking model's markers, for a call it must make."""
    from llama_cpp.llama_grammar import SchemaConverter

    if lazy and family not in _FIRST:
        return None
    converter = SchemaConverter(prop_order={}, allow_fetch=False,  # type: ignore[no-untyped-call]
                                dotall=False, raw_pattern=False)
    lit: Callable[[str], str] = converter._format_literal  # noqa: SLF001 - its escaping
    calls = []
    for number, tool in enumerate(tools):
        name = str(tool["name"])
        schema = tool.get("parameters") or {"type": "object"}
        check_schema(schema)
        resolved = converter.resolve_refs(dict(schema), "tool")
        args = converter.visit(resolved, f"args-{number}")  # type: ignore[no-untyped-call]
        values = _xml_values(converter, number, schema) \
            if family is ToolFamily.QWEN3_CODER else {}
        calls.append(_call(family, name, args, lit, chat_template, values))
    rules = [f"call ::= {' | '.join(f'( {c} )' for c in calls)}"]
    body = "call (space call)*" if parallel and family in _REPEATABLE else "call"
    triggers: tuple[str, ...] = ()
    if lazy:
        triggers = (rf"[\s\S]*?({re.escape(_FIRST[family])})[\s\S]*",)
        rules.append(f"root ::= {body}")
    elif thinking is not None:
        rules.append(f"thought ::= {_until(thinking.end, lit)}")
        block = f"thought {lit(thinking.end)} space"
        rules.append(f"root ::= {block} {body}" if thinking.forced_open
                     else f"root ::= ({lit(thinking.start)} {block})? {body}")
    else:
        rules.append(f"root ::= {body}")
    grammar = "\n".join([*rules, str(converter.format_grammar())])  # type: ignore[no-untyped-call]
    # Control characters inside strings come escaped, as JSON wants (grammars.py).
    grammar = grammar.replace(r'char ::= [^"\\] |', r'char ::= [^"\\\x7F\x00-\x1F] |')
    check_grammar(grammar)
    return ToolGrammar(grammar, triggers)


def _until(end: str, lit: Callable[[str], str]) -> str:
    """Any text without ``end`` in it: each step is a character that cannot begin it,
    or the start of ``end`` broken off by a character that neither goes on with it
    nor begins it again. (A marker's first character is not found inside it in any
    family, so this is exact.)"""
    first = _class_escape(end[0])
    steps = [f"[^{first}]"]
    for size in range(1, len(end)):
        steps.append(f"{lit(end[:size])} [^{_class_escape(end[size])}{first}]")
    return f"( {' | '.join(steps)} )*"


def _class_escape(char: str) -> str:
    return "\\" + char if char in "]^-\\" else char


# Families whose calls can follow one another as separate blocks.
_REPEATABLE = {ToolFamily.HERMES, ToolFamily.QWEN3_CODER, ToolFamily.MISTRAL}
# How each family's call begins: a lazy grammar wakes on it. (Functionary has
# none: its first call opens the reply bare.)
_FIRST = {
    ToolFamily.HERMES: "<tool_call>", ToolFamily.QWEN3_CODER: "<tool_call>",
    ToolFamily.LLAMA3: '{"name"', ToolFamily.MISTRAL: "[TOOL_CALLS]",
    ToolFamily.HARMONY: "<|start|>assistant", ToolFamily.DEEPSEEK: "<｜tool▁calls▁begin｜>",
    ToolFamily.GRANITE: "<|tool_call|>", ToolFamily.COMMAND_R: "<|START_ACTION|>",
    ToolFamily.KIMI: "<|tool_calls_section_begin|>",
}


def _xml_values(converter: Any, number: int, schema: Mapping[str, Any]) -> dict[str, str]:
    """Qwen3-Coder writes each argument as text: a rule per parameter for its value. A
    string runs to the closing tag (no longer than its maxLength); anything else is
    written as JSON."""
    values = {}
    for index, (key, spec) in enumerate((schema.get("properties") or {}).items()):
        spec = spec if isinstance(spec, Mapping) else {}
        if spec.get("type") == "string":
            longest = spec.get("maxLength")
            values[key] = f"[^<]{{1,{int(longest)}}}" if isinstance(longest, int) \
                else "[^<]+"
        else:
            values[key] = converter.visit(dict(spec), f"value-{number}-{index}")
    return values


class _Rule(str):
    """A grammar rule's name, written as is (anything else in a sequence is literal)."""


def _call(family: ToolFamily, name: str, args: str, lit: Callable[[str], str],
          chat_template: str, values: Mapping[str, str]) -> str:
    """One call of ``name`` in the family's syntax; ``args``: its arguments' rule."""
    q = json.dumps(name)
    a = _Rule(args)

    def seq(*parts: str) -> str:
        return " ".join(p if isinstance(p, _Rule) else lit(p) for p in parts)

    if family is ToolFamily.HERMES:
        return seq('<tool_call>\n{"name": ' + q + ', "arguments": ', a, "}\n</tool_call>")
    if family is ToolFamily.QWEN3_CODER:
        parameters = " | ".join(
            "( " + seq(f"<parameter={key}>\n", _Rule(value), "\n</parameter>\n") + " )"
            for key, value in values.items())
        return seq(f"<tool_call>\n<function={name}>\n",
                   _Rule(f"({parameters})*" if parameters else ""),
                   "</function>\n</tool_call>")
    if family is ToolFamily.LLAMA3:
        return seq('{"name": ' + q + ', "parameters": ', a, "}")
    if family is ToolFamily.MISTRAL:
        if "[ARGS]" in chat_template:  # Magistral, Mistral Small 3.2
            return seq(f"[TOOL_CALLS]{name}[ARGS]", a)
        return seq('[TOOL_CALLS][{"name": ' + q + ', "arguments": ', a, ', "id": "',
                   _Rule("[a-zA-Z0-9]{9}"), '"}]')
    if family is ToolFamily.HARMONY:
        return seq(f"<|start|>assistant<|channel|>commentary to=functions.{name} "
                   "<|constrain|>json<|message|>", a)
    if family is ToolFamily.DEEPSEEK:
        if "function<｜tool▁sep｜>" in chat_template:  # R1
            return seq("<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>"
                       f"{name}\n```json\n", a, "\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>")
        return seq(f"<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>{name}<｜tool▁sep｜>", a,
                   "<｜tool▁call▁end｜><｜tool▁calls▁end｜>")
    if family is ToolFamily.GRANITE:
        return seq('<|tool_call|>[{"name": ' + q + ', "arguments": ', a, "}]")
    if family is ToolFamily.COMMAND_R:
        return seq('<|START_ACTION|>[{"tool_call_id": "0", "tool_name": ' + q
                   + ', "parameters": ', a, "}]<|END_ACTION|>")
    if family is ToolFamily.FUNCTIONARY:
        return seq(f"{name}\n", a)
    return seq(f"<|tool_calls_section_begin|><|tool_call_begin|>functions.{name}:0"
               "<|tool_call_argument_begin|>", a, "<|tool_call_end|><|tool_calls_section_end|>")
