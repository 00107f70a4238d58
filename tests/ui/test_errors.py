"""Uncaught exceptions are logged and shown, never silent."""

from __future__ import annotations

import logging
from pathlib import Path

from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext
from llamadesk.ui.errors import CrashHandler


def test_crash_handler_logs_and_shows_a_dialog(qtbot: QtBot, context: AppContext) -> None:
    handler = CrashHandler(context.recent_log)
    logging.getLogger("test").info("something happened before")
    try:
        raise ValueError("boom with hf_abcdefghijklmnopqrstuvwxyz inside")
    except ValueError as error:
        handler.handle(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(handler.dialogs) and handler.dialogs[0].isVisible())
    dialog = handler.dialogs[0]
    details = dialog.detailedText()
    assert "ValueError: boom" in details
    assert "something happened before" in details  # recent log lines attached
    assert "hf_abcdefghij" not in details  # a token never reaches a report
    log_text = Path(context.paths.log_file).read_text()
    assert "Uncaught exception" in log_text and "ValueError: boom" in log_text
    assert "hf_abcdefghij" not in log_text
    dialog.close()
