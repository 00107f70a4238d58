"""How errors reach the user: one function for expected errors, one hook for bugs."""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import IO

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from llamadesk.logs import RecentLines, redact

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> QMessageBox:
    """Show a user-facing error without blocking the event loop (the app stays usable)."""
    box = QMessageBox(parent)
    box.setObjectName("error_message")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QApplication.translate("errors", "LlamaDesk"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def user_message(error: BaseException) -> str | None:
    """What to tell the user about ``error``, in their language; None when there is
    nothing to tell them.

    A cancellation is the user's own doing: None. An error the user can act on
    (LlamaDeskError, or the disk refusing: OSError) gives its message. Anything
    else is a bug: it goes to the crash handler, which logs it and offers the
    details, and this returns None.
    """
    from llamadesk.errors import Cancelled, LlamaDeskError
    from llamadesk.ui.messages import message_of

    if isinstance(error, Cancelled):
        return None
    if isinstance(error, LlamaDeskError):
        return message_of(error)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    sys.excepthook(type(error), error, error.__traceback__)
    return None


def report_error(parent: QWidget | None, error: BaseException, title: str | None = None,
                 template: str = "%1") -> None:
    """The one way an error raised by an action reaches the user: as %1 of
    ``template`` in a message box, or through the crash handler (user_message)."""
    message = user_message(error)
    if message is not None:
        show_error(parent, template.replace("%1", message), title)


class _Relay(QObject):
    """Moves crash reports raised on other threads onto the GUI thread."""

    crashed = Signal(str)


class CrashHandler:
    """sys.excepthook for the GUI: log the crash, then show it with 'Copy details'."""

    def __init__(self, recent: RecentLines, fault_file: IO[str] | None = None) -> None:
        self._recent = recent
        self._relay = _Relay()
        self._relay.crashed.connect(self._show)
        self.dialogs: list[QMessageBox] = []
        self._previous: Callable[..., object] = sys.excepthook
        if fault_file is not None:
            faulthandler.enable(fault_file)

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = redact("".join(traceback.format_exception(kind, value, tb)))
        log.critical("Uncaught exception:\n%s", details)
        report = details + "\nRecent log lines:\n" + "\n".join(self._recent.lines)
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(kind, value, tb)
        elif QThread.currentThread() is app.thread():
            self._show(report)
        else:
            self._relay.crashed.emit(report)

    def _show(self, report: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crash_dialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("errors", "LlamaDesk hit a bug"))
        box.setText(QApplication.translate(
            "errors",
            "Something went wrong inside LlamaDesk. Your conversations are saved. "
            "The details below are also in the log file; please include them in a bug report."))
        box.setDetailedText(report)
        copy = box.addButton(QApplication.translate("errors", "Copy details"),
                             QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        # Copying must not close the dialog, so handle the click ourselves.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        self.dialogs.append(box)
        box.finished.connect(lambda _: self.dialogs.remove(box))
        # Shown on the next turn of the event loop, never from inside the failing call.
        QTimer.singleShot(0, box.open)
