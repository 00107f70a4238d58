"""How a conversation samples, decided once for the window, the terminal and the API.

A conversation stores its choice as JSON ({"preset": "creative", "temperature":
0.8}); new chats take the app's default choice from the settings. Both the
window and `llamadesk chat` ask ``sampling_for`` and get the same answer, where
before the window gave a conversation made in the terminal the preset without
the default overrides, and the terminal ignored what a conversation had stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from llamadesk.engine.options import PRESETS, SamplingParams
from llamadesk.engine.reasoning import THINK_CHOICES

# The values a person can change on top of a preset: (lowest, highest, step).
# The settings dialog builds its spin boxes from these, and stored values outside
# them are ignored.
SAMPLING_BOUNDS: dict[str, tuple[float, float, float]] = {
    "temperature": (0.0, 2.0, 0.05),
    "top_p": (0.0, 1.0, 0.05),
    "top_k": (0, 200, 1),
    "min_p": (0.0, 1.0, 0.01),
    "repeat_penalty": (0.5, 2.0, 0.05),
}
SAMPLING_KEYS = tuple(SAMPLING_BOUNDS)
DEFAULT_PRESET = "balanced"


@dataclass(frozen=True)
class SamplingChoice:
    """A preset and the values changed on top of it."""

    preset: str = DEFAULT_PRESET
    overrides: tuple[tuple[str, float], ...] = ()
    # A thinking model's switch (engine/reasoning.py THINK_CHOICES); None: the
    # template's own default.
    think: str | None = None
    # The conversation's Tools switch: its replies may call the user's MCP tools.
    tools: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> SamplingChoice | None:
        """The choice stored as ``data``; None when nothing usable is stored."""
        if not isinstance(data, Mapping) or not data:
            return None
        preset = data.get("preset")
        think = data.get("think") if data.get("think") in THINK_CHOICES else None
        overrides = tuple(sorted(
            (key, float(value)) for key, value in data.items()
            if key in SAMPLING_KEYS and isinstance(value, (int, float))
            and not isinstance(value, bool) and in_bounds(key, value)))
        tools = data.get("tools") is True
        if preset not in PRESETS:
            if not overrides and think is None and not tools:
                return None
            preset = DEFAULT_PRESET
        return cls(str(preset), overrides, think, tools)

    def to_json(self) -> dict[str, Any]:
        return {"preset": self.preset, **dict(self.overrides),
                **({"think": self.think} if self.think else {}),
                **({"tools": True} if self.tools else {})}

    def with_overrides(self, **values: float) -> SamplingChoice:
        merged = dict(self.overrides)
        merged.update({k: float(v) for k, v in values.items() if k in SAMPLING_KEYS})
        return replace(self, overrides=tuple(sorted(merged.items())))

    def params(self, **extra: Any) -> SamplingParams:
        """The sampling parameters, with ``extra`` (max_tokens, seed...) set on top."""
        values: dict[str, Any] = dict(self.overrides)
        if "top_k" in values:
            values["top_k"] = int(values["top_k"])
        if self.think is not None:
            values["think"] = self.think
        return replace(SamplingParams.preset(self.preset, **values), **extra)


def in_bounds(key: str, value: float) -> bool:
    low, high, _ = SAMPLING_BOUNDS[key]
    return low <= value <= high


def sampling_for(stored: Mapping[str, Any] | None, default: SamplingChoice) -> SamplingChoice:
    """A conversation's choice: what it stored, else the app's default for new chats."""
    return SamplingChoice.from_json(stored) or default


class _Readable(Protocol):
    def __getitem__(self, key: str) -> Any: ...


@dataclass(frozen=True)
class PlainTextLimits:
    """A model without a chat template (a base model) continues text with no end in
    sight: one repeated a sentence for 1,650 tokens. Its replies get a length cap
    and a repeat penalty, unless the conversation chose its own (Settings › New
    chats shows both)."""

    max_tokens: int = 512
    repeat_penalty: float = 1.15

    @classmethod
    def from_settings(cls, settings: _Readable) -> PlainTextLimits:
        return cls(int(settings["plain_max_tokens"]), float(settings["plain_repeat_penalty"]))

    def apply(self, params: SamplingParams) -> SamplingParams:
        # A repeat penalty of exactly 1.0 is every preset's "off": not a choice made.
        penalty = self.repeat_penalty if params.repeat_penalty == 1.0 else params.repeat_penalty
        return replace(params, max_tokens=params.max_tokens or self.max_tokens,
                       repeat_penalty=penalty)
