"""Starting the GUI: the QApplication, the crash hook, the history and the window."""

from __future__ import annotations

import logging
import sys
from importlib import resources

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from llamadesk import APP_NAME, __version__
from llamadesk.app import AppContext, open_context
from llamadesk.errors import LlamaDeskError
from llamadesk.ui.errors import CrashHandler, show_error
from llamadesk.ui.main_window import MainWindow

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


def build_main_window(context: AppContext, model: str | None = None) -> MainWindow:
    window = MainWindow(context.repository, app_icon())
    if model:
        window.load_model(model)
    return window


def run_gui(data_dir: str | None, model: str | None) -> int:
    app = create_application()
    context = open_context(data_dir)
    fault_file = context.paths.log_dir.joinpath("faults.log").open("a", encoding="utf-8")
    crash_handler = CrashHandler(context.recent_log, fault_file)
    crash_handler.install()
    try:
        window = build_main_window(context, model)
        window.show()
        return app.exec()
    except LlamaDeskError as error:
        show_error(None, str(error))
        return app.exec()
    finally:
        crash_handler.uninstall()
        context.close()
        fault_file.close()
