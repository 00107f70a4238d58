"""What the engine is doing right now, on disk, so that a crash is never repeated blindly.

While a model loads, answers or embeds, a small file says so (which model, which
engine configuration, which process); it is removed when the work ends. A file
left behind by a process that no longer runs means that process died in the
middle: a segfault in llama.cpp, the OOM killer, a kill -9. The next start finds
it (``leftovers``) and tells the user in plain words instead of loading the same
model the same way again.

Nothing is fsynced: the files must outlive the process, not the operating system,
and a process that dies leaves its written pages to the kernel.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from llamadesk.jsonfile import read_json

log = logging.getLogger(__name__)

LOADING, ANSWERING, EMBEDDING = "loading", "answering", "embedding"


@dataclass(frozen=True)
class Activity:
    what: str  # LOADING, ANSWERING or EMBEDDING
    model_path: str
    model_name: str
    # cpu_probe.CpuProbe.key of the model, and the EngineConfig it ran with (as JSON).
    probe_key: str = ""
    config: dict[str, object] = field(default_factory=dict)
    gpu_layers: int = 0
    pid: int = field(default_factory=os.getpid)
    started: float = field(default_factory=time.time)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Activity | None:
        try:
            return cls(what=str(data["what"]), model_path=str(data["model_path"]),
                       model_name=str(data["model_name"]),
                       probe_key=str(data.get("probe_key", "")),
                       config=dict(data.get("config") or {}),  # type: ignore[call-overload]
                       gpu_layers=int(data.get("gpu_layers", 0)),  # type: ignore[call-overload]
                       pid=int(data["pid"]),  # type: ignore[call-overload]
                       started=float(data.get("started", 0.0)))  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            return None


class ActivityLog:
    """One file per process and slot ("chat", "embedding") in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, slot: str, pid: int | None = None) -> Path:
        return self.folder / f"{pid or os.getpid()}-{slot}.json"

    def begin(self, slot: str, activity: Activity) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self._file(slot)
            partial = target.with_suffix(".partial")
            partial.write_text(json.dumps(asdict(activity)), encoding="utf-8")
            os.replace(partial, target)
        except OSError as error:
            # A full or read-only disk costs the crash notice, never the reply.
            log.warning("Could not note the engine's activity: %s", error)

    def end(self, slot: str) -> None:
        with contextlib.suppress(OSError):
            self._file(slot).unlink(missing_ok=True)

    @contextlib.contextmanager
    def during(self, slot: str, activity: Activity) -> Iterator[None]:
        self.begin(slot, activity)
        try:
            yield
        finally:
            self.end(slot)

    def leftovers(self) -> list[Activity]:
        """Activities of processes that died in the middle, oldest first, removed from
        disk as they are read (each is told once)."""
        found: list[Activity] = []
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in files:
            activity = Activity.from_json(read_json(path, {}))
            if activity is not None and activity.pid != os.getpid() and _alive(activity.pid):
                continue  # another LlamaDesk (a reader, `docs search`) is at work
            with contextlib.suppress(OSError):
                path.unlink()
            if activity is not None:
                found.append(activity)
        return sorted(found, key=lambda a: a.started)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
