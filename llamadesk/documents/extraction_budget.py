"""Reading PDF and DOCX files within a time and memory budget per file.

Their parsers build whole structures out of compressed, attacker-shaped data: a
PDF's page tree, streams and fonts, a DOCX's XML. Checks before parsing catch the
known bombs; a budget catches the rest. They run in a child process (this same
program, ``--extract-documents``) that is killed when a file takes longer than
its time or grows past its memory, and a fresh one reads the next file. Plain
text, Markdown and HTML are read here: their size limit already bounds them.
"""

from __future__ import annotations

import json
import logging
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from llamadesk.documents.extraction_child import EXTRACT_FLAG
from llamadesk.documents.formats import Section, Skipped, check_file, extract

log = logging.getLogger(__name__)

ISOLATED_SUFFIXES = frozenset({".pdf", ".docx"})
# How often the child's memory is looked at while it reads.
_POLL_S = 0.05


@dataclass(frozen=True)
class ExtractionBudget:
    seconds: float = 180.0
    # The child's whole resident memory: Python and the parsers take about 60 MB
    # of it; a 64 MB PDF that reads normally stays far below.
    memory_bytes: int = 1024 * 1024 * 1024


def child_command() -> list[str]:
    """This same program, frozen (PyInstaller) or not."""
    own = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m",
                                                                     "llamadesk"]
    return [*own, EXTRACT_FLAG]


class BudgetedExtractor:
    """``extract`` as in formats, with PDF and DOCX read in a child under a budget.
    Close it (or use it as a context manager) to end the child."""

    def __init__(self, budget: ExtractionBudget | None = None, *,
                 command: list[str] | None = None) -> None:
        self.budget = budget or ExtractionBudget()
        self._command = command or child_command()
        self._child: subprocess.Popen[str] | None = None
        self._answers: queue.Queue[str | None] = queue.Queue()
        self._reader: threading.Thread | None = None

    def __enter__(self) -> BudgetedExtractor:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def extract(self, path: Path) -> list[Section]:
        if path.suffix.lower() not in ISOLATED_SUFFIXES:
            return extract(path)
        check_file(path)  # format, kind and size: no child needed to refuse those
        child = self._start()
        assert child.stdin is not None
        try:
            child.stdin.write(json.dumps({"path": str(path)}) + "\n")
            child.stdin.flush()
        except OSError:
            self._stop()
            raise Skipped("could not be read: the reader stopped") from None
        return self._wait(child)

    def close(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        try:
            assert child.stdin is not None
            child.stdin.close()  # the child ends at the end of its input
            child.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            child.kill()
            child.wait()
        self._release(child)

    # -- the child ---------------------------------------------------------

    def _start(self) -> subprocess.Popen[str]:
        if self._child is not None and self._child.poll() is None:
            return self._child
        self._answers = queue.Queue()
        child = subprocess.Popen(self._command, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 text=True, encoding="utf-8", bufsize=1)
        assert child.stdout is not None
        self._reader = threading.Thread(target=_read_lines, args=(child.stdout, self._answers),
                                        name="extraction-answers", daemon=True)
        self._reader.start()
        self._child = child
        return child

    def _stop(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            child.wait()
            self._release(child)

    def _release(self, child: subprocess.Popen[str]) -> None:
        if self._reader is not None:
            self._reader.join(timeout=5)  # the pipe ends with the child
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass  # a broken pipe to a child that is gone

    def _wait(self, child: subprocess.Popen[str]) -> list[Section]:
        import psutil

        started = time.monotonic()
        process = psutil.Process(child.pid)
        while True:
            try:
                line = self._answers.get(timeout=_POLL_S)
            except queue.Empty:
                line = ""
            if line is None:  # the child's output ended: it died
                code = child.wait()
                self._child = None
                self._release(child)
                raise Skipped(f"the reader stopped while reading it (exit code {code})")
            if line:
                answer = json.loads(line)
                if "skipped" in answer:
                    raise Skipped(str(answer["skipped"]))
                return [Section(text, page=page, heading=heading)
                        for text, page, heading in answer["sections"]]
            if time.monotonic() - started > self.budget.seconds:
                self._stop()
                raise Skipped(f"took longer than {self.budget.seconds:g} s to read")
            try:
                resident = process.memory_info().rss
            except psutil.Error:
                continue  # it just ended; the next look finds out how
            if resident > self.budget.memory_bytes:
                self._stop()
                raise Skipped(f"needs more than {self.budget.memory_bytes // (1024 * 1024):,}"
                              " MB of memory to read")


def _read_lines(stream: IO[str], answers: queue.Queue[str | None]) -> None:
    for line in stream:
        answers.put(line)
    answers.put(None)
