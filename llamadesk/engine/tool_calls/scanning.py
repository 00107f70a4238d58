"""Reading a model's output from a position, for the tool-call parsers.

Each reader either moves on, raises ``Incomplete`` (the text ran out where more could
still make it right: only while the output is still streaming) or ``Malformed``
(the text cannot be what was expected, however it goes on). A reader that says
Incomplete on a prefix never says Malformed on a longer text that it would accept:
so what a stream shows early is never taken back when the rest arrives."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class Call:
    """One tool call: ``arguments`` is JSON text of an object (a prefix of it while
    the call is still being written, when ``done`` is False)."""

    name: str
    arguments: str = ""
    id: str = ""
    done: bool = False


class Malformed(Exception):  # noqa: N818 - a verdict on the text, not an error of ours
    """Not a tool call after all."""


@dataclass
class Incomplete(Exception):  # noqa: N818
    """The text ran out inside a call; what is known of it so far."""

    calls: list[Call] = field(default_factory=list)
    content: str = ""
    reasoning: str = ""


class Reader:
    def __init__(self, text: str, partial: bool) -> None:
        self.text, self.partial = text, partial

    def out_of_text(self, at: int) -> bool:
        return at >= len(self.text)

    def ran_out(self, calls: list[Call] | None = None) -> Incomplete | Malformed:
        """What running out of text means: more may come (streaming) or not (the end)."""
        if self.partial:
            return Incomplete(list(calls or []))
        return Malformed("the output ended inside a tool call")

    def ws(self, at: int) -> int:
        while at < len(self.text) and self.text[at].isspace():
            at += 1
        return at

    def expect(self, at: int, literal: str, calls: list[Call] | None = None) -> int:
        if self.text.startswith(literal, at):
            return at + len(literal)
        rest = self.text[at:]
        if literal.startswith(rest):
            raise self.ran_out(calls)
        raise Malformed(f"expected {literal!r}")

    def maybe(self, at: int, *literals: str, calls: list[Call] | None = None) -> None:
        """While streaming, the text may end inside one of ``literals``: wait for it."""
        rest = self.text[at:]
        if self.partial and rest and any(len(rest) < len(literal) and literal.startswith(rest)
                                         for literal in literals):
            raise Incomplete(list(calls or []))

    def closing(self, at: int, literal: str, calls: list[Call] | None = None) -> int:
        """A closing marker, which a model may leave out when it stops right there."""
        if not self.partial and self.text[at:].strip() == "":
            return len(self.text)
        return self.expect(at, literal, calls)

    def until(self, at: int, literal: str, calls: list[Call] | None = None,
              allowed: str | None = None) -> tuple[str, int]:
        """The text up to ``literal`` and the position after it. ``allowed``: the only
        characters the text may hold (a name), else Malformed at once."""
        end = self.text.find(literal, at)
        segment = self.text[at:] if end < 0 else self.text[at:end]
        if allowed is not None and any(c not in allowed for c in segment):
            # A cut marker may follow the name: only a full stranger is wrong.
            stray = next(i for i, c in enumerate(segment) if c not in allowed)
            if end >= 0 or not literal.startswith(segment[stray:]):
                raise Malformed(f"unexpected {segment[stray]!r} in a tool's name")
        if end < 0:
            raise self.ran_out(calls)
        return segment, end + len(literal)

    def json_end(self, at: int, calls: list[Call] | None = None) -> int:
        """Past the JSON value that starts at ``at`` (no space before it)."""
        text = self.text
        if at >= len(text):
            raise self.ran_out(calls)
        opener = text[at]
        if opener == '"':
            end = _string_end(text, at)
            if end is None:
                raise self.ran_out(calls)
            return end
        if opener not in "{[":
            end = at
            while end < len(text) and text[end] not in ",}] \t\r\n":
                end += 1
            if end == len(text) and self.partial:
                raise self.ran_out(calls)
            try:
                json.loads(text[at:end])
            except ValueError:
                raise Malformed("not JSON") from None
            return end
        depth, i = 0, at
        while i < len(text):
            c = text[i]
            if c == '"':
                end = _string_end(text, i)
                if end is None:
                    break
                i = end
                continue
            if c in "{[":
                depth += 1
            elif c in "}]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise self.ran_out(calls)


def _string_end(text: str, at: int) -> int | None:
    i = at + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i + 1
        i += 1
    return None


def json_object_text(raw: str) -> str:
    """A call's arguments as written: an object's text as is, or an object encoded as
    a JSON string (some models write that), decoded. Malformed otherwise."""
    try:
        value = json.loads(raw)
    except ValueError:
        raise Malformed("the arguments are not JSON") from None
    if isinstance(value, str):
        try:
            inner = json.loads(value)
        except ValueError:
            raise Malformed("the arguments are not a JSON object") from None
        if isinstance(inner, dict):
            return value
    if not isinstance(value, dict):
        raise Malformed("the arguments are not a JSON object")
    return raw


def partial_suffix(text: str, markers: tuple[str, ...]) -> int:
    """The length of the longest end of ``text`` that begins one of ``markers``."""
    best = 0
    for marker in markers:
        for size in range(min(len(marker) - 1, len(text)), best, -1):
            if marker.startswith(text[-size:]):
                best = size
                break
    return best
