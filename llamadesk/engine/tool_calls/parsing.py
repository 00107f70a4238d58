"""Tool calls parsed from a model's output, in each family's own format.

``parse(family, text)`` splits the whole output into the answer's text and the calls;
with ``partial=True`` (the output so far, while it streams) it leaves out what may
still turn out to be a call, and gives the call being written with its arguments so
far. Output that looks like a call but is not one stays text, with a note: never an
exception. Formats as llama.cpp's common/chat-parser.cpp reads them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from llamadesk.engine.tool_calls.formats import TRIGGERS, ToolFamily
from llamadesk.engine.tool_calls.scanning import (
    Call,
    Incomplete,
    Malformed,
    Reader,
    json_object_text,
    partial_suffix,
)

NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
_NAME = "".join(sorted(NAME_CHARS))
# {"name": "…", "arguments": … as most families write a call; an id or a type may
# come first (Command R7B's tool_call_id, Llama 3.2's "type": "function").
_HEAD = re.compile(r'\{\s*(?:"(?:id|tool_call_id|type)"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*)*'
                   r'"(?:name|tool_name)"\s*:\s*("(?:[^"\\]|\\.)*")\s*,\s*'
                   r'"(?:arguments|parameters)"\s*:\s*')
_HARMONY_HEADER = re.compile(
    r"(?:<\|start\|>assistant)?\s*(?: ?to=functions\.([^<\s]+))?\s*"
    r"<\|channel\|>(analysis|commentary|final)(?: to=functions\.([^<\s]+))?"
    r"(?: ?(?:<\|constrain\|>)?[\w-]+)?\s*")
_FIRST_KEY = re.compile(r'\{\s*"((?:[^"\\]|\\.)*)"')
_BUILTIN = re.compile(r"\s*(\w+)\s*\.\s*call\(")
_BUILTIN_ARG = re.compile(r"\s*(\w+)\s*=\s*")


@dataclass
class Parsed:
    content: str
    calls: list[Call] = field(default_factory=list)
    # Thinking found after the first answer part (harmony's later analysis blocks).
    reasoning: str = ""
    # Why text that looked like a call stayed text; None when nothing did.
    note: str | None = None


@dataclass
class Region:
    end: int
    calls: list[Call] = field(default_factory=list)
    content: str = ""
    reasoning: str = ""


Schemas = Mapping[str, Mapping[str, Any]]


def parse(family: ToolFamily, text: str, *, partial: bool = False,
          schemas: Schemas | None = None) -> Parsed:
    reader = Reader(text, partial)
    triggers = TRIGGERS[family]
    result = Parsed("")
    pos = 0
    start_only = _START_ONLY.get(family)
    if start_only is not None:
        try:
            region = start_only(reader, reader.ws(0), schemas or {})
        except Incomplete as cut:
            result.calls += cut.calls
            result.content += cut.content
            result.reasoning += cut.reasoning
            return result
        except Malformed:
            pass
        else:
            result.calls += region.calls
            result.content += region.content
            pos = region.end
    while True:
        found = [(text.find(t, pos), t) for t in triggers]
        found = [(at, t) for at, t in found if at >= 0]
        if not found:
            rest = text[pos:]
            result.content += rest[:len(rest) - partial_suffix(rest, triggers)] \
                if partial else rest
            break
        at, trigger = min(found)
        result.content += text[pos:at]
        try:
            region = _REGIONS[family](reader, at, schemas or {})
        except Incomplete as cut:
            result.calls += cut.calls
            result.content += cut.content
            result.reasoning += cut.reasoning
            break
        except Malformed as why:
            # Text after all: the trigger stays in the answer, and the search goes on.
            result.note = result.note or str(why)
            result.content += trigger
            pos = at + len(trigger)
            continue
        result.calls += region.calls
        result.content += region.content
        result.reasoning += region.reasoning
        pos = region.end
    return result


# -- pieces most families share -------------------------------------------------


def _json_call(reader: Reader, at: int, calls: list[Call]) -> tuple[Call, int]:
    """A call written as a JSON object, name first then its arguments as they grow."""
    text = reader.text
    head = _HEAD.match(text, at)
    if head is None:
        end = reader.json_end(at, calls)  # keys in another order: only when whole
        try:
            whole = json.loads(text[at:end])
        except ValueError:
            raise Malformed("a tool call that is not JSON") from None
        if not isinstance(whole, dict):
            raise Malformed("a tool call that is not a JSON object")
        name = whole.get("name", whole.get("tool_name"))
        arguments = whole.get("arguments", whole.get("parameters"))
        if not isinstance(name, str) or arguments is None:
            raise Malformed("a tool call without a name and arguments")
        raw = arguments if isinstance(arguments, str) else json.dumps(arguments,
                                                                      ensure_ascii=False)
        return Call(name, json_object_text(json.dumps(raw) if isinstance(arguments, str)
                                           else raw), _call_id(whole), True), end
    name = json.loads(head.group(1))
    args_at = head.end()
    try:
        args_end = reader.json_end(args_at, calls)
    except Incomplete as cut:
        cut.calls.append(Call(name, _shown(text, args_at)))
        raise
    raw = text[args_at:args_end]
    try:
        end = reader.json_end(at, calls)
    except Incomplete as cut:
        cut.calls.append(Call(name, raw))
        raise
    try:
        whole = json.loads(text[at:end])
    except ValueError:
        raise Malformed("a tool call that is not JSON") from None
    return Call(name, json_object_text(raw), _call_id(whole), True), end


def _call_id(whole: Mapping[str, Any]) -> str:
    given = whole.get("id", whole.get("tool_call_id", ""))
    return given if isinstance(given, str) else str(given)


def _json_array(reader: Reader, at: int) -> Region:
    """[{call}, {call}…]: Mistral Nemo, Granite, Command R7B."""
    calls: list[Call] = []
    at = reader.expect(reader.ws(at), "[", calls)
    while True:
        at = reader.ws(at)
        if reader.out_of_text(at):
            raise reader.ran_out(calls)
        if reader.text[at] == "]":
            return Region(at + 1, calls)
        if calls:
            at = reader.ws(reader.expect(at, ",", calls))
        call, at = _json_call(reader, at, calls)
        calls.append(call)


def _args(reader: Reader, at: int, name: str, calls: list[Call]) -> tuple[Call, int]:
    """A call's arguments, a JSON object right at ``at`` (after any space)."""
    at = reader.ws(at)
    try:
        end = reader.json_end(at, calls)
    except Incomplete as cut:
        cut.calls.append(Call(name, _shown(reader.text, at)))
        raise
    return Call(name, json_object_text(reader.text[at:end]), done=True), end


def _shown(text: str, at: int) -> str:
    """A call's arguments so far. Arguments written as a JSON string are decoded when
    whole, so none of them shows before: the stream never shows what it takes back."""
    return "" if text.startswith('"', at) else text[at:]


# -- the families ----------------------------------------------------------------


def _hermes(reader: Reader, at: int, schemas: Schemas) -> Region:
    at = reader.ws(reader.expect(at, "<tool_call>"))
    call, at = _json_call(reader, at, [])
    return Region(reader.closing(reader.ws(at), "</tool_call>", [call]), [call])


def _qwen3_coder(reader: Reader, at: int, schemas: Schemas) -> Region:
    at = reader.ws(reader.expect(at, "<tool_call>"))
    at = reader.expect(at, "<function=")
    name, at = reader.until(at, ">", allowed=_NAME)
    types = {key: spec.get("type") for key, spec in
             (schemas.get(name, {}).get("properties") or {}).items()
             if isinstance(spec, Mapping)}
    shown: list[str] = []

    def so_far() -> list[Call]:
        return [Call(name, "{" + ", ".join(shown))]

    while True:
        at = reader.ws(at)
        reader.maybe(at, "</function>", calls=so_far())
        if reader.text.startswith("</function>", at):
            at += len("</function>")
            break
        at = reader.expect(at, "<parameter=", so_far())
        key, at = reader.until(at, ">", so_far(), allowed=_NAME)
        raw, at = reader.until(at, "</parameter>", so_far())
        shown.append(json.dumps(key) + ": " + json.dumps(
            _typed(raw.strip("\n"), types.get(key)), ensure_ascii=False))
    call = Call(name, "{" + ", ".join(shown) + "}", done=True)
    return Region(reader.closing(reader.ws(at), "</tool_call>", [call]), [call])


def _typed(raw: str, kind: object) -> object:
    """A Qwen3-Coder parameter's value: text for a string, else JSON where it reads."""
    if kind == "string":
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _llama3_start(reader: Reader, at: int, schemas: Schemas) -> Region:
    """A reply that is nothing but {"name": …, "parameters": …} (Llama 3.1-3.3)."""
    if reader.out_of_text(at):
        raise reader.ran_out()
    if reader.text[at] != "{":
        raise Malformed("no call")
    key = _FIRST_KEY.match(reader.text, at)
    if key is None:
        if re.fullmatch(r'\{\s*(?:"(?:[^"\\]|\\.)*)?', reader.text[at:]):
            raise reader.ran_out()  # the first key is still being written
        raise Malformed("no call")
    if key.group(1) not in ("name", "type"):
        raise Malformed("no call")  # an answer that is JSON
    call, at = _json_call(reader, at, [])
    return Region(reader.ws(at), [call])


def _llama3(reader: Reader, at: int, schemas: Schemas) -> Region:
    at = reader.expect(at, "<|python_tag|>")
    if reader.text.startswith("{", reader.ws(at)):
        call, at = _json_call(reader, reader.ws(at), [])
        return Region(at, [call])
    match = _BUILTIN.match(reader.text, at)
    if match is None:
        if reader.partial and len(reader.text) - at < 64 and "(" not in reader.text[at:]:
            raise reader.ran_out()
        raise Malformed("a python_tag that calls nothing")
    name, at = match.group(1), match.end()
    values: dict[str, Any] = {}
    while True:
        arg = _BUILTIN_ARG.match(reader.text, at)
        if arg is None:
            if reader.partial and re.fullmatch(r"\s*\w*\s*", reader.text[at:]):
                raise reader.ran_out([Call(name, "")])  # an argument's name, cut
            break
        start = arg.end()
        end = reader.json_end(start, [Call(name, "")])
        values[arg.group(1)] = json.loads(reader.text[start:end])
        at = reader.ws(end)
        if not reader.text.startswith(",", at):
            break
        at += 1
    at = reader.expect(reader.ws(at), ")", [Call(name, "")])
    return Region(at, [Call(name, json.dumps(values, ensure_ascii=False), done=True)])


def _mistral(reader: Reader, at: int, schemas: Schemas) -> Region:
    at = reader.ws(reader.expect(at, "[TOOL_CALLS]"))
    if reader.text.startswith("[", at):  # Nemo: a JSON array
        return _json_array(reader, at)
    name, at = reader.until(at, "[ARGS]", allowed=_NAME)  # Magistral, Mistral Small 3.2
    call, at = _args(reader, at, name, [])
    return Region(at, [call])


def _harmony(reader: Reader, at: int, schemas: Schemas) -> Region:
    header, body = reader.until(at, "<|message|>")
    match = _HARMONY_HEADER.fullmatch(header)
    if match is None:
        raise Malformed("an unknown harmony header")
    name = match.group(1) or match.group(3)
    if name is not None:
        name = name.removeprefix("functions.")
        call, at = _args(reader, body, name, [])
        at = reader.ws(at)
        reader.maybe(at, "<|call|>", calls=[call])
        if reader.text.startswith("<|call|>", at):
            at += len("<|call|>")
        return Region(at, [call])
    end = reader.text.find("<|end|>", body)
    part = reader.text[body:] if end < 0 else reader.text[body:end]
    if end < 0 and reader.partial:
        part = part[:len(part) - partial_suffix(part, ("<|end|>",))]
    thinking = match.group(2) == "analysis"
    if end < 0 and reader.partial:
        raise Incomplete([], "" if thinking else part, part if thinking else "")
    stop = len(reader.text) if end < 0 else end + len("<|end|>")
    return Region(stop, content="" if thinking else part, reasoning=part if thinking else "")


def _deepseek(reader: Reader, at: int, schemas: Schemas) -> Region:
    trigger = next(t for t in TRIGGERS[ToolFamily.DEEPSEEK] if reader.text.startswith(t, at))
    at += len(trigger)
    calls: list[Call] = []
    while True:
        at = reader.ws(at)
        reader.maybe(at, "<｜tool▁calls▁end｜>", "<｜tool▁call▁begin｜>", calls=calls)
        if reader.text.startswith("<｜tool▁calls▁end｜>", at):
            return Region(at + len("<｜tool▁calls▁end｜>"), calls)
        if reader.out_of_text(at):
            if reader.partial:
                raise Incomplete(calls)
            return Region(at, calls)
        if reader.text.startswith("<｜tool▁call▁begin｜>", at):
            at += len("<｜tool▁call▁begin｜>")
        word, at = reader.until(at, "<｜tool▁sep｜>", calls, allowed=_NAME)
        if word == "function":  # R1: function<｜tool▁sep｜>NAME\n```json\n{…}\n```
            name, at = reader.until(at, "\n", calls, allowed=_NAME)
            at = reader.expect(at, "```json\n", calls)
            call, at = _args(reader, at, name, calls)
            at = reader.expect(reader.ws(at), "```", calls + [call])
        else:  # V3.1 and later: NAME<｜tool▁sep｜>{…}
            call, at = _args(reader, at, word, calls)
        calls.append(call)
        at = reader.closing(reader.ws(at), "<｜tool▁call▁end｜>", calls)


def _granite(reader: Reader, at: int, schemas: Schemas) -> Region:
    return _json_array(reader, reader.expect(at, "<|tool_call|>"))


def _command_r(reader: Reader, at: int, schemas: Schemas) -> Region:
    region = _json_array(reader, reader.expect(at, "<|START_ACTION|>"))
    region.end = reader.closing(reader.ws(region.end), "<|END_ACTION|>", region.calls)
    return region


def _functionary(reader: Reader, at: int, schemas: Schemas) -> Region:
    return _functionary_at(reader, reader.expect(at, ">>>"))


def _functionary_start(reader: Reader, at: int, schemas: Schemas) -> Region:
    return _functionary_at(reader, at)


def _functionary_at(reader: Reader, at: int) -> Region:
    """NAME\\n{…}, or all\\n followed by text, or python\\n followed by code."""
    name, at = reader.until(at, "\n", allowed=_NAME)
    if name in ("all", "python"):
        end = reader.text.find(">>>", at)
        body = reader.text[at:] if end < 0 else reader.text[at:end]
        if end < 0 and reader.partial:
            body = body[:len(body) - partial_suffix(body, (">>>",))]
        stop = len(reader.text) if end < 0 else end
        if name == "all":
            if end < 0 and reader.partial:
                raise Incomplete([], body)
            return Region(stop, content=body)
        code = json.dumps(body, ensure_ascii=False)
        if end < 0 and reader.partial:
            raise Incomplete([Call("python", '{"code": ' + code[:-1])])
        return Region(stop, [Call("python", '{"code": ' + code + "}", done=True)])
    call, at = _args(reader, at, name, [])
    return Region(reader.ws(at), [call])


def _kimi(reader: Reader, at: int, schemas: Schemas) -> Region:
    at = reader.expect(at, "<|tool_calls_section_begin|>")
    calls: list[Call] = []
    while True:
        at = reader.ws(at)
        reader.maybe(at, "<|tool_calls_section_end|>", calls=calls)
        if reader.text.startswith("<|tool_calls_section_end|>", at):
            return Region(at + len("<|tool_calls_section_end|>"), calls)
        if reader.out_of_text(at) and not reader.partial:
            return Region(at, calls)
        at = reader.expect(at, "<|tool_call_begin|>", calls)
        given, at = reader.until(at, "<|tool_call_argument_begin|>", calls,
                                 allowed=_NAME + ":")
        name = given.removeprefix("functions.").rsplit(":", 1)[0]
        try:
            call, at = _args(reader, at, name, calls)
        except Incomplete as cut:
            cut.calls[-1].id = given  # the model's own id, from its first piece
            raise
        call.id = given
        calls.append(call)
        at = reader.closing(reader.ws(at), "<|tool_call_end|>", calls)


_REGIONS: dict[ToolFamily, Callable[[Reader, int, Schemas], Region]] = {
    ToolFamily.HERMES: _hermes,
    ToolFamily.QWEN3_CODER: _qwen3_coder,
    ToolFamily.LLAMA3: _llama3,
    ToolFamily.MISTRAL: _mistral,
    ToolFamily.HARMONY: _harmony,
    ToolFamily.DEEPSEEK: _deepseek,
    ToolFamily.GRANITE: _granite,
    ToolFamily.COMMAND_R: _command_r,
    ToolFamily.FUNCTIONARY: _functionary,
    ToolFamily.KIMI: _kimi,
}
# Calls that may open the output with no trigger before them.
_START_ONLY: dict[ToolFamily, Callable[[Reader, int, Schemas], Region]] = {
    ToolFamily.LLAMA3: _llama3_start,
    ToolFamily.FUNCTIONARY: _functionary_start,
}
