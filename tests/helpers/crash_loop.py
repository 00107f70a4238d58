"""Kill a streaming LlamaDesk with SIGKILL and check that the history survived.

Used by tests/test_crash_safety.py (20 rounds) and tools/crash_stress.py (more).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

# A reply may lose at most its last 250 ms; the rest is scheduling slack on a busy CI box.
SAVE_INTERVAL_S = 0.25
SLACK_S = 0.35


@dataclass
class _Output:
    chunks: list[tuple[float, str]] = field(default_factory=list)

    def text_before(self, moment: float) -> str:
        return "".join(text for at, text in self.chunks if at <= moment)

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.chunks)


def _read(stream: object, output: _Output) -> None:
    fd = stream.fileno()  # type: ignore[attr-defined]
    while chunk := os.read(fd, 4096):
        output.chunks.append((time.monotonic(), chunk.decode("utf-8", "replace")))


def _rows(database: Path) -> list[tuple[int, str, str, str, str | None]]:
    uri = f"file:{database}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as raw:
        [(integrity,)] = raw.execute("PRAGMA integrity_check").fetchall()
        assert integrity == "ok", integrity
        return raw.execute("SELECT id, role, content, status, finish_reason FROM messages "
                           "ORDER BY id").fetchall()


def crash_round(data_dir: Path, model: Path, number: int, rng: random.Random) -> None:
    """One round: start a long reply in a child process, SIGKILL it, check the database."""
    database = data_dir / "history.sqlite3"
    before = _rows(database) if database.exists() else []
    environment = {k: v for k, v in os.environ.items() if k != "LLAMADESK_DATA_DIR"}
    child = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat",
         # --safe: the previous round was killed mid-reply, and after that LlamaDesk
         # loads the same model again only when told to (crash_report.py).
         "--model", str(model), "--safe", f"Round {number}: tell me everything"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment)
    output = _Output()
    reader = threading.Thread(target=_read, args=(child.stdout, output), daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not output.chunks:
        assert child.poll() is None, "the child ended before replying"
        assert time.monotonic() < deadline, "no reply within 60 s"
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 1.2))
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=10)
    assert child.stdout is not None
    child.stdout.close()

    after = _rows(database)
    # Everything completed before is untouched (earlier cut-off replies are settled
    # as "interrupted" by whichever process opened the history next).
    assert [row[:3] for row in after[:len(before)]] == [row[:3] for row in before]
    new = after[len(before):]
    assert [row[1] for row in new] == ["user", "assistant"], new
    assert new[0][2] == f"Round {number}: tell me everything"
    _, _, saved, status, _ = new[1]
    assert status == "streaming"  # cut off: settled at the next start
    printed = output.text
    assert printed.startswith(saved), "the saved reply must be what was shown"
    shown_long_enough = output.text_before(killed_at - SAVE_INTERVAL_S - SLACK_S)
    assert len(saved) >= len(shown_long_enough), (len(saved), len(shown_long_enough))
