"""Settings: one declarative table, persisted in a real JSON file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llamadesk.settings import Settings, sampling_from


def test_values_survive_a_restart(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    settings = Settings(file)
    assert settings["theme"] == "system"
    settings.update(theme="dark", font_size=14, default_preset="creative",
                    default_sampling={"temperature": 1.1}, last_conversation=7)
    settings.save()

    again = Settings(file)
    assert again["theme"] == "dark"
    assert again["font_size"] == 14
    assert again["last_conversation"] == 7
    assert again.default_sampling().temperature == 1.1
    assert again.default_sampling().repeat_penalty == 1.05  # the rest is the preset's


def test_bad_values_fall_back_to_defaults_and_keep_the_rest(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"theme": "purple", "font_size": "big", "threads": True,
                                "send_key": "ctrl_enter", "from_the_future": 1}))
    settings = Settings(file)
    assert settings["theme"] == "system"
    assert settings["font_size"] == 0
    assert settings["threads"] == 0
    assert settings["send_key"] == "ctrl_enter"


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", "\x00\x01"])
def test_unreadable_file_gives_defaults(tmp_path: Path, content: str) -> None:
    file = tmp_path / "settings.json"
    file.write_text(content)
    assert Settings(file)["theme"] == "system"


def test_invalid_assignments_are_refused(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    with pytest.raises(ValueError):
        settings["theme"] = "neon"
    with pytest.raises(ValueError):
        settings["gpu_layers"] = -5
    with pytest.raises(KeyError):
        settings["nope"] = 1


def test_mutable_defaults_are_not_shared(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    settings["template_overrides"]["x"] = "llama2"
    assert settings["template_overrides"] == {}


def test_sampling_ignores_unknown_keys_and_bad_values() -> None:
    params = sampling_from("precise", {"temperature": 0.3, "evil": 1, "top_k": 40.0,
                                       "top_p": "x"})
    assert params.temperature == 0.3
    assert params.top_k == 40 and isinstance(params.top_k, int)
    assert params.top_p == 0.9
    assert sampling_from("unknown", {}).temperature == 0.6


@pytest.mark.parametrize(("key", "value"), [
    ("window_geometry", "ÄÖÜ non-ASCII geometry"),
    ("splitter_sizes", [10**21, 300]),
    ("splitter_sizes", ["wide", 300]),
    ("template_overrides", {"/models/a.gguf": "mystery-format"}),
    ("template_overrides", {"/models/a.gguf": ["llama2"]}),
    ("default_sampling", {"temperature": "hot"}),
    ("default_sampling", {"temperature": 1e308}),
    ("last_conversation", 10**30),
    ("last_conversation", "7"),
    ("speculation", {"/models/a.gguf": {"mode": "warp"}}),
    ("speculation", {"/models/a.gguf": {"mode": "draft", "tokens": 10**6}}),
    ("speculation", {"/models/a.gguf": {"mode": "lookup", "tokens": True}}),
    ("speculation", {"/models/a.gguf": {"mode": "draft", "draft": ["x"]}}),
])
def test_damaged_nested_values_fall_back_per_key(tmp_path: Path, key: str, value: object) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({key: value, "theme": "dark"}), encoding="utf-8")
    settings = Settings(file)
    assert settings[key] == Settings(tmp_path / "none.json")[key]  # the default
    assert settings["theme"] == "dark"  # the rest kept


def test_settings_nested_fifty_thousand_deep_give_defaults(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    file.write_text('{"theme": ' + "[" * 50_000 + "]" * 50_000 + "}", encoding="utf-8")
    assert Settings(file)["theme"] == "system"



def test_speculation_is_kept_per_model_and_defaults_to_auto(tmp_path: Path) -> None:
    from llamadesk.speculation_choice import SpeculationChoice

    settings = Settings(tmp_path / "settings.json")
    assert settings.speculation_for("/models/a.gguf") == SpeculationChoice("auto")
    settings.set_speculation("/models/a.gguf", SpeculationChoice("draft", "/models/s.gguf", 5))
    settings.set_speculation("/models/b.gguf", SpeculationChoice("off"))
    settings.save()
    again = Settings(tmp_path / "settings.json")
    a = again.speculation_for("/models/a.gguf")
    assert a.engine_mode() == "draft:/models/s.gguf" and a.tokens == 5
    assert again.speculation_for("/models/b.gguf").engine_mode() == "off"
    again.set_speculation("/models/b.gguf", SpeculationChoice())  # back to the default
    assert "/models/b.gguf" not in again["speculation"]
    # A draft mode whose draft was never chosen guesses by lookup.
    assert SpeculationChoice("draft").engine_mode() == "auto"
