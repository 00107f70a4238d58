"""Starting the GUI: the QApplication, the crash hook, the history and the window."""

from __future__ import annotations

import logging
import signal
import sys
import time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from llamadesk import APP_NAME, __version__
from llamadesk.app import AppContext, open_context
from llamadesk.errors import LlamaDeskError
from llamadesk.paths import AppPaths
from llamadesk.settings import Settings
from llamadesk.storage.instance_lock import DataInUse
from llamadesk.ui.errors import CrashHandler
from llamadesk.ui.i18n import choose_language, install_translations
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.messages import message_of
from llamadesk.ui.single_instance import InstanceServer, activate_running_instance

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    data = resources.files("llamadesk.resources").joinpath("llamadesk.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("llamadesk")
    return app


def build_main_window(context: AppContext, model: str | None = None,
                      settings: Settings | None = None) -> MainWindow:
    settings = settings or Settings(context.paths.settings_file)
    window = MainWindow(context, settings, app_icon())
    # The window owns the data folder while it is open; quitting releases it.
    window.closed.connect(context.close)
    if model:
        # --model takes an installed model's id as well as a path.
        window.load_model(window.manager.resolve(model))
    elif Path(last := window.settings["last_model"]).is_file():
        window.load_model(last)
    return window


def bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


class _QuitWhenPainted(QObject):
    """For bench/ui.py's cold-start figure: quit once the window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"window shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _quit_on_termination(app: QApplication) -> QTimer:
    """SIGTERM and SIGINT (logout, `kill`, Ctrl+C in a terminal) close the window
    the normal way: the reply is stopped and saved, the window's state kept, the
    data folder released. Python runs signal handlers only between bytecodes, so
    a timer wakes it while Qt's loop waits."""
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.closeAllWindows))
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(200)
    return heartbeat


def run_gui(data_dir: str | None, model: str | None, quit_when_shown: bool = False) -> int:
    app = create_application()
    try:
        context = open_context(data_dir)
    except DataInUse as error:
        if activate_running_instance(AppPaths.resolve(data_dir).data_dir):
            print("LlamaDesk is already open: its window was brought forward.")
            return 0
        QMessageBox.critical(None, APP_NAME, message_of(error))
        return 1
    except LlamaDeskError as error:
        QMessageBox.critical(None, APP_NAME, message_of(error))
        return 1
    fault_file = context.paths.log_dir.joinpath("faults.log").open("a", encoding="utf-8")
    crash_handler = CrashHandler(context.recent_log, fault_file)
    crash_handler.install()
    try:
        settings = Settings(context.paths.settings_file)
        # Before any widget exists: every tr() below then finds its language.
        install_translations(app, choose_language(settings["language"]))
        window = build_main_window(context, model, settings)
        server = InstanceServer(context.paths.data_dir, window)
        server.activation_requested.connect(lambda: bring_forward(window))
        if quit_when_shown:
            painted = _QuitWhenPainted(window)
            window.installEventFilter(painted)
        window.show()
        heartbeat = _quit_on_termination(app)
        code = app.exec()
        heartbeat.stop()
        window.shut_down()
        return code
    finally:
        crash_handler.uninstall()
        context.close()
        fault_file.close()
