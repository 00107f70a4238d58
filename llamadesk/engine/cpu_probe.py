"""A CPU that only pretends is found before it costs the user anything.

Some CPUs announce features that fault when used: a cloud VM whose flags say AMX
dies with a general-protection fault on ``ldtilecfg`` the moment llama.cpp runs a
Q4_K model through its repacked AMX weights (llama.cpp #20824), and a bare
``llama_cpp.Llama`` dies the same way. Nothing in-process can survive that.

So before a model is first used on a machine, a child process (``llamadesk
--engine-probe``) loads it the same way and runs one prompt through it, repacked
weights included. If the child dies, the next rung of a ladder is tried:

1. the best CPU variant, weights repacked (llama.cpp's default, fastest);
2. the same variant, repacking off (``use_extra_bufts=False``: llama-server's
   ``--no-repack``);
3. the next variant down (skylakex after sapphirerapids...), repacked, then not...

The first rung whose child survives is kept in ``engine-probe.json``, per engine
build, CPU and quantization type (the kernels a fault lives in): the probe is
paid once per new kind of model, never on the GUI thread (the window's worker,
the CLI and the server all load through here). A crash later, in real use, is
recorded the same way (``record_crash``): that rung is never used again for it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from llamadesk.engine import backends
from llamadesk.engine.gguf_file import ModelFacts
from llamadesk.engine.probe_child import PROBE_FLAG
from llamadesk.errors import ModelLoadError
from llamadesk.jsonfile import read_json, write_json
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

# A probe loads the model and reads one short prompt; a 70B model from a slow
# disk can take a minute to map. Past this, the probe is inconclusive (kept no
# decision) and the load goes ahead as usual.
PROBE_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class EngineConfig:
    """How llama.cpp runs a model on this CPU."""

    cpu_variant: str  # a backends.cpu_variants() name, or backends.BUILT_IN
    repack: bool = True

    @property
    def label(self) -> str:
        return f"{self.cpu_variant}, repacked weights {'on' if self.repack else 'off'}"

    def to_json(self) -> dict[str, object]:
        return {"cpu_variant": self.cpu_variant, "repack": self.repack}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> EngineConfig:
        return cls(str(data["cpu_variant"]), bool(data.get("repack", True)))


@dataclass(frozen=True)
class ProbeOutcome:
    """A child's end: ``died`` by a signal (the fault we look for), ``failed`` in a
    way that says nothing about the CPU (a bad file), or ``timed_out``."""

    config: EngineConfig
    returncode: int | None
    seconds: float
    detail: str = ""

    @property
    def survived(self) -> bool:
        return self.returncode == 0

    @property
    def died(self) -> bool:
        return self.returncode is not None and died_by_signal(self.returncode)


@dataclass(frozen=True)
class EngineChoice:
    config: EngineConfig
    # What was found faulty, in one line for the model bar and `info`; None: nothing.
    note: Note | None = None
    # Seconds the probe took this time (0: the answer came from the cache).
    probe_seconds: float = 0.0
    failed: tuple[str, ...] = field(default=())


def died_by_signal(returncode: int) -> bool:
    """True for a child killed by a fault: a negative status on POSIX, an NTSTATUS
    exception code (0xC0000005 access violation, 0xC000001D illegal instruction...)
    on Windows."""
    if returncode < 0:
        return True
    return sys.platform == "win32" and returncode >= 0xC0000000


def signal_name(returncode: int | None) -> str:
    if returncode is None:
        return "timeout"
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit {returncode:#x}" if returncode >= 0xC0000000 else f"exit {returncode}"


@cache
def cpu_signature() -> str:
    """The CPU as far as faults go: its model and the flags it announces."""
    text = platform.machine() + " " + platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            seen: dict[str, str] = {}
            for line in info:
                key, _, value = line.partition(":")
                key = key.strip()
                if key in ("model name", "flags", "vendor_id") and key not in seen:
                    seen[key] = value.strip()
                if len(seen) == 3:
                    break
            text += " " + " ".join(f"{k}={v}" for k, v in sorted(seen.items()))
    except OSError:
        pass  # macOS, Windows: the machine and processor name stand for it
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def ladder(variants: Sequence[str]) -> list[EngineConfig]:
    """Every configuration to try, fastest first."""
    names = list(variants) or [backends.BUILT_IN]
    return [EngineConfig(name, repack) for name in names for repack in (True, False)]


def probe_command(model: Path, config: EngineConfig) -> list[str]:
    """The child: this same program, frozen (PyInstaller) or not."""
    own = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m",
                                                                     "llamadesk"]
    return [*own, PROBE_FLAG, json.dumps({"model": str(model), **config.to_json()})]


Runner = Callable[[Path, EngineConfig], ProbeOutcome]


def run_probe(model: Path, config: EngineConfig, *,
              command: Callable[[Path, EngineConfig], list[str]] = probe_command,
              timeout: float = PROBE_TIMEOUT_S) -> ProbeOutcome:
    started = time.perf_counter()
    env = dict(os.environ, PYTHONFAULTHANDLER="0")
    try:
        done = subprocess.run(command(model, config), capture_output=True, text=True,
                              errors="replace", timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return ProbeOutcome(config, None, time.perf_counter() - started, "timed out")
    detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [""]
    return ProbeOutcome(config, done.returncode, time.perf_counter() - started, detail[0])


class CpuProbe:
    """Chooses, once per engine build, CPU and quantization type, the fastest
    configuration that does not fault; the choice lives in ``cache_file``."""

    def __init__(self, cache_file: Path, *, runner: Runner | None = None,
                 in_process: Callable[[], backends.LoadedBackends | None] = backends.loaded
                 ) -> None:
        self.cache_file = cache_file
        self._runner: Runner = runner or (lambda model, config: run_probe(model, config))
        # The CPU backend this process holds already, if any: it cannot change.
        self._in_process = in_process

    # -- the cache -----------------------------------------------------------

    def _read(self) -> dict[str, dict[str, object]]:
        data = read_json(self.cache_file, {})
        entries = data.get("entries") if isinstance(data, dict) else None
        return entries if isinstance(entries, dict) else {}

    def _write(self, key: str, entry: dict[str, object]) -> None:
        entries = self._read()
        entries[key] = entry
        try:
            write_json(self.cache_file, {"entries": entries})
        except OSError as error:
            # A full or read-only disk: the probe runs again next time, nothing is lost.
            log.warning("Could not remember the engine probe in %s: %s", self.cache_file, error)

    @staticmethod
    def key(facts: ModelFacts) -> str:
        build = backends.engine_build()
        return "|".join((build.version, build.build_id or "-", cpu_signature(),
                         facts.quantization))

    def cached(self, facts: ModelFacts) -> EngineChoice | None:
        entry = self._read().get(self.key(facts))
        if not entry or entry.get("state") != "ok":
            return None
        failed = tuple(_failed(entry))
        config = EngineConfig.from_json(entry["config"])  # type: ignore[arg-type]
        return EngineChoice(config, _note_for(config, failed), 0.0, failed)

    # -- choosing ----------------------------------------------------------------

    def choose(self, facts: ModelFacts) -> EngineChoice:
        """The configuration to load ``facts`` with; probes on the first use.
        Raises ModelLoadError when every configuration faults."""
        key = self.key(facts)
        entry = self._read().get(key) or {}
        if entry.get("state") == "ok":
            choice = self.cached(facts)
            assert choice is not None
            return self._within_process(choice)
        failed = _failed(entry)
        rungs = self._rungs(skip=set(failed))
        started = time.perf_counter()
        for config in rungs:
            outcome = self._runner(facts.path, config)
            log.info("Engine probe %s with %s: %s in %.2f s", facts.path.name, config.label,
                     "survived" if outcome.survived else signal_name(outcome.returncode),
                     outcome.seconds)
            if outcome.survived:
                seconds = time.perf_counter() - started
                self._write(key, {"state": "ok", "config": config.to_json(),
                                  "failed": failed, "seconds": round(seconds, 3),
                                  "model": facts.path.name, "when": time.time()})
                return EngineChoice(config, _note_for(config, tuple(failed)), seconds,
                                    tuple(failed))
            if not outcome.died:
                # Not a fault (a file llama.cpp refuses, a timeout): the real load says
                # what is wrong, and nothing is remembered.
                log.info("Engine probe inconclusive (%s): %s", signal_name(outcome.returncode),
                         outcome.detail)
                return EngineChoice(config, None, time.perf_counter() - started,
                                    tuple(failed))
            failed.append(_rung_id(config) + ":" + signal_name(outcome.returncode))
        self._write(key, {"state": "faulty", "failed": failed, "model": facts.path.name,
                          "when": time.time()})
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "llama.cpp crashed on this computer with %1 in every configuration "
            "LlamaDesk tried (%2). The model was not loaded."),
            facts.path.name, ", ".join(failed) or "none"))

    def record_crash(self, facts_key: str, config: EngineConfig, what: str) -> None:
        """LlamaDesk died while ``config`` ran a model of ``facts_key``: that rung is
        never chosen for it again, and the next load probes the one below."""
        entry = self._read().get(facts_key) or {}
        failed = _failed(entry)
        failed.append(_rung_id(config) + ":" + what)
        self._write(facts_key, {"state": "crashed", "failed": failed,
                                "model": entry.get("model", ""), "when": time.time()})

    def _rungs(self, skip: set[str]) -> list[EngineConfig]:
        loaded = self._in_process()
        names = list(backends.usable_variant_names())
        if loaded is not None:
            # The process has its CPU backend already: only its rungs are possible.
            names = [loaded.cpu_variant] if loaded.cpu_variant != backends.BUILT_IN else []
        ids = {f.split(":", 1)[0] for f in skip}
        return [c for c in ladder(names) if _rung_id(c) not in ids]

    def _within_process(self, choice: EngineChoice) -> EngineChoice:
        loaded = self._in_process()
        if loaded is None or choice.config.cpu_variant in (loaded.cpu_variant,
                                                           backends.BUILT_IN):
            return choice
        usable = list(loaded.usable)
        wanted, have = choice.config.cpu_variant, loaded.cpu_variant
        if wanted in usable and have in usable and usable.index(have) > usable.index(wanted):
            # A lower variant is in already (another model needed it): safe for this one.
            return EngineChoice(EngineConfig(have, choice.config.repack), choice.note,
                                choice.probe_seconds, choice.failed)
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "This model needs llama.cpp's %1 CPU backend, and %2 is already in "
            "use: restart LlamaDesk to load it."), wanted, have))


def _failed(entry: dict[str, object]) -> list[str]:
    """The rungs an entry records as faulty ("zen4+repack:SIGSEGV"...)."""
    failed = entry.get("failed")
    return [str(f) for f in failed] if isinstance(failed, list) else []


def _rung_id(config: EngineConfig) -> str:
    return f"{config.cpu_variant}{'+repack' if config.repack else ''}"


def _note_for(config: EngineConfig, failed: tuple[str, ...]) -> Note | None:
    """One line for the model bar and `info`, only when something was turned off."""
    if not failed:
        return None
    first = failed[0].split(":", 1)
    cause = first[1] if len(first) > 1 else "a crash"
    repack_only = not config.repack and all(f.startswith(config.cpu_variant) for f in failed)
    if any(":crash while" in f for f in failed):
        # A crash in real use: the engine is the likely cause, not a proven one.
        if repack_only:
            return Note(QT_TRANSLATE_NOOP(
                "messages", "After LlamaDesk crashed with this kind of model, it runs it with "
                "llama.cpp's weight repacking off: a little slower."))
        if config.repack:
            return Note(QT_TRANSLATE_NOOP(
                "messages", "After LlamaDesk crashed with this kind of model, it runs it on "
                "llama.cpp's %1 CPU backend."), config.cpu_variant)
        return Note(QT_TRANSLATE_NOOP(
            "messages", "After LlamaDesk crashed with this kind of model, it runs it on "
            "llama.cpp's %1 CPU backend with weight repacking off."), config.cpu_variant)
    if repack_only:
        return Note(QT_TRANSLATE_NOOP(
            "messages", "This CPU faulted in llama.cpp's repacked weights (%1), so "
            "repacking is off for this kind of model: a little slower, and safe."), cause)
    if config.repack:
        return Note(QT_TRANSLATE_NOOP(
            "messages", "This CPU faulted in llama.cpp's fastest code (%1), so LlamaDesk "
            "uses its %2 CPU backend instead."), cause, config.cpu_variant)
    return Note(QT_TRANSLATE_NOOP(
        "messages", "This CPU faulted in llama.cpp's fastest code (%1), so LlamaDesk uses "
        "its %2 CPU backend with weight repacking off."), cause, config.cpu_variant)
