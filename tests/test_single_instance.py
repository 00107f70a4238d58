"""Only one LlamaDesk writes to a data folder at a time."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llamadesk.app import open_context
from llamadesk.storage.instance_lock import DataInUse
from tests.test_cli import llamadesk


def test_a_second_writer_is_refused_but_readers_are_not(data_dir: Path) -> None:
    first = open_context(str(data_dir))
    try:
        log_file = first.paths.log_file
        before = log_file.read_text(encoding="utf-8")
        with pytest.raises(DataInUse, match="Another LlamaDesk is using the data"):
            open_context(str(data_dir))
        # The refused run wrote nothing into the log the first one keeps.
        refused = llamadesk("chat", "--model", "x.gguf", "Hi", data_dir=data_dir)
        assert refused.returncode != 0 and "Another LlamaDesk" in refused.stderr
        assert log_file.read_text(encoding="utf-8") == before
        reader = open_context(str(data_dir), writer=False)
        assert reader.repository.list_conversations() == []
        reader.close()
    finally:
        first.close()
    open_context(str(data_dir)).close()  # released on close


def test_second_window_brings_the_first_forward(data_dir: Path, tiny_model: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "LLAMADESK_DATA_DIR"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    first = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        pid_file = data_dir / "llamadesk.pid"
        deadline = time.monotonic() + 60
        while not pid_file.exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.05)
        assert pid_file.read_text() == str(first.pid)
        log_file = data_dir / "logs" / "llamadesk.log"
        while "Listening for later starts" not in (
                log_file.read_text() if log_file.exists() else ""):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)

        second = subprocess.run(
            [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir)],
            capture_output=True, text=True, env=environment, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        log = (data_dir / "logs" / "llamadesk.log").read_text()
        assert "Another start asked for this window" in log

        # A terminal chat would write too, so it is refused with a clear message.
        chat = llamadesk("chat", "--model", str(tiny_model), "Hi", data_dir=data_dir)
        assert chat.returncode == 1
        assert "Another LlamaDesk is using the data" in chat.stderr
        assert llamadesk("list", data_dir=data_dir).returncode == 0  # reading is fine
    finally:
        first.terminate()
        first.communicate(timeout=30)
