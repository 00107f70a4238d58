"""A model's speculative decoding setting (engine/speculation.py, engine/draft.py):
what a person chose for it, stored per model file in the settings, no Qt.

"auto" by default: guessing by prompt lookup only while it pays on this computer,
so a model nobody set up is never slower for it (bench/speculative.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MODES = ("auto", "off", "lookup", "draft")
MOST_TOKENS = 32  # the most tokens a person may have guessed at once


@dataclass(frozen=True)
class SpeculationChoice:
    mode: str = "auto"
    draft: str = ""  # the draft model's file, for mode "draft"
    tokens: int = 8  # the most tokens guessed at once

    def engine_mode(self) -> str:
        """SamplingParams.speculative's form; a draft never chosen is "auto"."""
        if self.mode == "draft":
            return f"draft:{self.draft}" if self.draft else "auto"
        return self.mode

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "draft": self.draft, "tokens": self.tokens}

    @classmethod
    def from_json(cls, value: Any) -> SpeculationChoice:
        return cls(value["mode"], value.get("draft", ""), value.get("tokens", 8)) \
            if valid_entry(value) else cls()


def valid_entry(value: Any) -> bool:
    """One model's entry, as a hand-edited settings file may have it."""
    if not isinstance(value, dict) or set(value) - {"mode", "draft", "tokens"}:
        return False
    tokens = value.get("tokens", 8)
    draft = value.get("draft", "")
    return (value.get("mode") in MODES and isinstance(draft, str) and len(draft) <= 4096
            and isinstance(tokens, int) and not isinstance(tokens, bool)
            and 1 <= tokens <= MOST_TOKENS)


def valid_table(value: dict[Any, Any]) -> bool:
    """The setting: model file path -> entry."""
    return len(value) <= 10_000 and all(
        isinstance(k, str) and len(k) <= 4096 and valid_entry(v) for k, v in value.items())
