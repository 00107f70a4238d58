"""The real window, worker thread, llama.cpp and SQLite together (offscreen)."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.storage.records import MessageRecord
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_gguf import REPLY

OpenWindow = Callable[[Path | None], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[OpenWindow]:
    contexts: list[AppContext] = []

    def opener(model: Path | None) -> MainWindow:
        context = open_context(str(data_dir))
        contexts.append(context)
        window = build_main_window(context, str(model) if model else None)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if model is not None:
            qtbot.waitUntil(lambda: window.models.model is not None or bool(_error_boxes(window)),
                            timeout=30_000)
        return window

    yield opener
    for context in contexts:
        context.close()


def _error_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "error_message") if box.isVisible()]


def _rows(data_dir: Path) -> list[tuple[str, str, str | None]]:
    with contextlib.closing(sqlite3.connect(data_dir / "history.sqlite3")) as raw:
        return raw.execute(
            "SELECT role, content, finish_reason FROM messages ORDER BY id").fetchall()


def _send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.composer.setFocus()
    qtbot.keyClicks(window.composer, text)
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)


def _until_finished(qtbot: QtBot, window: MainWindow, act: Callable[[], None],
                    timeout: int = 30_000) -> MessageRecord:
    """Do ``act``; wait for the reply to end and for the window to have taken it in."""
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=timeout) as finished:
        act()
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    record: MessageRecord = finished.args[0]
    return record


def test_type_enter_stream_store_and_reopen(qtbot: QtBot, open_window: OpenWindow,
                                            tiny_model: Path, data_dir: Path) -> None:
    window = open_window(tiny_model)
    assert QApplication.focusWidget() is window.composer
    assert window.send_button.isEnabled()

    window.composer.setFocus()
    qtbot.keyClicks(window.composer, "First line")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer, "second line")
    assert window.composer.toPlainText() == "First line\nsecond line"  # Shift+Enter: newline
    _until_finished(qtbot, window, lambda: qtbot.keyClick(window.composer, Qt.Key.Key_Return))
    assert window.composer.toPlainText() == ""
    assert REPLY in window.chat_view.toPlainText()
    assert _rows(data_dir) == [("user", "First line\nsecond line", None),
                               ("assistant", REPLY, "stop")]
    window.close()

    reopened = open_window(None)
    assert reopened.sidebar.conversation_titles() == ["First line second line"]
    assert reopened.sidebar.group_titles() == ["Today"]
    reopened.sidebar.select(1)
    shown = reopened.chat_view.toPlainText()
    assert "First line\nsecond line" in shown and REPLY in shown


def test_escape_stops_a_long_reply_quickly(qtbot: QtBot, open_window: OpenWindow,
                                           chatty_model: Path, data_dir: Path) -> None:
    window = open_window(chatty_model)
    _send(qtbot, window, "Talk for a long time")
    qtbot.waitUntil(lambda: "quick brown fox" in window.chat_view.toPlainText(), timeout=30_000)
    assert window.chat_page.stopping and window.send_button.isEnabled()
    assert window.send_button.accessibleName() == "Stop"
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=5_000) as finished:
        pressed = time.perf_counter()
        qtbot.keyClick(window.composer, Qt.Key.Key_Escape)
    elapsed = time.perf_counter() - pressed
    assert elapsed < 0.5, f"stop took {elapsed:.3f} s"
    record = finished.args[0]
    assert record.finish_reason == "cancelled"
    [_, (role, content, reason)] = _rows(data_dir)
    assert (role, reason) == ("assistant", "cancelled")
    assert content.startswith(REPLY) and content == record.content
    # The signal reached the test directly; the window handles it on its next event.
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    assert content in window.chat_view.toPlainText()  # what was shown is what was kept
    assert not window.chat_page.stopping and window.send_button.isEnabled()
    assert window.send_button.accessibleName() == "Send"


def test_window_stays_responsive_while_streaming(qtbot: QtBot, open_window: OpenWindow,
                                                 chatty_model: Path) -> None:
    window = open_window(chatty_model)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    _send(qtbot, window, "Go on")
    qtbot.waitUntil(lambda: len(window.chat_view.toPlainText()) > 2000, timeout=30_000)
    timer.stop()
    window.stop_reply()
    qtbot.waitUntil(lambda: not window.chat.is_generating, timeout=5_000)
    # The GUI thread kept running its event loop the whole time.
    assert len(ticks) >= 5


def test_quit_while_streaming_saves_the_reply(qtbot: QtBot, open_window: OpenWindow,
                                              chatty_model: Path, data_dir: Path) -> None:
    window = open_window(chatty_model)
    _send(qtbot, window, "Keep going")
    qtbot.waitUntil(lambda: "lazy dog" in window.chat_view.toPlainText(), timeout=30_000)
    assert window.menus.quit.shortcut() == QKeySequence("Ctrl+Q")
    qtbot.keyClick(window.composer, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not window.parts.workers.thread.isRunning()
    [(_, question, _), (role, content, reason)] = _rows(data_dir)
    assert question == "Keep going"
    assert role == "assistant" and reason == "cancelled" and content.startswith(REPLY)


def test_without_a_model_the_window_explains(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window(None)
    assert "No model is loaded" in window.model_status.text()
    assert "Open model" in window.chat_view.toPlainText()
    assert not window.send_button.isEnabled()
    assert "No model is loaded" in window.send_button.toolTip()
    assert window.menus.open_model.text() == "&Open model…"
    _send(qtbot, window, "Hello?")  # ignored, nothing breaks
    assert not window.chat.is_generating


@pytest.mark.parametrize("case", ["missing", "not gguf", "truncated"])
def test_bad_model_shows_error_and_window_stays_usable(
        case: str, qtbot: QtBot, open_window: OpenWindow, tmp_path: Path,
        tiny_model: Path) -> None:
    from tests.test_cli import _bad_files

    path, expected = _bad_files(tmp_path, tiny_model)[case]
    window = open_window(path)
    [box] = _error_boxes(window)
    assert expected in box.text()
    assert "Traceback" not in box.text()
    box.accept()
    assert "No model is loaded" in window.model_status.text()

    window.models.load_model(tiny_model)
    qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "Still there?"))
    assert REPLY in window.chat_view.toPlainText()


def test_switching_conversation_stops_the_reply_first(qtbot: QtBot, open_window: OpenWindow,
                                                      chatty_model: Path,
                                                      data_dir: Path) -> None:
    window = open_window(chatty_model)
    _send(qtbot, window, "First chat")
    qtbot.waitUntil(lambda: "lazy dog" in window.chat_view.toPlainText(), timeout=30_000)
    _until_finished(qtbot, window, window.stop_reply, 5_000)
    first_id = window.conversation_id
    window.menus.new_chat.trigger()
    _send(qtbot, window, "Second chat")
    qtbot.waitUntil(lambda: "lazy dog" in window.chat_view.toPlainText(), timeout=30_000)
    assert first_id is not None
    stopped = _until_finished(qtbot, window, lambda: window.sidebar.select(first_id), 5_000)
    assert stopped.finish_reason == "cancelled"
    qtbot.waitUntil(lambda: window.conversation_id == first_id)
    assert window.chat_view.toPlainText().split("\n")[1] == "First chat"
    assert "Context:" in window.statusBar().currentMessage()


def test_regenerate_and_switch_versions(qtbot: QtBot, open_window: OpenWindow, tiny_model: Path,
                                        data_dir: Path) -> None:
    window = open_window(tiny_model)
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "Hi"))
    _until_finished(qtbot, window, lambda: qtbot.keyClick(
        window.composer, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))
    # Said on the turn after the reply's end, which has enough to do.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Reply version 2 / 2")
    assert window.chat_view.toPlainText().count(REPLY) == 1  # the view shows one branch
    assert [r[0] for r in _rows(data_dir)] == ["user", "assistant", "assistant"]
    window.menus.previous_version.trigger()
    assert window.statusBar().currentMessage() == "Reply version 1 / 2"
    window.menus.next_version.trigger()
    assert window.statusBar().currentMessage() == "Reply version 2 / 2"


def test_continue_a_stopped_reply(qtbot: QtBot, open_window: OpenWindow, chatty_model: Path,
                                  data_dir: Path) -> None:
    window = open_window(chatty_model)
    _send(qtbot, window, "Go")
    qtbot.waitUntil(lambda: "quick" in window.chat_view.toPlainText(), timeout=30_000)
    _until_finished(qtbot, window, window.stop_reply, 5_000)
    [_, (_, stopped, _)] = _rows(data_dir)
    window.menus.continue_.trigger()
    qtbot.waitUntil(lambda: len(window.chat_view.toPlainText()) > len(stopped) + 200,
                    timeout=30_000)
    _until_finished(qtbot, window, window.stop_reply, 5_000)
    [_, (role, continued, reason)] = _rows(data_dir)  # the same message, grown
    assert role == "assistant" and reason == "cancelled"
    assert continued.startswith(stopped) and len(continued) > len(stopped)
    assert continued in window.chat_view.toPlainText()


def test_edit_last_message_makes_a_new_version(qtbot: QtBot, open_window: OpenWindow,
                                               tiny_model: Path, data_dir: Path) -> None:
    window = open_window(tiny_model)
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "Waht is a llama?"))
    qtbot.keyClick(window.composer, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.toPlainText() == "Waht is a llama?"
    window.composer.clear()
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "What is a llama?"))
    shown = window.chat_view.toPlainText()
    assert "What is a llama?" in shown and "Waht" not in shown
    assert [r[:2] for r in _rows(data_dir)] == [
        ("user", "Waht is a llama?"), ("assistant", REPLY),
        ("user", "What is a llama?"), ("assistant", REPLY)]
    # Esc leaves edit mode without sending anything.
    qtbot.keyClick(window.composer, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.composer, Qt.Key.Key_Escape)
    assert window.composer.toPlainText() == ""
    assert len(_rows(data_dir)) == 4


def test_keyboard_only_and_accessible_names(qtbot: QtBot, open_window: OpenWindow,
                                            chatty_model: Path) -> None:
    window = open_window(chatty_model)
    for widget in (window.composer, window.send_button, window.chat_view,
                   window.sidebar.list, window.sidebar.search_box):
        assert widget.accessibleName() and widget.accessibleDescription()
    focus = window.composer
    qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new chat
    qtbot.keyClicks(window.composer, "Only the keyboard")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return)  # send
    qtbot.waitUntil(lambda: "quick" in window.chat_view.toPlainText(), timeout=30_000)
    _until_finished(qtbot, window, lambda: qtbot.keyClick(window.composer, Qt.Key.Key_Escape),
                    5_000)  # stop
    qtbot.keyClick(window.composer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search_box.hasFocus()
    qtbot.keyClicks(window.sidebar.search_box, "keyboard")
    qtbot.waitUntil(lambda: any("keyboard" in t.lower()
                                for t in window.sidebar.conversation_titles()), timeout=5_000)


def test_per_message_links_edit_an_earlier_message_and_switch_versions(
        qtbot: QtBot, open_window: OpenWindow, tiny_model: Path, data_dir: Path) -> None:
    window = open_window(tiny_model)
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "First question"))
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "Second question"))
    first_user = window.chat_view.shown_ids[0]
    # "Edit" on the first message, not the last: a new branch from there.
    window.chat_view.activate_link(f"edit/{first_user}")
    assert window.composer.toPlainText() == "First question"
    window.composer.clear()
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "First question, again"))
    shown = window.chat_view.toPlainText()
    assert "Second question" not in shown and "‹ 2 / 2 ›" in shown
    edited = window.chat_view.shown_ids[0]
    window.chat_view.activate_link(f"previous/{edited}")
    shown = window.chat_view.toPlainText()
    assert "Second question" in shown and "‹ 1 / 2 ›" in shown
    assert window.statusBar().currentMessage() == "Version 1 / 2"


def test_dropping_an_export_imports_its_conversations(
        qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from llamadesk.storage.export import export_bytes

    source = open_context(str(tmp_path / "other"))
    cid = source.repository.create_conversation(title="From another computer").id
    from llamadesk.storage.schema import Role
    source.repository.add_message(cid, Role.USER, "Hello from elsewhere")
    exported = tmp_path / "export.json"
    exported.write_bytes(export_bytes(source.repository, [cid], "json"))
    source.close()

    window = open_window(None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(exported))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10_000):
        window.dropEvent(drop)
    titles = [c.title for c in window.repository.list_conversations()]
    assert titles == ["From another computer"]


def test_model_bar_says_when_the_models_own_template_is_not_used(
        qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    from tests.test_cli import _template_models

    window = open_window(_template_models(tmp_path)["broken"])
    assert window.models.model is not None
    notes = window.model_bar.notes
    assert notes.isVisible()
    assert "could not be used" in notes.toolTip() and "chatml" in notes.toolTip()
    # One line, cut with "…" when narrow, whole on hover: never pushing the chat down.
    window.resize(700, window.height())
    qtbot.waitUntil(lambda: notes.text().endswith("…"))
    assert notes.height() < 2 * notes.fontMetrics().height()
    window.resize(2400, window.height())
    qtbot.waitUntil(lambda: "chatml" in notes.text())
    _until_finished(qtbot, window, lambda: _send(qtbot, window, "Still answers?"))
    assert REPLY in window.chat_view.toPlainText()


def test_no_model_hint_goes_once_a_model_loads(qtbot: QtBot, open_window: OpenWindow,
                                               tiny_model: Path) -> None:
    window = open_window(None)
    assert "No model is loaded" in window.chat_view.toPlainText()
    window.models.load_model(tiny_model)
    qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
    qtbot.waitUntil(lambda: "No model is loaded" not in window.chat_view.toPlainText(),
                    timeout=5_000)
    assert "No model is loaded" not in window.model_status.text() \
        or not window.model_status.isVisible()


def test_a_message_sent_while_the_model_loads_waits_and_is_sent(
        qtbot: QtBot, open_window: OpenWindow, tiny_model: Path) -> None:
    window = open_window(None)
    assert window.pages.currentWidget() is window.welcome  # nothing installed, no model
    window.models.load_model(tiny_model)
    # At once the chat, not the first-run page: typing goes to the composer.
    assert window.pages.currentWidget() is window.chat_page
    window.chat.send_message("Are you there yet?")
    assert "Waiting for the model" in window.chat_view.toPlainText()
    assert window.composer.toPlainText() == ""
    with qtbot.waitSignal(window.parts.workers.worker.generation_finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    text = window.chat_view.toPlainText()
    assert "Are you there yet?" in text and REPLY in text
    assert "Waiting for the model" not in text


def test_a_waiting_message_returns_to_the_composer_if_the_load_fails(
        qtbot: QtBot, open_window: OpenWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x00" * 100)
    window = open_window(None)
    window.models.load_model(broken)
    window.chat.send_message("Keep me")
    qtbot.waitUntil(lambda: bool(_error_boxes(window)), timeout=30_000)
    for box in _error_boxes(window):
        box.accept()
    assert window.composer.toPlainText() == "Keep me"
