"""A crash is never repeated blindly: killed by SIGSEGV in mid-reply, LlamaDesk says so
at the next start, in the terminal and in the window, and does not load that model
again by itself; the safe settings load it on request, one rung down."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from llamadesk.app import open_context
from llamadesk.crash_report import find_crash, summarize_fault
from llamadesk.engine.cpu_probe import EngineConfig
from llamadesk.paths import AppPaths
from llamadesk.settings import Settings
from llamadesk.ui.launch import build_main_window

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _llamadesk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def _crash_mid_reply(data_dir: Path, model: Path) -> None:
    """`llamadesk chat` streaming a long reply, killed by SIGSEGV while it answers."""
    child = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat",
         "--model", str(model), "Tell me everything"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    activity = AppPaths.resolve(data_dir).engine_activity_dir
    deadline = time.monotonic() + 60
    assert child.stdout is not None
    try:
        while not _answering(activity):
            assert child.poll() is None, "the chat ended before answering"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        child.stdout.read(1)  # the reply is streaming
        child.send_signal(signal.SIGSEGV)
        assert child.wait(timeout=30) == -signal.SIGSEGV
    finally:  # a failed wait leaves no process behind to warn in a later test
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()


def _answering(activity: Path) -> bool:
    for path in activity.glob("*-chat.json"):
        try:
            if "answering" in path.read_text():
                return True
        except FileNotFoundError:
            continue  # removed between the listing and the read (its activity ended)
    return False


@pytest.fixture
def crashed(data_dir: Path, chatty_model: Path) -> Iterator[Path]:
    _crash_mid_reply(data_dir, chatty_model)
    yield data_dir


def test_chat_tells_the_crash_and_does_not_load_the_model_again(
        crashed: Path, chatty_model: Path) -> None:
    faults = (crashed / "logs" / "faults.log").read_text()
    assert "Fatal Python error: Segmentation fault" in faults
    again = _llamadesk(crashed, "chat", "--model", str(chatty_model), "--max-tokens", "4", "hi")
    assert again.returncode == 1
    assert ("LlamaDesk closed unexpectedly while Tiny Llama 2 Chat was answering: Segmentation "
            "fault in ") in again.stderr
    assert "The model was not loaded again." in again.stderr
    assert "run again with --safe" in again.stderr
    after_notice = (crashed / "logs" / "llamadesk.log").read_text().split(
        "The last run died")[-1]
    assert "Loaded " not in after_notice
    # The crashed configuration is recorded with the probe, never chosen again for it.
    [entry] = json.loads((crashed / "engine-probe.json").read_text())["entries"].values()
    assert entry["state"] == "crashed" and entry["failed"][0].endswith("crash while answering")

    # Told once; --safe loads it, on the CPU and one rung down.
    safe = _llamadesk(crashed, "chat", "--model", str(chatty_model), "--safe",
                      "--max-tokens", "4", "hi")
    assert safe.returncode == 0, safe.stderr
    assert "closed unexpectedly" not in safe.stderr
    [entry] = json.loads((crashed / "engine-probe.json").read_text())["entries"].values()
    assert entry["state"] == "ok"
    assert EngineConfig.from_json(entry["config"]).repack is False  # the rung below


def test_the_window_shows_the_notice_and_leaves_the_model_unloaded(
        qtbot: QtBot, crashed: Path, chatty_model: Path) -> None:
    settings = Settings(AppPaths.resolve(crashed).settings_file)
    settings["last_model"] = str(chatty_model)  # the window would load it at start
    settings.save()
    context = open_context(str(crashed))
    try:
        notice = find_crash(context.guard, context.paths.fault_log)
        assert notice is not None
        window = build_main_window(context, crash=notice)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        banner = window.chat_page.crash_banner
        assert banner.isVisible() and window.pages.currentWidget() is window.chat_page
        assert "Tiny Llama 2 Chat was answering: Segmentation fault" in banner.text.text()
        assert not window.models.loading and window.models.model is None
        banner.copy_button.click()
        from PySide6.QtGui import QGuiApplication

        report = QGuiApplication.clipboard().text()
        assert "Fatal Python error: Segmentation fault" in report and "What ran: answering" \
            in report
        # Keyboard: the safe load has the focus.
        qtbot.keyClick(banner.load_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.models.model is not None, timeout=60_000)
        assert not banner.isVisible()
        assert window.models.model.n_gpu_layers == 0
        assert window.models.model.repack is False
        # Said in the model bar: a crash in real use, not a proven CPU fault.
        assert "After LlamaDesk crashed with this kind of model" in \
            window.model_bar.notes.text()
        window.close()
    finally:
        context.close()


def test_a_kill_without_a_fault_is_told_but_not_blamed_on_the_engine(
        data_dir: Path, chatty_model: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat",
         "--model", str(chatty_model), "Tell me everything"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    assert child.stdout is not None
    child.stdout.read(1)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    again = _llamadesk(data_dir, "chat", "--model", str(chatty_model), "--max-tokens", "4",
                       "hi")
    assert again.returncode == 1
    assert "was stopped from outside while Tiny Llama 2 Chat was answering" in again.stderr
    # The probe's record of the first use stands: a kill is no fault of the engine's.
    [entry] = json.loads((data_dir / "engine-probe.json").read_text())["entries"].values()
    assert entry["state"] == "ok" and entry["failed"] == []


def test_fault_summary_names_the_innermost_native_call() -> None:
    block = """Fatal Python error: Segmentation fault

Thread 0x00007f (most recent call first):
  File "/x/threading.py", line 320 in wait

Current thread 0x00007f12 (most recent call first):
  File "/venv/llama_cpp/llama_cpp.py", line 1234 in llama_decode
  File "/app/llamadesk/engine/decoding.py", line 99 in sample_tokens
"""
    assert summarize_fault(block) == "Segmentation fault in llama_decode (llama_cpp.py)"
