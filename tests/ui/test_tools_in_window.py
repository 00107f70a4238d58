"""The user's MCP tools in the real window, offscreen: the Tools switch by the
composer, the question before each call (allowed, denied, and Stop while it is
asked), the calls shown folded between the reply's text, and Settings › Tools.
Real llama.cpp (a tiny model that starts a call), the real MCP test server, real
SQLite."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.settings import Settings
from llamadesk.tools.servers import McpServer
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_gguf import REPLY
from tests.helpers.tool_model import write_tool_model

SERVER = str(Path(__file__).parents[1] / "helpers" / "mcp_test_server.py")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    model = write_tool_model(tmp_path / "caller.gguf")
    context: AppContext = open_context(str(data_dir))
    settings = Settings(context.paths.settings_file)
    settings["mcp_servers"] = [McpServer("math", sys.executable, (SERVER, "--only-add"),
                                         {}, 30).to_json()]
    settings.save()
    built = build_main_window(context, str(model), settings)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: built.models.model is not None, timeout=30_000)
    yield built
    built.parts.tools.close()
    built.close()
    context.close()


def test_an_allowed_call_is_shown_folded_between_the_text(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    toggle = window.chat_page.tools_toggle
    assert toggle.isVisible() and not toggle.isChecked()  # off until switched on
    toggle.click()
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=60_000) as done:
        window.chat.send_message("Add two numbers")
        qtbot.waitUntil(lambda: bool(window.tools_wiring.dialogs), timeout=30_000)
        dialog = window.tools_wiring.dialogs[0]
        heading = dialog.findChild(QLabel, "tool_approval_heading")
        assert heading is not None and "math \u203a add" in heading.text()
        assert '"a":' in dialog.arguments.toPlainText()
        dialog.allow.click()
        # Each call of the round is asked about; allow them all.
        while not done.signal_triggered:
            if window.tools_wiring.dialogs:
                window.tools_wiring.dialogs[0].allow.click()
            qtbot.wait(20)
    reply = done.args[0]
    assert reply.content == REPLY and reply.tool_rounds
    call = reply.tool_rounds[0].calls[0]
    assert call.status == "done"
    view = window.chat_view
    # Shown as lines while it streamed; then as stored, each call folded.
    qtbot.waitUntil(lambda: view.tool_blocks.has(f"{reply.id}/0/0"), timeout=10_000)
    view.finish_rendering()
    assert "\u2699 math \u203a add: done" in view.toPlainText()
    assert "Came back:" not in view.toPlainText()  # folded
    view.activate_link(f"toolcall/{reply.id}/0/0")
    assert f"Came back: {call.result}" in view.toPlainText()
    view.activate_link(f"toolcall/{reply.id}/0/0")
    assert "Came back:" not in view.toPlainText()
    # The switch is the conversation's: kept with it.
    sampling = window.repository.get_conversation(reply.conversation_id).sampling
    assert sampling.get("tools") is True


def test_a_denied_call_and_stop_while_asked(qtbot: QtBot, window: MainWindow) -> None:
    window.chat_page.tools_toggle.click()
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=60_000) as done:
        window.chat.send_message("Add")
        while not done.signal_triggered:
            if window.tools_wiring.dialogs:
                window.tools_wiring.dialogs[0].deny.click()
            qtbot.wait(20)
    denied = done.args[0]
    assert all(c.status == "denied" for c in denied.tool_rounds[0].calls)
    assert denied.content == REPLY  # the model went on, told the call was not allowed

    # The first reply wholly over (its last question closed) before the next is sent.
    qtbot.waitUntil(lambda: not window.chat.is_generating and window.models.ready
                    and not window.tools_wiring.dialogs, timeout=10_000)
    with qtbot.waitSignal(worker.generation_finished, timeout=60_000) as stopped:
        window.chat.send_message("Add again")
        assert window.chat.is_generating
        qtbot.waitUntil(lambda: bool(window.tools_wiring.dialogs), timeout=30_000)
        window.stop_reply()  # Esc, while the question is open
    assert stopped.args[0].finish_reason == "cancelled"
    qtbot.waitUntil(lambda: not window.tools_wiring.dialogs, timeout=5_000)  # the question closed


def test_settings_lists_the_servers_and_takes_a_pasted_block(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    from llamadesk.ui.tools.settings_page import PasteDialog

    window.show_settings()
    dialog = window.settings_dialog
    page = dialog.tools_page
    assert page is not None and page.list.count() == 1
    assert page.list.item(0).text().startswith("math \u2014 ")
    paste = PasteDialog(page)
    paste.text.setPlainText('{"mcpServers": {"notes": {"command": "npx", '
                            '"args": ["-y", "notes-server"]}}}')
    paste.accept()
    page._merge(paste.servers)  # noqa: SLF001 - as the dialog's OK does
    assert page.list.count() == 2
    dialog.accept()
    names = [s["name"] for s in window.settings["mcp_servers"]]
    assert names == ["math", "notes"]


def _window_with(qtbot: QtBot, data_dir: Path, tmp_path: Path, flag: str, *,
                 always_call: bool = False, rounds: int = 8) -> tuple[MainWindow, AppContext]:
    # A looping model's eight rounds of parallel calls need room: never cut by length.
    model = write_tool_model(tmp_path / "caller.gguf", always_call=always_call,
                             context_length=32768 if always_call else 4096)
    context = open_context(str(data_dir))
    settings = Settings(context.paths.settings_file)
    settings["mcp_servers"] = [McpServer("math", sys.executable, (SERVER, flag), {},
                                         3).to_json()]
    settings["tool_rounds"] = rounds
    settings.save()
    window = build_main_window(context, str(model), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
    window.chat_page.tools_toggle.click()
    return window, context


def _reply(qtbot: QtBot, window: MainWindow, text: str) -> object:
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=120_000) as done:
        window.chat.send_message(text)
        while not done.signal_triggered:
            if window.tools_wiring.dialogs:
                window.tools_wiring.dialogs[0].always.click()
            qtbot.wait(20)
    return done.args[0]


@pytest.mark.parametrize(("flag", "words"), [("--only-sleep", "did not answer within 3 s"),
                                             ("--only-crash", "stopped")])
def test_a_server_that_hangs_or_crashes_fails_and_restarts_from_settings(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, flag: str, words: str) -> None:
    window, context = _window_with(qtbot, data_dir, tmp_path, flag)
    try:
        reply = _reply(qtbot, window, "Go")
        call = reply.tool_rounds[0].calls[0]  # type: ignore[attr-defined]
        assert call.status == "failed" and words in call.result, call
        assert reply.content == REPLY  # type: ignore[attr-defined]  # the reply went on
        qtbot.waitUntil(lambda: "\u2699 math \u203a " in window.chat_view.toPlainText()
                        and ": failed" in window.chat_view.toPlainText(), timeout=10_000)
        # Settings › Tools shows it failed, with the reason; Restart brings it back.
        window.show_settings()
        page = window.settings_dialog.tools_page
        assert "(failed)" in page.list.item(0).text()
        assert words in page.detail.toPlainText()
        page.restart_server()
        qtbot.waitUntil(lambda: "(ready)" in page.list.item(0).text(), timeout=30_000)
        window.settings_dialog.reject()
    finally:
        window.parts.tools.close()
        window.close()
        context.close()


def test_a_model_that_keeps_calling_stops_after_the_cap(qtbot: QtBot, data_dir: Path,
                                                        tmp_path: Path) -> None:
    window, context = _window_with(qtbot, data_dir, tmp_path, "--only-add",
                                   always_call=True)
    try:
        reply = _reply(qtbot, window, "Add forever")
        assert reply.finish_reason == "tool_rounds"  # type: ignore[attr-defined]
        assert len(reply.tool_rounds) == 8  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: "stopped after the most rounds of tool calls"
                        in window.chat_view.toPlainText(), timeout=10_000)
    finally:
        window.parts.tools.close()
        window.close()
        context.close()
