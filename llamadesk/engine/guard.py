"""The engine's protection against a CPU that faults, in one object.

Every path that loads a model (the window's worker, ``chat``, ``serve``, the
documents' embedder) hands one EngineGuard to the engine: before a load it
chooses the configuration (engine/cpu_probe.py, a child process on first use)
and loads the CPU backend for it (engine/backends.py); while the model loads,
answers or embeds, it keeps the activity file that lets the next start tell a
crash (engine/activity.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from llamadesk.engine import backends
from llamadesk.engine.activity import Activity, ActivityLog
from llamadesk.engine.cpu_probe import CpuProbe, EngineChoice, EngineConfig
from llamadesk.engine.gguf_file import ModelFacts
from llamadesk.errors import ModelLoadError

if TYPE_CHECKING:
    from llamadesk.paths import AppPaths


@dataclass(frozen=True)
class EngineGuard:
    probe: CpuProbe
    activity: ActivityLog

    @classmethod
    def for_paths(cls, paths: AppPaths) -> EngineGuard:
        return cls(CpuProbe(paths.engine_probe_file), ActivityLog(paths.engine_activity_dir))

    def prepare(self, facts: ModelFacts) -> EngineChoice:
        """The configuration for ``facts``, with its CPU backend loaded."""
        choice = self.probe.choose(facts)
        wanted = choice.config.cpu_variant
        try:
            backends.load_backends(None if wanted == backends.BUILT_IN else wanted)
        except backends.BackendChoiceError as error:
            raise ModelLoadError(str(error)) from None
        return choice

    @contextlib.contextmanager
    def watching(self, slot: str, what: str, facts: ModelFacts, config: EngineConfig,
                 gpu_layers: int = 0) -> Iterator[None]:
        with self.activity.during(slot, Activity(
                what, str(facts.path), facts.name, self.probe.key(facts), config.to_json(),
                gpu_layers)):
            yield


def unguarded_choice() -> EngineChoice:
    """No probe (tests, benchmarks): the best CPU backend, weights repacked."""
    loaded = backends.load_backends()
    return EngineChoice(EngineConfig(loaded.cpu_variant, True))
