"""Tool calls as the output streams: each piece of text goes in, and out come the
answer's new text and each call's news (its name once, then its arguments as they
grow), never anything that a later piece takes back. The thinking is read apart:
a call made inside it is found too (Kimi K2 and gpt-oss may call while thinking)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from llamadesk.engine.tool_calls.formats import ToolFamily
from llamadesk.engine.tool_calls.parsing import Parsed, Schemas, parse
from llamadesk.engine.tool_calls.scanning import Call


@dataclass(frozen=True)
class CallNews:
    """What one piece added to call ``index``: its id and name the first time, then
    pieces of its arguments."""

    index: int
    arguments: str = ""
    id: str | None = None
    name: str | None = None


@dataclass
class StreamDelta:
    content: str = ""
    reasoning: str = ""
    calls: list[CallNews] = field(default_factory=list)


class _Part:
    """One text (the answer, or the thinking) and what of it has gone out."""

    def __init__(self) -> None:
        self.text = ""
        self.shown = ""  # as answer (the answer part) or as thinking (the thinking part)
        self.shown_reasoning = ""  # harmony's later analysis blocks, in the answer part
        self.parsed = Parsed("")


class ToolCallStream:
    def __init__(self, family: ToolFamily, schemas: Schemas | None = None) -> None:
        self.family, self.schemas = family, schemas
        self._answer, self._thinking = _Part(), _Part()
        # Per call, in order (the thinking's first): its id, and how much of its
        # name and arguments went out.
        self._ids: list[str] = []
        self._sent_args: list[int] = []
        self.note: str | None = None

    def feed(self, piece: str, *, reasoning: bool = False) -> StreamDelta:
        part = self._thinking if reasoning else self._answer
        part.text += piece
        return self._update(part, partial=True)

    def finish(self) -> StreamDelta:
        delta = self._update(self._thinking, partial=False)
        more = self._update(self._answer, partial=False)
        return StreamDelta(delta.content + more.content, delta.reasoning + more.reasoning,
                           delta.calls + more.calls)

    @property
    def calls(self) -> list[Call]:
        """Every call found so far, with its id (the model's, or one made up)."""
        found = self._thinking.parsed.calls + self._answer.parsed.calls
        return [Call(c.name, c.arguments, self._ids[i] if i < len(self._ids) else c.id,
                     c.done) for i, c in enumerate(found)]

    @property
    def content(self) -> str:
        return self._answer.shown

    @property
    def reasoning(self) -> str:
        return self._thinking.shown + self._answer.shown_reasoning

    def _update(self, part: _Part, *, partial: bool) -> StreamDelta:
        if not part.text and partial:
            return StreamDelta()
        parsed = parse(self.family, part.text, partial=partial, schemas=self.schemas)
        part.parsed = parsed
        if parsed.note and not partial:
            self.note = parsed.note
        # The answer part's text is answer; the thinking part's text is thinking, and
        # so is what harmony's later analysis blocks add to either.
        delta = StreamDelta()
        if part is self._answer:
            delta.content = _grown(parsed.content, part.shown)
            part.shown += delta.content
            delta.reasoning = _grown(parsed.reasoning, part.shown_reasoning)
            part.shown_reasoning += delta.reasoning
        else:
            delta.reasoning = _grown(parsed.content + parsed.reasoning, part.shown)
            part.shown += delta.reasoning
        offset = len(self._thinking.parsed.calls) if part is self._answer else 0
        for number, call in enumerate(parsed.calls):
            index = offset + number
            if index >= len(self._ids):
                self._ids.append(call.id or "call_" + secrets.token_hex(12))
                self._sent_args.append(0)
                delta.calls.append(CallNews(index, id=self._ids[index], name=call.name))
            sent = self._sent_args[index]
            if len(call.arguments) > sent:
                if delta.calls and delta.calls[-1].index == index:
                    last = delta.calls.pop()
                    delta.calls.append(CallNews(index, last.arguments + call.arguments[sent:],
                                                last.id, last.name))
                else:
                    delta.calls.append(CallNews(index, call.arguments[sent:]))
                self._sent_args[index] = len(call.arguments)
        return delta


def _grown(now: str, shown: str) -> str:
    """What ``now`` adds to what went out (the parser only ever adds)."""
    return now[len(shown):] if now.startswith(shown) else ""
