"""The CPU probe: a configuration whose child dies by a signal is never used.

The children here are real processes running the real probe child on the tiny
model; the faulty ones kill themselves by SIGSEGV after loading it (a CPU that
only pretends cannot be had on demand). The parent's decisions are under test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from llamadesk.engine import backends
from llamadesk.engine.cpu_probe import (
    CpuProbe,
    EngineConfig,
    ProbeOutcome,
    died_by_signal,
    ladder,
    probe_command,
    run_probe,
)
from llamadesk.engine.gguf_file import read_model_facts
from llamadesk.errors import ModelLoadError

FAULTY = Path(__file__).parents[1] / "helpers" / "faulty_probe.py"


class Children:
    """Runs the faulty child, counting what it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, faulty: list[str]) -> None:
        monkeypatch.setenv("LLAMADESK_FAULTY_RUNGS", ",".join(faulty))
        self.asked: list[str] = []
        self.outcomes: list[ProbeOutcome] = []

    def __call__(self, model: Path, config: EngineConfig) -> ProbeOutcome:
        self.asked.append(f"{config.cpu_variant}{'+repack' if config.repack else ''}")
        outcome = run_probe(model, config, command=lambda m, c: [
            sys.executable, str(FAULTY), json.dumps({"model": str(m), **c.to_json()})])
        self.outcomes.append(outcome)
        return outcome


def _fresh_probe(cache: Path, children: Children) -> CpuProbe:
    # As in a process that has loaded no CPU backend yet (this test process has).
    return CpuProbe(cache, runner=children, in_process=lambda: None)


@pytest.fixture
def variants() -> tuple[str, ...]:
    usable = backends.usable_variant_names()
    assert len(usable) >= 2, f"LlamaDesk's engine build ships CPU variants; found {usable}"
    return usable


def test_the_engine_is_the_portable_build() -> None:
    build = backends.engine_build()
    assert build.build_id, "llama-cpp-python is not packaging/engine/build_wheel.sh's build"
    assert len(build.cpu_modules) >= 10  # x64 ... sapphirerapids
    loaded = backends.load_backends()
    assert loaded.cpu_variant == backends.usable_variant_names()[0]  # the best this CPU runs


def test_ladder_goes_from_fastest_to_safest() -> None:
    assert [(c.cpu_variant, c.repack) for c in ladder(["icelake", "haswell"])] == [
        ("icelake", True), ("icelake", False), ("haswell", True), ("haswell", False)]


def test_a_healthy_cpu_keeps_the_fastest_and_probes_once(
        tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch,
        variants: tuple[str, ...]) -> None:
    children = Children(monkeypatch, [])
    probe = _fresh_probe(tmp_path / "probe.json", children)
    facts = read_model_facts(tiny_model)
    choice = probe.choose(facts)
    assert choice.config == EngineConfig(variants[0], True)
    assert choice.note is None and choice.probe_seconds > 0
    assert children.asked == [f"{variants[0]}+repack"]
    again = _fresh_probe(tmp_path / "probe.json", children).choose(facts)
    assert again.config == choice.config and again.probe_seconds == 0
    assert len(children.asked) == 1  # the cache answered


def test_a_fault_in_repacked_weights_turns_repacking_off(
        tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch,
        variants: tuple[str, ...]) -> None:
    best = variants[0]
    children = Children(monkeypatch, [f"{best}+repack"])
    choice = _fresh_probe(tmp_path / "probe.json", children).choose(read_model_facts(tiny_model))
    assert children.outcomes[0].died and children.outcomes[0].returncode == -11
    assert choice.config == EngineConfig(best, False)
    assert choice.note is not None and "repacked weights (SIGSEGV)" in choice.note
    assert choice.failed == (f"{best}+repack:SIGSEGV",)


def test_a_variant_that_faults_either_way_gives_way_to_the_next(
        tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch,
        variants: tuple[str, ...]) -> None:
    best, second = variants[:2]
    children = Children(monkeypatch, [f"{best}+repack", best])
    cache = tmp_path / "probe.json"
    choice = _fresh_probe(cache, children).choose(read_model_facts(tiny_model))
    assert children.asked == [f"{best}+repack", best, f"{second}+repack"]
    assert choice.config == EngineConfig(second, True)
    assert choice.note is not None and f"its {second} CPU backend" in choice.note
    saved = json.loads(cache.read_text())["entries"]
    [entry] = saved.values()
    assert entry["state"] == "ok" and entry["config"] == {"cpu_variant": second, "repack": True}


def test_a_model_that_faults_everywhere_is_refused_in_words(
        tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch,
        variants: tuple[str, ...]) -> None:
    children = Children(monkeypatch, [r for v in variants for r in (f"{v}+repack", v)])
    with pytest.raises(ModelLoadError, match="crashed on this computer .* in every"):
        _fresh_probe(tmp_path / "probe.json", children).choose(read_model_facts(tiny_model))
    assert len(children.asked) == 2 * len(variants)


def test_a_child_that_fails_without_a_fault_decides_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_model: Path,
        variants: tuple[str, ...]) -> None:
    # The file vanishes between the parent's check and the child's load: exit 3, no signal.
    facts = read_model_facts(tiny_model)
    gone = tmp_path / "gone.gguf"
    children = Children(monkeypatch, [])
    choice = _fresh_probe(tmp_path / "probe.json", children).choose(
        type(facts)(**{**facts.__dict__, "path": gone}))
    assert children.outcomes[0].returncode == 3 and not children.outcomes[0].died
    assert choice.config == EngineConfig(variants[0], True)
    assert not (tmp_path / "probe.json").exists()  # nothing remembered


def test_a_crash_in_real_use_moves_the_model_one_rung_down(
        tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch,
        variants: tuple[str, ...]) -> None:
    children = Children(monkeypatch, [])
    probe = _fresh_probe(tmp_path / "probe.json", children)
    facts = read_model_facts(tiny_model)
    first = probe.choose(facts)
    probe.record_crash(probe.key(facts), first.config, "crash while answering")
    after = probe.choose(facts)
    assert after.config == EngineConfig(variants[0], False)
    assert children.asked == [f"{variants[0]}+repack", variants[0]]  # re-probed below


def test_the_real_child_runs_this_program(tmp_path: Path, tiny_model: Path) -> None:
    command = probe_command(tiny_model, EngineConfig(backends.usable_variant_names()[0]))
    assert command[1:4] == ["-m", "llamadesk", "--engine-probe"]
    outcome = run_probe(tiny_model, EngineConfig(backends.usable_variant_names()[0], True))
    assert outcome.survived, outcome.detail


def test_signals_read_as_faults_on_every_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    assert died_by_signal(-11) and died_by_signal(-4) and not died_by_signal(1)
    monkeypatch.setattr(sys, "platform", "win32")
    assert died_by_signal(0xC0000005) and died_by_signal(0xC000001D)
