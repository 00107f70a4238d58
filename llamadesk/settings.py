"""The app's settings: one declarative table, one JSON file, no Qt.

Every setting is declared once below with its type, default and allowed values.
Loading checks each stored value against its declaration, so a hand-edited or
half-written file can never crash the app: a bad value falls back to the default
and is logged, the others are kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llamadesk.engine.options import PRESETS, SamplingParams
from llamadesk.jsonfile import read_json, write_json
from llamadesk.sampling import SAMPLING_KEYS, SamplingChoice, in_bounds
from llamadesk.speculation_choice import SpeculationChoice, valid_table
from llamadesk.tools.servers import valid_server_list

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    # What the value must also be, inside: a list's items, a dict's entries, a
    # string's characters. A damaged file is checked as deep as it goes.
    check: Callable[[Any], bool] | None = None

    def accepts(self, value: Any) -> bool:
        expected = type(self.default)
        if self.default is None:
            valid = value is None or isinstance(value, (int, str))
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            return False
        elif self.choices is not None and value not in self.choices:
            return False
        elif self.minimum is not None and value < self.minimum:
            return False
        else:
            valid = not (self.maximum is not None and value > self.maximum)
        return valid and (self.check is None or self.check(value))


def _ints(low: int, high: int, most: int) -> Callable[[Any], bool]:
    return lambda value: len(value) <= most and all(
        isinstance(v, int) and not isinstance(v, bool) and low <= v <= high for v in value)


def _short_text(most: int) -> Callable[[Any], bool]:
    return lambda value: len(value) <= most


_BASE64 = re.compile(r"[A-Za-z0-9+/=]*")
_TEMPLATE_KINDS = ("llama2", "jinja", "plain")  # engine.prompt.TemplateKind a user can choose


def _geometry(value: str) -> bool:
    return len(value) <= 8192 and _BASE64.fullmatch(value) is not None


def _template_overrides(value: dict[Any, Any]) -> bool:
    return len(value) <= 10_000 and all(
        isinstance(k, str) and len(k) <= 4096 and v in _TEMPLATE_KINDS for k, v in value.items())


def _sampling_overrides(value: dict[Any, Any]) -> bool:
    return all(k in SAMPLING_KEYS and isinstance(v, (int, float)) and not isinstance(v, bool)
               and in_bounds(k, v) for k, v in value.items())


def _origins(value: list[Any]) -> bool:
    return len(value) <= 64 and all(isinstance(v, str) and 0 < len(v) <= 256 for v in value)


def _conversation_id(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool)
                             and 1 <= value < 2**63)



# The table. UI labels live in the settings dialog (they need tr()); the
# meaning of each value is said here once.
SETTINGS: tuple[Setting, ...] = (
    # Appearance and behaviour.
    Setting("theme", "system", choices=("system", "light", "dark")),
    Setting("font_size", 0, minimum=0, maximum=40),  # 0: the system's size
    Setting("send_key", "enter", choices=("enter", "ctrl_enter")),
    Setting("language", "system", check=_short_text(32)),  # "system" or a shipped code
    # Model loading.
    Setting("gpu_layers", -2, minimum=-2, maximum=999),  # -2: auto, -1: all, 0: CPU only
    Setting("main_gpu", 0, minimum=0, maximum=63),  # which GPU, in llama.cpp's numbering
    Setting("threads", 0, minimum=0, maximum=256),  # 0: llama.cpp's choice
    Setting("context_size", 0, minimum=0, maximum=1 << 20),  # 0: automatic (placement.py)
    # Installed model path -> TemplateKind value.
    Setting("template_overrides", {}, check=_template_overrides),
    # Model path -> speculative decoding (speculation_choice.py); absent: "auto".
    Setting("speculation", {}, check=valid_table),
    Setting("last_model", "", check=_short_text(4096)),
    # Defaults for new chats.
    Setting("default_system_prompt", ""),
    Setting("default_preset", "balanced", choices=tuple(PRESETS)),
    # Overrides of the preset, SAMPLING_KEYS only.
    Setting("default_sampling", {}, check=_sampling_overrides),
    # Replies of a model without a chat template (sampling.PlainTextLimits).
    Setting("plain_max_tokens", 512, minimum=16, maximum=32_768),
    Setting("plain_repeat_penalty", 1.15, minimum=1.0, maximum=2.0),
    # Attached images kept as they came; off: kept at the size the model read.
    Setting("keep_original_images", True),
    # Window state.
    Setting("window_geometry", "", check=_geometry),  # Qt's saveGeometry(), base64
    Setting("splitter_sizes", [], check=_ints(0, 100_000, 8)),
    Setting("last_conversation", None, check=_conversation_id),
    # The local API server (Settings › API server; `llamadesk serve` takes flags).
    Setting("api_server", False),
    Setting("api_host", "127.0.0.1", choices=("127.0.0.1", "0.0.0.0")),  # noqa: S104 - a choice
    Setting("api_port", 8080, minimum=1, maximum=65535),
    Setting("api_cors_origins", [], check=_origins),
    Setting("api_keep_history", False),  # API chats saved, marked as the API's
    # The user's MCP tool servers (tools/servers.py, McpServer.to_json), and the most
    # rounds of tool calls one reply may make.
    Setting("mcp_servers", [], check=valid_server_list),
    Setting("tool_rounds", 8, minimum=1, maximum=64),
    # The pool's workers, host:port each (their codes are in the keyring: pool/codes.py).
    Setting("pool_workers", [], check=_origins),
    Setting("pool_use", False),  # the window's loads spread over those workers
    # Lending this computer from the window (Settings › Pool, a `pool serve` child).
    Setting("pool_lend", False),
    Setting("pool_lend_host", "0.0.0.0", choices=("127.0.0.1", "0.0.0.0")),  # noqa: S104
    Setting("pool_lend_port", 50052, minimum=1, maximum=65535),
    Setting("pool_lend_memory", 0.0, minimum=0.0, maximum=4096.0),  # GB; 0: all free
)

_BY_KEY = {setting.key: setting for setting in SETTINGS}


def sampling_from(preset: str, overrides: dict[str, Any]) -> SamplingParams:
    """A preset with the individual values a person changed; unknown keys are ignored."""
    choice = SamplingChoice.from_json({**overrides, "preset": preset}) or SamplingChoice()
    return choice.params()


class Settings:
    """The values of the table, read from and saved to one JSON file."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._values: dict[str, Any] = {}
        stored = read_json(file, {})
        if not isinstance(stored, dict):
            log.warning("Settings file %s is not a JSON object; using defaults", file)
            stored = {}
        for key, value in stored.items():
            setting = _BY_KEY.get(key)
            if setting is None:
                continue  # from a newer or older version; dropped on the next save
            if setting.accepts(value):
                self._values[key] = value
            else:
                log.warning("Setting %s has an invalid value; using the default", key)

    def __getitem__(self, key: str) -> Any:
        setting = _BY_KEY[key]
        value = self._values.get(key, setting.default)
        # Defaults are shared: hand out copies of the mutable ones.
        return dict(value) if isinstance(value, dict) else \
            list(value) if isinstance(value, list) else value

    def __setitem__(self, key: str, value: Any) -> None:
        setting = _BY_KEY.get(key)
        if setting is None:
            raise KeyError(f"Unknown setting {key!r}")
        if not setting.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for the setting {key!r}")
        self._values[key] = value

    def update(self, **values: Any) -> None:
        for key, value in values.items():
            self[key] = value

    def reset(self, key: str) -> None:
        self._values.pop(key, None)

    def save(self) -> None:
        """Atomic: a crash while saving leaves the previous file whole."""
        write_json(self.file, self._values)

    def speculation_for(self, model_path: str) -> SpeculationChoice:
        return SpeculationChoice.from_json(self["speculation"].get(model_path))

    def set_speculation(self, model_path: str, choice: SpeculationChoice) -> None:
        table = self["speculation"]
        if choice == SpeculationChoice():
            table.pop(model_path, None)  # the default: nothing to keep
        else:
            table[model_path] = choice.to_json()
        self["speculation"] = table

    def default_sampling(self) -> SamplingParams:
        return self.default_choice().params()

    def default_choice(self) -> SamplingChoice:
        """The sampling new chats start with (Settings › New chats)."""
        return SamplingChoice.from_json({"preset": self["default_preset"],
                                         **self["default_sampling"]}) or SamplingChoice()
