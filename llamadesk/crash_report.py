"""What the last run died of, told in plain words at the next start.

The engine notes what it is doing while it loads, answers or embeds
(engine/activity.py); Python's faulthandler writes a dying process's stacks to
``faults.log``. A note left behind by a process that is gone means LlamaDesk died
in the middle. This module turns that into a notice (which model, doing what,
and the fault in one line) and a full report the user can copy. Nothing is sent
anywhere.

A fault (SIGSEGV, SIGILL...) in llama.cpp is also recorded with the CPU probe:
the configuration that crashed is not used for that kind of model again, so
"load with the safe settings" means the next one down, without the GPU.
"""

from __future__ import annotations

import logging
import platform
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from llamadesk import __version__
from llamadesk.engine.activity import ANSWERING, EMBEDDING, LOADING, Activity
from llamadesk.engine.cpu_probe import EngineConfig
from llamadesk.engine.guard import EngineGuard
from llamadesk.logs import redact
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

# faulthandler's first line for a fault, e.g. "Fatal Python error: Segmentation fault".
_FATAL = re.compile(r"^Fatal Python error: (.+)$", re.MULTILINE)
_FRAME = re.compile(r'^\s+File "(?P<file>[^"]+)", line (?P<line>\d+) in (?P<function>\S+)',
                    re.MULTILINE)
# The last fault block is at most this far from the end of faults.log.
_TAIL_BYTES = 64 * 1024

# One whole sentence per activity, so that each translates as a whole.
_WITH_FAULT = {
    LOADING: QT_TRANSLATE_NOOP(
        "messages", "LlamaDesk closed unexpectedly while loading %1: %2. The model was not "
        "loaded again."),
    ANSWERING: QT_TRANSLATE_NOOP(
        "messages", "LlamaDesk closed unexpectedly while %1 was answering: %2. The model was "
        "not loaded again."),
    EMBEDDING: QT_TRANSLATE_NOOP(
        "messages", "LlamaDesk closed unexpectedly while indexing documents with %1: %2. The "
        "model was not loaded again."),
}
_KILLED = {
    LOADING: QT_TRANSLATE_NOOP(
        "messages", "LlamaDesk was stopped from outside while loading %1 (perhaps for lack of "
        "memory). The model was not loaded again."),
    ANSWERING: QT_TRANSLATE_NOOP(
        "messages", "LlamaDesk was stopped from outside while %1 was answering (perhaps for "
        "lack of memory). The model was not loaded again."),
    EMBEDDING: QT_TRANSLATE_NOOP(
        "messages", "LlamaDesk was stopped from outside while indexing documents with %1 "
        "(perhaps for lack of memory). The model was not loaded again."),
}


@dataclass(frozen=True)
class CrashNotice:
    activity: Activity
    # "Segmentation fault in llama_decode (llama_cpp.py)", or "" when the process
    # was killed without a trace (the OOM killer, kill -9, a power cut).
    fault: str
    # The whole report for "Copy report": the stacks, what ran, the engine.
    report: str

    @property
    def model_path(self) -> Path:
        return Path(self.activity.model_path)

    def message(self) -> Note:
        what = self.activity.what if self.activity.what in _KILLED else ANSWERING
        if self.fault:
            return Note(_WITH_FAULT[what], self.activity.model_name, self.fault)
        return Note(_KILLED[what], self.activity.model_name)

    def safe_settings(self) -> Note:
        return Note(QT_TRANSLATE_NOOP(
            "messages", "The safe settings run it on the CPU only, with the engine "
            "configuration below the one that crashed."))


def find_crash(guard: EngineGuard, fault_log: Path) -> CrashNotice | None:
    """The last run's crash, told once (its activity notes are removed as read)."""
    leftovers = guard.activity.leftovers()
    if not leftovers:
        return None
    activity = leftovers[-1]
    fault_text = _last_fault(fault_log, since=activity.started)
    fault = summarize_fault(fault_text) if fault_text else ""
    if fault and activity.probe_key and activity.config:
        # A fault, not a kill: that configuration is never used for this kind of model
        # again (the probe checks the next one down before it is used).
        guard.probe.record_crash(activity.probe_key, EngineConfig.from_json(activity.config),
                                 f"crash while {activity.what}")
    notice = CrashNotice(activity, fault, _report(activity, fault_text))
    log.warning("The last run died while %s %s: %s", activity.what, activity.model_name,
                fault or "no fault recorded (killed)")
    return notice


def _last_fault(fault_log: Path, since: float) -> str:
    """The last faulthandler block, if faults.log was written after ``since``."""
    try:
        if fault_log.stat().st_mtime + 1 < since:
            return ""
        with fault_log.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _TAIL_BYTES))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return ""
    starts = [m.start() for m in _FATAL.finditer(text)]
    return text[starts[-1]:].strip() if starts else ""


def summarize_fault(block: str) -> str:
    """faulthandler's block in one line: the fault and the innermost frame of the
    thread that died ("Current thread"), e.g. "Segmentation fault in llama_decode
    (llama_cpp.py)"."""
    kind = _FATAL.search(block)
    name = kind.group(1).strip() if kind else "A fault"
    current = block.find("Current thread")
    frames = list(_FRAME.finditer(block, current if current >= 0 else 0))
    if not frames:
        return name
    innermost = frames[0]
    return f"{name} in {innermost['function']} ({Path(innermost['file']).name})"


def _report(activity: Activity, fault_text: str) -> str:
    from llamadesk.engine import backends

    started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(activity.started))
    loaded = backends.loaded()
    lines = [
        f"LlamaDesk {__version__} on {platform.platform()} ({platform.machine()})",
        f"Engine: {backends.engine_build().label}",
        f"What ran: {activity.what} {activity.model_name} ({Path(activity.model_path).name}), "
        f"since {started}",
        f"Engine configuration: {activity.config or 'unknown'}, GPU layers "
        f"{activity.gpu_layers}",
        f"CPU variants usable here: {', '.join(backends.usable_variant_names()) or 'built in'}"
        if loaded is None or loaded.usable else "",
        "",
        fault_text or "No fault was recorded: the process was stopped from outside.",
    ]
    return redact("\n".join(line for line in lines if line is not None))


def open_fault_log(path: Path) -> IO[str] | None:
    """Opened for faulthandler (the caller enables it and keeps the file open)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("a", encoding="utf-8")
    except OSError as error:
        log.warning("Could not open %s: %s", path, error)
        return None
