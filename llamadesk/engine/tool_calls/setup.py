"""A reply's tools on the model loaded now: its family's format (from its template),
the grammar for the tool choice, and a fresh stream to find its calls. Shared by the
local API and the chat (window and terminal)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from llamadesk.engine.tool_calls.formats import ToolFamily, tool_family
from llamadesk.engine.tool_calls.grammar import ToolGrammar, tool_grammar
from llamadesk.engine.tool_calls.stream import ToolCallStream

if TYPE_CHECKING:
    from llamadesk.engine.options import SamplingParams
    from llamadesk.engine.session import ModelSession


@dataclass(frozen=True)
class ToolSetup:
    family: ToolFamily
    tools: tuple[Mapping[str, Any], ...]  # name, description, parameters
    grammar: ToolGrammar | None = None
    schemas: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def for_session(cls, session: ModelSession, tools: Sequence[Mapping[str, Any]], *,
                    choice: str = "auto", parallel: bool = True,
                    think: str | None = None) -> ToolSetup | None:
        """None when the model's template shows no tool calls. ``choice``: "auto", or
        "required", or the one tool's name it must call."""
        template = session.info.facts.chat_template or ""
        family = tool_family(template)
        if family is None or not tools:
            return None
        allowed = tools if choice in ("auto", "required") \
            else [t for t in tools if t["name"] == choice]
        # "auto": a call the model starts is held to the syntax (lazy); otherwise it
        # must call, after any thinking.
        grammar = tool_grammar(family, allowed, chat_template=template, parallel=parallel,
                               lazy=choice == "auto", thinking=session.reasoning_for(think))
        return cls(family, tuple(tools), grammar,
                   {t["name"]: t.get("parameters") or {} for t in tools})

    def params(self, params: SamplingParams) -> SamplingParams:
        if self.grammar is None:
            return params
        return replace(params, grammar=self.grammar.grammar,
                       grammar_triggers=self.grammar.triggers)

    def stream(self) -> ToolCallStream:
        return ToolCallStream(self.family, self.schemas)
