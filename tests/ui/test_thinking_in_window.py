"""A thinking model in the real window: its reasoning grows live, dimmed, then folds to
"Thought for …" when the answer starts; a click opens it; Copy copies the answer; a
reopened conversation shows the folded line. Real llama.cpp (the tiny thinking model),
real SQLite, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import THINKING, THINKING_TEMPLATE, write_tiny_llama
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_gguf import REPLY, THINK_SWITCH_TEMPLATE


@pytest.fixture(scope="module")
def thinking_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_llama(tmp_path_factory.mktemp("thinking") / "tiny-thinking.gguf",
                            thinking=True, chat_template=THINKING_TEMPLATE)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, thinking_model: Path) -> Iterator[MainWindow]:
    context: AppContext = open_context(str(data_dir))
    built = build_main_window(context, str(thinking_model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: built.models.model is not None, timeout=30_000)
    yield built
    built.close()
    context.close()


def test_the_thinking_grows_live_then_folds_and_opens(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    view = window.chat_view
    worker = window.parts.workers.worker
    live: list[str] = []
    # What the view shows at the moment the first piece of the answer arrives.
    worker.token_generated.connect(lambda *_: live.append(view.toPlainText()))
    with qtbot.waitSignal(worker.generation_finished, timeout=30_000) as done:
        window.chat.send_message("Hi")
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    view.finish_rendering()
    reply = done.args[0]
    assert reply.content == REPLY and reply.reasoning.strip() == THINKING
    text = view.toPlainText()
    assert "Thought for" in text and REPLY in text
    assert THINKING not in text  # folded
    assert "<think>" not in text and "</think>" not in text
    # Opened by its link (a click, or Enter on it), closed again.
    view.activate_link(f"thinking/{reply.id}")
    assert THINKING in view.toPlainText() and view.thinking.is_open(reply.id)
    view.activate_link(f"thinking/{reply.id}")
    assert THINKING not in view.toPlainText()
    # Copy copies the answer alone.
    view.activate_link(f"copy/{reply.id}")
    assert QGuiApplication.clipboard().text() == REPLY
    # Reopened from the history: folded, and it opens.
    window.new_conversation()
    window.chat.open_conversation(reply.conversation_id, None)
    assert "Thought for" in view.toPlainText() and THINKING not in view.toPlainText()
    view.activate_link(f"thinking/{reply.id}")
    assert THINKING in view.toPlainText()


def test_the_folded_thinking_opens_from_the_keyboard(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    view = window.chat_view
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=30_000) as done:
        window.chat.send_message("Hi")
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    view.finish_rendering()
    reply = done.args[0]
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    # Tab walks the links: the user message's buttons, then the folded line.
    for _ in range(6):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        if view.focused_link() == f"llamadesk:thinking/{reply.id}":
            break
    assert view.focused_link() == f"llamadesk:thinking/{reply.id}"
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.thinking.is_open(reply.id) and THINKING in view.toPlainText()
    # Still on the same link, Enter folds it again.
    assert view.focused_link() == f"llamadesk:thinking/{reply.id}"
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.thinking.is_open(reply.id) and THINKING not in view.toPlainText()


def test_the_think_switch_is_per_conversation(qtbot: QtBot, data_dir: Path,
                                              tmp_path: Path) -> None:
    from llamadesk.engine.reasoning import Toggle

    model = write_tiny_llama(tmp_path / "switched.gguf", thinking=True,
                             chat_template=THINK_SWITCH_TEMPLATE)
    context: AppContext = open_context(str(data_dir))
    window = build_main_window(context, str(model))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
        toggle = window.chat_page.think_toggle
        assert toggle.isVisible() and toggle.kind is Toggle.ENABLE_THINKING
        assert toggle.text() == "Think: Automatic"
        [off] = [a for a in toggle.menu().actions() if a.text() == "Off"]
        off.trigger()  # before the conversation exists: it goes with the new one
        assert toggle.text() == "Think: Off"
        worker = window.parts.workers.worker
        with qtbot.waitSignal(worker.generation_finished, timeout=30_000) as done:
            window.chat.send_message("Hi")
        qtbot.waitUntil(lambda: not window.chat.is_generating)
        reply = done.args[0]
        assert reply.params["think"] == "off"
        conversation = reply.conversation_id
        assert window.repository.get_conversation(conversation).sampling["think"] == "off"
        # A new chat starts on Automatic; the first one keeps its Off.
        window.new_conversation()
        assert toggle.text() == "Think: Automatic"
        window.chat.open_conversation(conversation, None)
        assert toggle.text() == "Think: Off"
    finally:
        window.close()
        context.close()


def test_no_switch_no_button(window: MainWindow) -> None:
    # The thinking model of the other tests has markers but no switch in its template.
    assert not window.chat_page.think_toggle.isVisible()


def test_the_sidebar_searches_the_thinking_when_asked(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=30_000):
        window.chat.send_message("Hi")
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    sidebar = window.sidebar
    assert not sidebar.search_reasoning.isVisible()
    sidebar.search_box.setText("think")
    assert sidebar.search_reasoning.isVisible()
    qtbot.waitUntil(lambda: sidebar.list.count() > 0 and
                    sidebar.list.item(0).text() == "No matches", timeout=5_000)
    sidebar.search_reasoning.setChecked(True)
    qtbot.waitUntil(lambda: "in its thinking" in str(
        sidebar.list.item(0).data(Qt.ItemDataRole.UserRole + 2) or ""), timeout=5_000)


def test_stop_while_thinking_keeps_the_thinking(qtbot: QtBot, data_dir: Path,
                                                tmp_path: Path) -> None:
    model = write_tiny_llama(tmp_path / "endless.gguf", endless_thinking=True,
                             chat_template=THINKING_TEMPLATE, context_length=4096)
    context: AppContext = open_context(str(data_dir))
    window = build_main_window(context, str(model))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
        view = window.chat_view
        worker = window.parts.workers.worker
        window.chat.send_message("Think")
        qtbot.waitUntil(lambda: view.toPlainText().count("dog.") >= 2, timeout=30_000)
        assert "Thinking…" in view.toPlainText()
        with qtbot.waitSignal(worker.generation_finished, timeout=30_000) as done:
            window.stop_reply()  # Esc
        qtbot.waitUntil(lambda: not window.chat.is_generating)
        reply = done.args[0]
        assert reply.finish_reason == "cancelled" and reply.content == ""
        assert reply.reasoning is not None and reply.reasoning.count("dog.") >= 2
        view.finish_rendering()
        text = view.toPlainText()
        assert "Thinking…" not in text and "(interrupted)" in text
        view.activate_link(f"thinking/{reply.id}")
        assert "The quick brown fox" in view.toPlainText()

        # Continue: the thinking so far is live again, and grows from where it stopped.
        thought = reply.reasoning
        window.chat.continue_reply()
        qtbot.waitUntil(lambda: "Thinking…" in view.toPlainText(), timeout=30_000)
        qtbot.waitUntil(lambda: view.toPlainText().count("dog.") >= thought.count("dog.") + 2,
                        timeout=30_000)
        with qtbot.waitSignal(worker.generation_finished, timeout=30_000) as again:
            window.stop_reply()
        qtbot.waitUntil(lambda: not window.chat.is_generating)
        carried = again.args[0]
        assert carried.id == reply.id and carried.content == ""
        assert carried.reasoning.startswith(thought)
        assert carried.reasoning.count("dog.") >= thought.count("dog.") + 2
        assert carried.thinking_ms >= reply.thinking_ms
        view.finish_rendering()
        assert view.toPlainText().count("(interrupted)") == 1
    finally:
        window.close()
        context.close()
