"""Starting the GUI: the QApplication, the crash hook, the history and the window.

The window's frame is shown first, from a handful of light imports; the
history (SQLAlchemy), Markdown, Pygments and the model manager load after
that first frame on another thread, which also opens the history (and
migrates it, if an update asks for that); then they fill the window in.
Those imports took most of a second before anything appeared; now the frame
paints in about 1.4 times the time of an empty PySide6 window (bench/ui.py).
"""

from __future__ import annotations

import importlib
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from llamadesk import APP_NAME, __version__
from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.paths import AppPaths
from llamadesk.settings import Settings
from llamadesk.storage.instance_lock import DataInUse, InstanceLock
from llamadesk.ui.i18n import choose_language, install_translations
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.messages import message_of, translated

if TYPE_CHECKING:
    from llamadesk.app import AppContext
    from llamadesk.crash_report import CrashNotice
    from llamadesk.models.token_store import TokenStore
    from llamadesk.server.api_key import ApiKeyStore
    from llamadesk.ui.errors import CrashHandler
    from llamadesk.ui.parts import WindowParts

FIRST_PAINT_WAIT_MS = 1000
# Loaded on a worker thread while the frame is on screen (the history is opened
# there too): plain Python only, no Qt classes, which belong to the GUI thread.
PRELOADED = ("llamadesk.app", "llamadesk.chat", "llamadesk.models.manager",
             "llamadesk.storage.export.markdown_render", "llamadesk.models.catalog",
             "llamadesk.models.token_store", "psutil")

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


def build_parts(context: AppContext, settings: Settings, *,
                tokens: TokenStore | None = None,
                api_keys: ApiKeyStore | None = None) -> WindowParts:
    """The composition root: every long-lived object the window uses, built here once.

    ``tokens`` and ``api_keys``: where the Hugging Face token and the API server's
    key are kept (the OS keyring by default).
    """
    from llamadesk.chat import ChatService
    from llamadesk.documents.retriever import DocumentRetriever, embedder_opener
    from llamadesk.models.license import LicenseStore
    from llamadesk.models.manager import ModelManager
    from llamadesk.sampling import PlainTextLimits
    from llamadesk.ui.documents.indexing import IndexingThread
    from llamadesk.ui.models.library import ModelLibrary
    from llamadesk.ui.parts import WindowParts
    from llamadesk.ui.pool.lending import PoolLending
    from llamadesk.ui.server.control import ApiServerControl
    from llamadesk.ui.tools.control import ToolsControl
    from llamadesk.ui.worker import WorkerThread

    paths = context.paths
    # No token here: the registry and imports never touch the network.
    manager = ModelManager(paths.models_dir, LicenseStore(paths.config_dir / "licenses.json"),
                           hashes=context.hash_cache)
    documents = DocumentRetriever(paths.documents_database,
                                  embedder_opener(paths.models_dir, context.guard))
    workers = WorkerThread(chat := ChatService(
        context.repository, documents=documents,
        plain_limits=lambda: PlainTextLimits.from_settings(settings)))
    return WindowParts(context=context, settings=settings, chat=chat,
                       library=ModelLibrary(manager, tokens), workers=workers,
                       api_server=ApiServerControl(settings, workers.worker, manager,
                                                   context.repository, api_keys),
                       indexing=IndexingThread(paths.documents_database, paths.models_dir,
                                               context.guard),
                       documents=documents, tools=ToolsControl(settings, paths.log_dir),
                       pool=PoolLending(settings))


def build_main_window(context: AppContext, model: str | None = None,
                      settings: Settings | None = None, *,
                      tokens: TokenStore | None = None,
                      api_keys: ApiKeyStore | None = None,
                      crash: CrashNotice | None = None) -> MainWindow:
    settings = settings or Settings(context.paths.settings_file)
    window = MainWindow(build_parts(context, settings, tokens=tokens, api_keys=api_keys),
                        settings, app_icon())
    _wire(window, context, model, crash)
    return window


def _wire(window: MainWindow, context: AppContext, model: str | None,
          crash: CrashNotice | None = None) -> None:
    from llamadesk.ui.tools.wiring import attach_tools

    attach_tools(window)
    # The window owns the data folder while it is open; quitting releases it.
    window.closed.connect(context.close)
    # --model takes an installed model's id as well as a path.
    wanted = window.library.manager.resolve(model) if model else (
        Path(last) if Path(last := window.settings["last_model"]).is_file() else None)
    if crash is not None:
        window.show_crash_notice(crash)
        if wanted is not None and Path(wanted).resolve() == crash.model_path.resolve():
            # Never the same crash twice: the banner offers the safe settings instead.
            log.warning("Not loading %s again after the crash", wanted)
            return
    if wanted is not None:
        window.models.load_model(wanted)


def bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


class _NextPaint(QObject):
    """Emits painted(float when) once, after the window's next paint; ``when``
    is the time.time() at which that paint began, as bench/ui.py's bare
    window measures it."""

    painted = Signal(float)

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            when = time.time()
            # After this paint has finished, not inside it.
            QTimer.singleShot(0, lambda: self.painted.emit(when))
        return False


class _QuitOnTermination:
    """SIGTERM and SIGINT (logout, `kill`, Ctrl+C in a terminal) close the window
    the normal way: the reply is stopped and saved, the window's state kept, the
    data folder released. Python runs signal handlers only between bytecodes, so
    a timer wakes it while Qt's loop waits. A context manager: the handlers
    before it come back after it."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._heartbeat = QTimer()
        self._heartbeat.timeout.connect(lambda: None)
        self._previous: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}

    def __enter__(self) -> None:
        for number in (signal.SIGTERM, signal.SIGINT):
            self._previous[number] = signal.signal(
                number, lambda *_: QTimer.singleShot(0, self._app.closeAllWindows))
        self._heartbeat.start(200)

    def __exit__(self, *_: object) -> None:
        self._heartbeat.stop()
        for number, handler in self._previous.items():
            signal.signal(number, handler)


def run_gui(data_dir: str | None, model: str | None, quit_when_shown: bool = False) -> int:
    """The window: its frame at once, its contents when the history is open.

    ``quit_when_shown`` (bench/ui.py) prints when the frame and then the
    filled window were first painted, and quits.
    """
    app = create_application()
    with _QuitOnTermination(app):
        return _run(app, data_dir, model, quit_when_shown)


def _run(app: QApplication, data_dir: str | None, model: str | None,
         quit_when_shown: bool) -> int:
    paths = AppPaths.resolve(data_dir)
    lock = InstanceLock(paths.data_dir)
    try:
        paths.ensure()
        lock.acquire()
    except DataInUse as error:
        from llamadesk.ui.single_instance import activate_running_instance

        if activate_running_instance(paths.data_dir):
            print("LlamaDesk is already open: its window was brought forward.")
            return 0
        QMessageBox.critical(None, APP_NAME, message_of(error))
        return 1
    except OSError as error:  # not a folder, no permission, a full or read-only disk
        note = Note(QT_TRANSLATE_NOOP("messages", "LlamaDesk cannot use its data folder %1: "
                                      "%2."), paths.data_dir, error.strerror or error)
        print(f"llamadesk: error: {note}", file=sys.stderr)
        QMessageBox.critical(None, APP_NAME, translated(note))
        return 1
    except LlamaDeskError as error:  # a read-only data folder: said, not a traceback
        print(f"llamadesk: error: {error}", file=sys.stderr)
        QMessageBox.critical(None, APP_NAME, message_of(error))
        return 1
    start: _Start | None = None
    try:
        settings = Settings(paths.settings_file)
        # Before any widget exists: every tr() below then finds its language.
        install_translations(app, choose_language(settings["language"]))
        # The icon comes with the contents: installed copies show the one in the
        # .exe, .app or .desktop entry until then, and the SVG costs 5 ms.
        window = MainWindow(None, settings)
        start = _Start(window, data_dir, lock, model, quit_when_shown)
        _NextPaint(window).painted.connect(start.frame_painted)
        # A window started minimized or off-screen may not paint for a while; long
        # enough that on a slow machine the preload never competes with the frame.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, start.begin)
        window.show()
        code = app.exec()
        window.shut_down()
        return start.code if start.code is not None else code
    finally:
        if start is not None:
            start.close()
        lock.release()


class _Start(QObject):
    """The second half of the start, after the frame's first paint.

    Signals: opened(), from the thread that imports the heavy libraries and
    opens the history (migrations and clean-up included, which can take a
    while); its result waits in ``_opened``.
    """

    opened = Signal()

    def __init__(self, window: MainWindow, data_dir: str | None, lock: InstanceLock,
                 model: str | None, quit_when_shown: bool) -> None:
        super().__init__(window)
        self.window, self.data_dir, self.lock = window, data_dir, lock
        self.model, self.quit_when_shown = model, quit_when_shown
        self.code: int | None = None
        self._thread: threading.Thread | None = None
        self._opened: tuple[AppContext | None, Exception | None] = (None, None)
        self._crash: CrashNotice | None = None
        self._crash_handler: CrashHandler | None = None
        self.opened.connect(self._on_opened)  # queued: emitted on another thread

    def frame_painted(self, when: float) -> None:
        if self.quit_when_shown:
            print(f"window shown {when:.6f}", flush=True)
        self.begin()

    def begin(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._open, name="open-history")
            self._thread.start()

    def _open(self) -> None:
        try:
            for name in PRELOADED:
                importlib.import_module(name)
            from llamadesk.app import open_context
            from llamadesk.crash_report import find_crash

            context = open_context(self.data_dir, lock=self.lock)
            # Here, off the GUI thread: a crash's report reads faults.log.
            self._crash = find_crash(context.guard, context.paths.fault_log)
            self._opened = (context, None)
        except Exception as caught:  # noqa: BLE001 - reported on the GUI thread
            self._opened = (None, caught)
        try:
            self.opened.emit()
        except RuntimeError:
            pass  # the window is already gone: close() takes care of the history

    def _on_opened(self) -> None:
        context, error = self._opened
        if self.window.is_shut_down:
            return  # closed while the history was opening
        try:
            if error is not None:
                raise error
            assert context is not None
            self._attach(context)
        except LlamaDeskError as failure:
            self._failed(message_of(failure))
        except Exception as failure:  # noqa: BLE001 - the frame must not hang forever
            log.exception("LlamaDesk could not start")
            self._failed(self.tr("LlamaDesk could not start: %1. Details are in the log "
                                 "file.").replace("%1", repr(failure)))

    def _attach(self, context: AppContext) -> None:
        from llamadesk.ui.errors import CrashHandler
        from llamadesk.ui.single_instance import InstanceServer

        # faulthandler writes to faults.log already (app.open_context).
        crash_handler = CrashHandler(context.recent_log)
        crash_handler.install()
        self._crash_handler = crash_handler
        self.window.attach(build_parts(context, self.window.settings))
        self.window.setWindowIcon(app_icon())
        _wire(self.window, context, self.model, self._crash)
        server = InstanceServer(context.paths.data_dir, self.window)
        server.activation_requested.connect(lambda: bring_forward(self.window))
        if self.quit_when_shown:
            _NextPaint(self.window).painted.connect(self._report_ready)
            self.window.update()

    def _report_ready(self, when: float) -> None:
        print(f"window ready {when:.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    def _failed(self, text: str) -> None:
        log.error("The history could not be opened: %s", text)
        QMessageBox.critical(self.window, APP_NAME, text)
        self.code = 1
        QApplication.quit()

    def close(self) -> None:
        """After the window's loop: the history is closed before the data folder's
        lock is let go, even when the window was closed while it was opening."""
        if self._thread is not None:
            self._thread.join()
        if self._crash_handler is not None:
            self._crash_handler.uninstall()
        context = self._opened[0]
        if context is not None:
            context.close()
