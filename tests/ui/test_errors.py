"""Uncaught exceptions are logged and shown, never silent."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
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


def test_report_error_sorts_what_it_is_given(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled is silent, errors the user can act on are shown, bugs go to the hook."""
    import sys

    from PySide6.QtWidgets import QMessageBox, QWidget

    from llamadesk.errors import Cancelled, StorageError
    from llamadesk.ui.errors import report_error

    parent = QWidget()
    qtbot.addWidget(parent)
    hooked: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, _e, _t: hooked.append(kind))

    def shown() -> list[str]:
        return [box.text() for box in parent.findChildren(QMessageBox, "error_message")]

    report_error(parent, Cancelled("the user said so"))
    assert shown() == [] and hooked == []
    report_error(parent, StorageError("The disk is full."), template="Export failed: %1")
    assert shown() == ["Export failed: The disk is full."]
    report_error(parent, OSError(28, "No space left on device"))
    assert "No space left on device" in shown()[-1]
    report_error(parent, KeyError("bug"))
    assert hooked == [KeyError] and len(shown()) == 2
