"""A thinking model in the real window: its reasoning grows live, dimmed, then folds to
"Thought for …" when the answer starts; a click opens it; Copy copies the answer; a
reopened conversation shows the folded line. Real llama.cpp (the tiny thinking model),
real SQLite, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import THINKING, THINKING_TEMPLATE, write_tiny_llama
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_gguf import REPLY


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
