"""The window's frame comes first; the history, Markdown and the models fill it in after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from llamadesk.app import open_context
from llamadesk.settings import Settings
from llamadesk.storage.schema import Role
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.theme import apply_theme

HEAVY = ("sqlalchemy", "alembic", "markdown_it", "pygments", "jinja2", "huggingface_hub",
         "numpy", "llama_cpp", "psutil", "keyring", "gguf", "filelock", "PySide6.QtNetwork")


def _gui(data_dir: Path, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir),
                             *arguments], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_first_frame_needs_none_of_the_heavy_libraries() -> None:
    """What the frame imports: adding a heavy import here slows every start."""
    probe = ("import sys, llamadesk.cli, llamadesk.ui.launch\n"
             f"print(sorted(name for name in {HEAVY!r} if name in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"


def test_the_frame_paints_first_then_the_history_fills_it(data_dir: Path) -> None:
    context = open_context(str(data_dir))
    conversation = context.repository.create_conversation(title="Kept from last time")
    context.repository.add_message(conversation.id, Role.USER, "Hello")
    context.close()

    child = _gui(data_dir, "--quit-when-shown")
    stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    times = {line.split()[1]: float(line.split()[2]) for line in stdout.splitlines()
             if line.startswith("window ")}
    assert times["shown"] <= times["ready"]
    assert "Traceback" not in stderr
    log = (data_dir / "logs" / "llamadesk.log").read_text()
    assert "Listening for later starts" in log  # the second half ran
    # ...and the history (migrations, clean-up) was opened off the GUI thread.
    assert "[open-history] llamadesk.app: LlamaDesk" in log
    assert not (data_dir / "llamadesk.pid").exists()  # and the data folder was released


def test_the_frame_alone_then_attached(qtbot: QtBot, data_dir: Path) -> None:
    context = open_context(str(data_dir))
    context.repository.create_conversation(title="Waiting in the history")
    settings = Settings(data_dir / "settings.json")
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.attached
    assert not window.menuBar().isEnabled()  # no action can reach a history not yet open
    waiting = window.findChildren(QListWidget)
    assert [item.text() for item in waiting[0].findItems("", Qt.MatchFlag.MatchContains)] == [
        "Opening your conversations…"]

    from llamadesk.ui.launch import build_parts

    window.attach(build_parts(context, settings))
    assert window.attached and window.menuBar().isEnabled()
    assert window.sidebar.list.count() > 0
    qtbot.waitUntil(lambda: not shiboken6.isValid(waiting[0]))  # the frame's list is gone
    window.close()
    context.close()


def test_closing_the_frame_before_the_history_opens(qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow(None, Settings(data_dir / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.assertNotEmitted(window.closed):
        window.close()  # nothing to save or stop yet, and no history to release
    assert window.is_shut_down


def test_terminated_while_starting(data_dir: Path) -> None:
    """SIGTERM as soon as the data folder is taken: a clean exit, nothing left behind."""
    child = _gui(data_dir)
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / "llamadesk.pid").exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        child.send_signal(signal.SIGTERM)
        _, stderr = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not (data_dir / "llamadesk.pid").exists()


def test_the_frame_already_wears_the_chosen_theme(qtbot: QtBot, data_dir: Path) -> None:
    settings = Settings(data_dir / "settings.json")
    settings.update(theme="dark")
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(
            lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 80)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        style = app.style()
        # The filled window applies the same theme again: no second restyle.
        assert apply_theme(app, "dark") is True
        assert app.style() is style
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, "system")


def test_the_plain_modules_loaded_before_pyside6_stay_plain() -> None:
    """cli.py imports these before PySide6, whose import hook slows every later import."""
    probe = ("import importlib, sys\n"
             "from llamadesk.cli import GUI_PLAIN_MODULES\n"
             "for name in GUI_PLAIN_MODULES:\n"
             "    importlib.import_module(name)\n"
             "print('PySide6' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_the_history_opens_even_if_the_frame_never_paints(qtbot: QtBot, data_dir: Path) -> None:
    """A window started minimized may never paint: the start goes on after a wait."""
    from llamadesk.storage.instance_lock import InstanceLock
    from llamadesk.ui import launch

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(data_dir)
    lock.acquire()
    window = MainWindow(None, Settings(data_dir / "settings.json"))
    qtbot.addWidget(window)  # never shown, so never painted
    start = launch._Start(window, str(data_dir), lock, None, quit_when_shown=False)
    try:
        QTimer.singleShot(launch.FIRST_PAINT_WAIT_MS, start.begin)  # as run_gui does
        qtbot.waitUntil(lambda: window.attached, timeout=30_000)
        assert window.sidebar is not None
    finally:
        window.close()
        start.close()
        lock.release()


def test_a_data_folder_that_cannot_be_made_is_reported(
        qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from llamadesk.ui.launch import run_gui

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    seen: list[str] = []

    def close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(50, close_the_message)

    QTimer.singleShot(50, close_the_message)
    assert run_gui(str(blocker / "data"), None) == 1
    assert seen and "LlamaDesk cannot use its data folder" in seen[0]
    assert str(blocker / "data") in seen[0]
    assert "LlamaDesk cannot use its data folder" in capsys.readouterr().err


def test_closed_while_the_history_opens(qtbot: QtBot, data_dir: Path) -> None:
    """The history opened meanwhile is closed, and nothing is left running,
    before the data folder's lock is let go."""
    import threading

    from llamadesk.storage.instance_lock import InstanceLock
    from llamadesk.ui import launch

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(data_dir)
    lock.acquire()
    window = MainWindow(None, Settings(data_dir / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    start = launch._Start(window, str(data_dir), lock, None, quit_when_shown=False)
    start.begin()
    window.close()  # before the history has had time to open
    start.close()
    lock.release()
    assert not [t for t in threading.enumerate() if t.name == "open-history"]
    assert not window.attached
    reopened = open_context(str(data_dir))  # the folder is free and the history whole
    reopened.close()
