"""SIGTERM (logout, `kill`) closes LlamaDesk the normal way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_saves_state_and_releases_the_data(
        tmp_path: Path, number: int) -> None:
    data = tmp_path / "data"
    child = subprocess.Popen([sys.executable, "-m", "llamadesk", "--data-dir", str(data)],
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (data / "llamadesk.pid").exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        log = data / "logs" / "llamadesk.log"
        # The window is filled in (the history open) and its event loop running.
        while "Listening for later starts" not in (log.read_text() if log.exists() else ""):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        child.send_signal(number)
        _, stderr = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, stderr
    assert not (data / "llamadesk.pid").exists()  # the data folder was released
    saved = json.loads((data / "settings.json").read_text())
    assert saved["window_geometry"]  # the window closed through its own path
