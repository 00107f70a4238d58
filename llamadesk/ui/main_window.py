"""The main window: conversations on the left, the chat on the right, the composer below."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from llamadesk.engine.options import LoadedModel, LoadOptions, SamplingParams
from llamadesk.errors import StorageError
from llamadesk.settings import Settings
from llamadesk.ui import formats
from llamadesk.ui.background import run_in_background
from llamadesk.ui.generate_request import GenerateRequest, ReplyAction

# Only what the first frame needs is imported above: the history (SQLAlchemy),
# Markdown and Pygments, the model manager and even Qt's `Qt` namespace (40 ms)
# are imported by attach(), once the window is on screen.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from llamadesk.app import AppContext
    from llamadesk.chat import ContextReport, ReplyStarted
    from llamadesk.models.registry import InstalledModel
    from llamadesk.storage.records import MessageRecord
    from llamadesk.ui.models_dialog import ModelsDialog

log = logging.getLogger(__name__)

# Messages the chat view holds at once; older ones load as it is scrolled up.
WINDOW = 40
# Sidebar and chat widths until the user moves the divider.
DEFAULT_SPLIT = [260, 840]


class MainWindow(QMainWindow):
    """Signals: closed() once the window has shut its worker down;
    export_finished(str path) and import_finished(object ImportResult)."""

    closed = Signal()
    export_finished = Signal(str)
    import_finished = Signal(object)

    def __init__(self, context: AppContext | None, settings: Settings,
                 icon: QIcon | None = None) -> None:
        """With a context, the whole window; without, only its frame (see attach)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("LlamaDesk")
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1100, 720)
        self.settings = settings
        self.context: AppContext | None = None
        self._shut_down = False
        self._splitter_sizes: list[int] | None = None
        self._warmed_up = False
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.chat_menu = self.menuBar().addMenu(self.tr("&Chat"))
        self._restore_geometry()
        if context is None:
            from llamadesk.ui.theme import apply_theme

            # The frame in the chosen theme already; "system" is what Qt starts with.
            app = QApplication.instance()
            if isinstance(app, QApplication) and (settings["theme"] != "system"
                                                  or settings["font_size"]):
                apply_theme(app, settings["theme"], settings["font_size"])
            self._show_opening()
        else:
            self.attach(context)

    @property
    def attached(self) -> bool:
        return self.context is not None

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    def _show_opening(self) -> None:
        """The first frame: the sidebar's shape, with the history still opening."""
        self.menuBar().setEnabled(False)
        translate = QApplication.translate
        side = QWidget()
        side.setEnabled(False)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 0, 6)  # as the sidebar's
        side_layout.addWidget(QPushButton(translate("ConversationSidebar", "New chat")))
        search = QLineEdit()
        search.setPlaceholderText(translate("ConversationSidebar",
                                            "Search conversations (Ctrl+F)"))
        side_layout.addWidget(search)
        waiting = QListWidget()
        waiting.addItem(self.tr("Opening your conversations…"))
        side_layout.addWidget(waiting, 1)
        placeholder = QSplitter()
        placeholder.addWidget(side)
        placeholder.addWidget(QWidget())
        placeholder.setStretchFactor(1, 1)
        placeholder.setSizes(self._splitter_sizes or DEFAULT_SPLIT)
        self.setCentralWidget(placeholder)

    def attach(self, context: AppContext) -> None:
        """Everything that needs the history, the model manager and the worker thread.

        The app shows the frame first and attaches once the history is open, so
        the window is on screen before SQLAlchemy and friends have even loaded.
        """
        from llamadesk.chat import ChatService
        from llamadesk.models.license import LicenseStore
        from llamadesk.models.manager import ModelManager
        from llamadesk.ui.model_library import ModelLibrary
        from llamadesk.ui.worker import WorkerThread

        self.context = context
        self.paths = context.paths
        self.repository = repository = context.repository
        # No token here: the registry and imports never touch the network.
        self.manager = ModelManager(self.paths.models_dir,
                                    LicenseStore(self.paths.config_dir / "licenses.json"),
                                    hashes=context.hash_cache)
        self.model_path: str | None = None
        self.library = ModelLibrary(self.manager)
        self.library.changed.connect(self.refresh_models)
        self.library.download_finished.connect(self._on_model_installed)
        self.library.import_finished.connect(self._on_model_installed)
        self.library.import_failed.connect(
            lambda message: self._show_error(message, self.tr("The model could not be "
                                                              "imported")))
        self.models_dialog: ModelsDialog | None = None
        self.setAcceptDrops(True)
        self.conversation_id: int | None = None
        self.model: LoadedModel | None = None
        self._loading = False
        self._loading_name = ""
        self._load_cancel = threading.Event()
        self._request: GenerateRequest | None = None
        self._pending_conversation: int | None = None
        self._editing: int | None = None
        self.context_report: ContextReport | None = None
        self._installed: list[InstalledModel] = []
        self._pending_text: list[str] = []
        # A message sent while the model was still loading (send_message).
        self._waiting_text: str | None = None
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(16)
        self._frame.timeout.connect(self._show_pending_text)

        self.workers = WorkerThread(ChatService(repository))
        self.worker = self.workers.worker
        self._build_widgets()
        self._build_menu()
        self.menuBar().setEnabled(True)
        self._connect_worker()
        self.apply_settings()
        self.refresh_models()
        self.refresh_conversations()
        self._restore_conversation()
        self._update_state()
        self.composer.setFocus()
        if self.isVisible():
            self._after_shown()

    def _show_error(self, message: str, title: str | None = None) -> None:
        from llamadesk.ui.errors import show_error

        show_error(self, message, title)

    # -- construction --------------------------------------------------------

    def _build_widgets(self) -> None:
        from PySide6.QtCore import Qt

        from llamadesk.ui.chat_view import ChatView
        from llamadesk.ui.composer import Composer
        from llamadesk.ui.model_bar import ModelBar
        from llamadesk.ui.sidebar import ConversationSidebar
        from llamadesk.ui.welcome import WelcomePage

        self.sidebar = ConversationSidebar(self.repository)
        self.sidebar.new_chat_requested.connect(self.new_conversation)
        self.sidebar.conversation_chosen.connect(self._on_conversation_chosen)
        self.sidebar.conversation_deleted.connect(self._on_conversation_deleted)
        self.new_chat_button = self.sidebar.new_chat_button
        sidebar = self.sidebar

        self.model_bar = ModelBar()
        self.model_bar.model_chosen.connect(self.load_model)
        self.model_bar.open_file_requested.connect(self.choose_model_file)
        self.model_bar.manage_requested.connect(self.show_models)
        self.model_bar.template_chosen.connect(self._on_template_chosen)
        self.model_bar.cancel_requested.connect(self.cancel_load)
        # One line under the bar for what is not on it: "no model", load errors.
        self.model_status = QLabel()
        self.model_status.setObjectName("model_status")
        self.model_status.setWordWrap(True)
        self.chat_view = ChatView()
        self.chat_view.action_requested.connect(self._on_message_action)
        self.chat_view.earlier_requested.connect(self._show_earlier)
        self.chat_view.latest_requested.connect(self._show_latest)
        self.composer = Composer()
        self.composer.send_requested.connect(self.send_message)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(
            lambda: self.send_message(self.composer.toPlainText().strip()))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        self.stop_button.clicked.connect(self.stop_reply)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()
        composer_row = QHBoxLayout()
        composer_row.addWidget(self.composer, 1)
        composer_row.addLayout(buttons)

        chat_side = QWidget()
        chat_layout = QVBoxLayout(chat_side)
        chat_layout.setContentsMargins(0, 6, 6, 6)
        chat_layout.addWidget(self.model_bar)
        chat_layout.addWidget(self.model_status)
        chat_layout.addWidget(self.chat_view, 1)
        chat_layout.addLayout(composer_row)

        self.welcome = WelcomePage(self.library)
        self.welcome.more_models_requested.connect(self.show_models)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(chat_side)
        self.chat_page = chat_side

        self.splitter = QSplitter()
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(DEFAULT_SPLIT)
        self.setCentralWidget(self.splitter)
        self._name_for_assistive_tech()

        search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        search_shortcut.activated.connect(self.sidebar.focus_search)
        stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        stop_shortcut.activated.connect(self.stop_reply)

    def _name_for_assistive_tech(self) -> None:
        """Names and descriptions that screen readers announce."""
        for widget, name, description in (
            (self.composer, self.tr("Message"),
             self.tr("Type a message. Enter sends, Shift+Enter starts a new line.")),
            (self.send_button, self.tr("Send"), self.tr("Send the message")),
            (self.stop_button, self.tr("Stop"), self.tr("Stop the reply (Esc)")),
            (self.chat_view, self.tr("Conversation"), self.tr("The messages of this chat")),
            (self.model_status, self.tr("Model state"), self.tr("What the model is doing")),
            (self.sidebar.list, self.tr("Conversations"),
             self.tr("Your conversations, newest first")),
            (self.sidebar.search_box, self.tr("Search"),
             self.tr("Search every conversation (Ctrl+F)")),
            (self.sidebar.new_chat_button, self.tr("New chat"),
             self.tr("Start a new conversation (Ctrl+N)")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        # Tab goes search -> conversations -> message box -> send, in reading order.
        QWidget.setTabOrder(self.sidebar.search_box, self.sidebar.list)
        QWidget.setTabOrder(self.sidebar.list, self.composer)
        QWidget.setTabOrder(self.composer, self.send_button)

    def _build_menu(self) -> None:
        file_menu = self.file_menu
        self.new_chat_action = QAction(self.tr("&New chat"), self)
        self.new_chat_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_chat_action.triggered.connect(self.new_conversation)
        self.open_model_action = QAction(self.tr("&Open model…"), self)
        self.open_model_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_model_action.triggered.connect(self.choose_model_file)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Windows and some Linux platform themes define no standard Quit key.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.export_action = QAction(self.tr("&Export conversation…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.choose_export_file(everything=False))
        self.export_all_action = QAction(self.tr("Export &all conversations…"), self)
        self.export_all_action.triggered.connect(lambda: self.choose_export_file(everything=True))
        self.import_action = QAction(self.tr("&Import conversations…"), self)
        self.import_action.triggered.connect(self.choose_import_file)
        file_menu.addAction(self.new_chat_action)
        file_menu.addAction(self.open_model_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_all_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.models_action = QAction(self.tr("&Models…"), self)
        self.models_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.models_action.triggered.connect(self.show_models)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        settings_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(settings_keys or [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.models_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        chat_menu = self.chat_menu
        self.regenerate_action = QAction(self.tr("&Regenerate reply"), self)
        self.regenerate_action.setShortcut(QKeySequence("Ctrl+R"))
        self.regenerate_action.triggered.connect(self.regenerate_reply)
        self.continue_action = QAction(self.tr("&Continue reply"), self)
        self.continue_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.continue_action.triggered.connect(self.continue_reply)
        self.previous_version_action = QAction(self.tr("&Previous version of the reply"), self)
        self.previous_version_action.setShortcut(QKeySequence("Ctrl+["))
        self.previous_version_action.triggered.connect(lambda: self.switch_version(-1))
        self.next_version_action = QAction(self.tr("&Next version of the reply"), self)
        self.next_version_action.setShortcut(QKeySequence("Ctrl+]"))
        self.next_version_action.triggered.connect(lambda: self.switch_version(+1))
        self.edit_action = QAction(self.tr("&Edit last message"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.edit_action.triggered.connect(self.edit_last_message)
        chat_menu.addActions([self.edit_action, self.regenerate_action, self.continue_action,
                              self.previous_version_action, self.next_version_action])
        # Also on the window itself, so the shortcuts work while the menu bar is
        # hidden or native (macOS, some Linux desktops).
        self.addActions([self.models_action, self.settings_action,
                         self.new_chat_action, self.open_model_action, self.export_action,
                         self.quit_action, self.edit_action, self.regenerate_action,
                         self.continue_action,
                         self.previous_version_action, self.next_version_action])

    def _connect_worker(self) -> None:
        """Every connection from the worker's events, in one place; all queued."""
        from PySide6.QtCore import Qt

        queued = Qt.ConnectionType.QueuedConnection
        worker = self.worker
        worker.load_started.connect(self._on_load_started, queued)
        worker.load_progress.connect(self._on_load_progress, queued)
        worker.load_cancelled.connect(self._on_load_cancelled, queued)
        worker.model_loaded.connect(self._on_model_loaded, queued)
        worker.load_failed.connect(self._on_load_failed, queued)
        worker.reply_started.connect(self._on_reply_started, queued)
        worker.token_generated.connect(self._on_token, queued)
        worker.generation_finished.connect(self._on_generation_finished, queued)
        worker.generation_failed.connect(self._on_generation_failed, queued)
        worker.context_reported.connect(self._on_context_reported, queued)

    # -- model ---------------------------------------------------------------

    def load_options(self, path: str) -> LoadOptions:
        """How to load ``path``, from the settings (GPU layers, threads, context, template)."""
        from llamadesk.engine.prompt import TemplateKind

        settings = self.settings
        layers = settings["gpu_layers"]
        template = settings["template_overrides"].get(path)
        return LoadOptions(
            n_ctx=settings["context_size"] or None,
            n_gpu_layers=None if layers == -2 else layers,
            main_gpu=settings["main_gpu"],
            n_threads=settings["threads"] or None,
            template=TemplateKind(template) if template else None,
            file_hash=self.context.hash_cache.sha256 if self.context else None)

    def load_model(self, path: str | Path, options: LoadOptions | None = None) -> None:
        if self.is_generating:
            self.stop_reply()
        path = str(Path(path).resolve())
        self._loading = True
        self._load_cancel = threading.Event()
        self.model_path = path
        self._update_state()
        self.worker.load_requested.emit(path, options or self.load_options(path),
                                        self._load_cancel)

    def refresh_models(self) -> None:
        self._installed = self.manager.registry.all()
        self.model_bar.set_models(self._installed, self.model_path)

    def _on_template_chosen(self, value: str) -> None:
        """A per-model choice, kept in the settings; reloading applies it."""
        if self.model_path is None:
            return
        overrides = self.settings["template_overrides"]
        if value:
            overrides[self.model_path] = value
        else:
            overrides.pop(self.model_path, None)
        self.settings["template_overrides"] = overrides
        self.settings.save()
        self.load_model(self.model_path)

    def cancel_load(self) -> None:
        if self._loading:
            self._load_cancel.set()

    def choose_model_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Open model"))
        dialog.setNameFilters([self.tr("GGUF models (*.gguf)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.load_model)
        dialog.open()

    def _on_load_started(self, path: str) -> None:
        self._loading_name = Path(path).name
        self.model_status.setText(self.tr("Loading %1…").replace("%1", self._loading_name))
        self.model_bar.show_loading(self._loading_name, 0.0)

    def _on_load_progress(self, fraction: float) -> None:
        self.model_bar.show_loading(self._loading_name, fraction)

    def _on_load_cancelled(self) -> None:
        self._loading = False
        self.model = None
        self.model_path = None
        self._return_waiting_text()
        self.refresh_models()
        self._update_state()

    def _return_waiting_text(self) -> None:
        """A message that waited for a model that never came goes back to the composer."""
        waiting, self._waiting_text = self._waiting_text, None
        if waiting is not None:
            self.chat_view.clear_placeholder()
            self.composer.setPlainText(waiting)

    def _on_model_loaded(self, info: LoadedModel) -> None:
        self._loading = False
        self.model = info
        if self.model_path is not None:
            self.settings["last_model"] = self.model_path
            self.settings.save()
        self.refresh_models()
        self.model_bar.set_template(
            self.settings["template_overrides"].get(self.model_path or "", ""))
        self._update_state()
        waiting, self._waiting_text = self._waiting_text, None
        if waiting is not None:
            self.chat_view.clear_placeholder()
            self.send_message(waiting)

    def _on_load_failed(self, message: str) -> None:
        self._loading = False
        self.model = None
        self.model_path = None
        self._return_waiting_text()
        self.refresh_models()
        self._update_state()
        self._show_error(message, self.tr("The model could not be loaded"))

    # -- export and import ---------------------------------------------------

    def choose_export_file(self, everything: bool) -> None:
        if not everything and self.conversation_id is None:
            self._show_error(self.tr("Open a conversation to export it."))
            return
        dialog = QFileDialog(self, self.tr("Export"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = {self.tr("Markdown (*.md)"): "md", self.tr("Web page (*.html)"): "html",
                   self.tr("PDF (*.pdf)"): "pdf", self.tr("Plain text (*.txt)"): "txt",
                   self.tr("LlamaDesk JSON (*.json)"): "json"}
        if everything:
            filters = {self.tr("All conversations, one file each (*.zip)"): "zip:md",
                       self.tr("All conversations, lossless (*.json)"): "json"}
        dialog.setNameFilters(list(filters))
        dialog.fileSelected.connect(
            lambda path: self.export_to(Path(path), filters[dialog.selectedNameFilter()],
                                        everything))
        dialog.open()

    def export_to(self, path: Path, fmt: str, everything: bool = False) -> None:
        """Write the export off the GUI thread; a message says when it is done or failed."""
        from llamadesk.storage.export import export_bytes, export_zip, write_atomically

        repository = self.repository
        ids = repository.conversation_ids() if everything else [self.conversation_id or 0]
        as_zip = fmt.startswith("zip:")
        fmt = fmt.removeprefix("zip:")

        def work() -> Path:
            data = export_zip(repository, ids, fmt) if as_zip \
                else export_bytes(repository, ids, fmt)
            write_atomically(path, data)
            return path

        def failed(error: Exception) -> None:
            from llamadesk.ui.errors import report_error

            report_error(self, error, template=self.tr("The export failed: %1"))

        def done(written: Path) -> None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)),
                                         8000)
            self.export_finished.emit(str(written))

        if fmt == "pdf":
            # Qt's text layout and PDF writer stay on the GUI thread.
            try:
                done(work())
            except Exception as error:  # noqa: BLE001 - report_error tells a bug from the rest
                failed(error)
            return
        run_in_background(work, done, failed)

    def choose_import_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import conversations"))
        dialog.setNameFilters([self.tr("LlamaDesk export (*.json)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        dialog.open()

    def import_from(self, path: Path) -> None:
        def done(result: object) -> None:
            self.refresh_conversations()
            imported = int(getattr(result, "imported", 0))
            skipped = int(getattr(result, "skipped", 0))
            message = self.tr("Imported %n conversation(s).", "", imported)
            if skipped:
                message += " " + self.tr("%n was already here.", "", skipped)
            self.statusBar().showMessage(message, 8000)
            self.import_finished.emit(result)

        def failed(error: Exception) -> None:
            from llamadesk.ui.errors import report_error

            report_error(self, error)

        from llamadesk.storage.importer import import_json

        assert self.context is not None  # attached: the history is open
        database = self.context.database
        run_in_background(lambda: import_json(database, path.read_bytes(), path.name), done,
                          failed)

    # -- conversations -------------------------------------------------------

    def refresh_conversations(self) -> None:
        self.sidebar.refresh(self.conversation_id)

    def new_conversation(self) -> None:
        if self.is_generating:
            return
        self.conversation_id = None
        self.sidebar.clear_selection()
        self.chat_view.clear()
        self._update_state()
        self.composer.setFocus()

    def open_conversation(self, conversation_id: int, message_id: int | None = None) -> None:
        """Show the newest messages, or those around ``message_id`` (a search hit)."""
        self._editing = None
        self.conversation_id = conversation_id
        repository = self.repository
        report = self.context_report
        left_out = report.left_out_ids if report and report.conversation_id == conversation_id \
            else ()
        if message_id is None:
            messages = repository.branch_tail(conversation_id, WINDOW + 1)
            more_above = len(messages) > WINDOW
            messages = messages[-WINDOW:]
            self.chat_view.show_messages(messages, repository.versions(messages),
                                         more_above=more_above, left_out=left_out)
        else:
            # A search hit, perhaps on an older version: show the branch that holds it.
            repository.select_branch(message_id)
            ids = repository.branch_ids(conversation_id)
            at = ids.index(message_id) if message_id in ids else len(ids) - 1
            first, last = max(0, at - WINDOW // 3), min(len(ids), at + WINDOW)
            messages = repository.messages(ids[first:last])
            self.chat_view.show_messages(messages, repository.versions(messages),
                                         more_above=first > 0, more_below=last < len(ids),
                                         left_out=left_out)
            self.chat_view.scroll_to_message(message_id)
        self.refresh_conversations()
        self._choose_page()

    def _show_latest(self) -> None:
        if self.conversation_id is not None:
            self.open_conversation(self.conversation_id)

    def _show_earlier(self) -> None:
        first = self.chat_view.first_message_id
        if first is None:
            return
        older = self.repository.branch_before(first, WINDOW + 1)
        more_above = len(older) > WINDOW
        older = older[-WINDOW:]
        self.chat_view.prepend_messages(older, self.repository.versions(older),
                                        more_above=more_above)

    def _on_message_action(self, action: str, message_id: int) -> None:
        """The links on each message: edit, regenerate, continue, ‹ previous / next ›."""
        if self.is_generating:
            return
        if action == "edit":
            self._edit(message_id)
        elif action == "regenerate":
            self._start(GenerateRequest(self.conversation_id, "", action=ReplyAction.REGENERATE,
                                        message_id=message_id))
        elif action == "continue":
            self._start(GenerateRequest(self.conversation_id, "", action=ReplyAction.CONTINUE,
                                        message_id=message_id))
        elif action in ("previous", "next"):
            shown = self._step_version(message_id, -1 if action == "previous" else 1)
            if shown is not None:
                self.statusBar().showMessage(
                    self.tr("Version %1 / %2").replace("%1", str(shown[0]))
                    .replace("%2", str(shown[1])), 5000)

    def _on_conversation_chosen(self, conversation_id: int, message_id: int) -> None:
        if self.is_generating:
            # Stop the reply cleanly (it is saved), then show the chosen conversation.
            self._pending_conversation = conversation_id
            self.stop_reply()
            return
        self.open_conversation(conversation_id, None if message_id < 0 else message_id)

    def _on_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self.conversation_id and not self.is_generating:
            self.new_conversation()

    # -- chatting ------------------------------------------------------------

    @property
    def is_generating(self) -> bool:
        return self._request is not None

    def send_message(self, text: str) -> None:
        if text and self._loading and not self.is_generating and self._waiting_text is None:
            # Sent before the model is ready: kept, shown as waiting, sent once it is.
            self._waiting_text = text
            self.composer.clear()
            self.chat_view.show_placeholder(
                self.tr("Waiting for the model to load, then sending: %1").replace("%1", text))
            return
        if not text or self.is_generating or self.model is None or self._loading:
            return
        self.composer.clear()
        if self._editing is not None:
            edited, self._editing = self._editing, None
            self._start(GenerateRequest(self.conversation_id, text, action=ReplyAction.EDIT,
                                        message_id=edited))
            return
        if self.conversation_id is None:
            self.chat_view.show_messages([])
            self.conversation_id = self._create_conversation()
        elif self.chat_view.has_more_below:
            self.open_conversation(self.conversation_id)
        self._start(GenerateRequest(self.conversation_id, text))

    def _create_conversation(self) -> int:
        """A new conversation with the defaults for new chats (Settings › New chats)."""
        settings = self.settings
        record = self.repository.create_conversation(
            system_prompt=settings["default_system_prompt"] or None)
        self.repository.set_sampling(record.id, settings.default_choice().to_json())
        return record.id

    def sampling(self, conversation_id: int | None) -> SamplingParams:
        from llamadesk.sampling import sampling_for

        default = self.settings.default_choice()
        if conversation_id is None:
            return default.params()
        stored = self.repository.get_conversation(conversation_id).sampling
        return sampling_for(stored, default).params()

    def _last_reply(self) -> MessageRecord | None:
        if self.conversation_id is None:
            return None
        # Only the tail: the GUI thread never loads a long conversation to find it.
        tail = self.repository.branch_tail(self.conversation_id, 1)
        return tail[-1] if tail and tail[-1].role == "assistant" else None

    def edit_last_message(self) -> None:
        """Put the last message back in the composer; sending makes a new version of it."""
        if self.conversation_id is None or self.is_generating:
            return
        mine = [m for m in self.repository.branch_tail(self.conversation_id, 2)
                if m.role == "user"]
        if mine:
            self._edit(mine[-1].id)

    def _edit(self, message_id: int) -> None:
        self._editing = message_id
        self.composer.setPlainText(self.repository.get_message(message_id).content)
        self.composer.setFocus()
        self.statusBar().showMessage(self.tr("Editing your message: Enter sends it "
                                             "as a new version, Esc cancels"))

    def regenerate_reply(self) -> None:
        """Another version of the last reply; the old one stays (Chat › Previous version)."""
        reply = self._last_reply()
        if reply is not None:
            self._start(GenerateRequest(self.conversation_id, "", action=ReplyAction.REGENERATE,
                                        message_id=reply.id))

    def continue_reply(self) -> None:
        """Carry on a reply that was stopped, cut off or ran out of length."""
        reply = self._last_reply()
        if reply is not None and reply.finish_reason in ("cancelled", "interrupted", "length"):
            self._start(GenerateRequest(self.conversation_id, "", action=ReplyAction.CONTINUE,
                                        message_id=reply.id))

    def switch_version(self, step: int) -> None:
        reply = self._last_reply()
        if reply is None or self.is_generating:
            return
        self._step_version(reply.id, step)
        self.show_version_status()

    def _step_version(self, message_id: int, step: int) -> tuple[int, int] | None:
        """Show the version ``step`` away from ``message_id``; (its number, how many)."""
        if self.conversation_id is None:
            return None
        versions = [v.id for v in self.repository.siblings(message_id)]
        index = versions.index(message_id) + step
        if not 0 <= index < len(versions):
            return None
        self.repository.select_branch(versions[index])
        self.open_conversation(self.conversation_id)
        return index + 1, len(versions)

    def show_version_status(self) -> None:
        reply = self._last_reply()
        if reply is not None:
            versions = [v.id for v in self.repository.siblings(reply.id)]
            if len(versions) > 1:
                self.statusBar().showMessage(
                    self.tr("Reply version %1 / %2").replace(
                        "%1", str(versions.index(reply.id) + 1)).replace(
                        "%2", str(len(versions))))

    def _start(self, request: GenerateRequest) -> None:
        if self.is_generating or self.model is None or self._loading:
            return
        request = replace(request, params=self.sampling(request.conversation_id))
        self._request = request
        self._update_state()
        self.worker.generate_requested.emit(request)

    def stop_reply(self) -> None:
        """Esc and Stop: end the reply, or cancel a model that is loading."""
        if self._request is not None:
            self._request.stop_event.set()
        elif self._editing is not None:
            self._editing = None
            self.composer.clear()
            self.statusBar().clearMessage()
        else:
            self.cancel_load()

    def _on_reply_started(self, event: ReplyStarted) -> None:
        self.conversation_id = event.conversation_id
        if self._request is not None and self._request.action is ReplyAction.SEND:
            self.chat_view.append_messages([event.user_message],
                                           self.repository.versions([event.user_message]))
        else:
            # A new version, an edit or a continuation: show the branch as it now stands.
            tail = [m for m in self.repository.branch_tail(event.conversation_id, WINDOW + 1)
                    if m.id != event.reply_id]
            self.chat_view.show_messages(tail[-WINDOW:], self.repository.versions(tail),
                                         more_above=len(tail) > WINDOW)
        self.chat_view.begin_reply(event.reply_id, event.prefix)
        self.refresh_conversations()

    def _on_token(self, _reply_id: int, piece: str) -> None:
        # Pieces are gathered and shown at most once a frame: the view does the
        # same work for one token or twenty, and the window stays responsive.
        self._pending_text.append(piece)
        if not self._frame.isActive():
            self._frame.start()

    def _show_pending_text(self) -> None:
        self._frame.stop()
        if self._pending_text:
            text, self._pending_text = "".join(self._pending_text), []
            self.chat_view.append_reply_text(text)

    def _on_generation_finished(self, record: MessageRecord) -> None:
        self._request = None
        self._show_pending_text()
        self.chat_view.end_reply(record, self.repository.versions([record]))
        self._update_state()
        self.show_version_status()
        if self._pending_conversation is not None:
            chosen, self._pending_conversation = self._pending_conversation, None
            self.open_conversation(chosen)
        else:
            self.refresh_conversations()

    def _on_context_reported(self, report: ContextReport) -> None:
        self.context_report = report
        if report.conversation_id == self.conversation_id:
            self.chat_view.mark_left_out(report.left_out_ids)
            self.model_bar.show_context(report.used_tokens, report.n_ctx)
        text = self.tr("Context: %1 of %2 tokens").replace(
            "%1", formats.number(report.used_tokens)).replace("%2", formats.number(report.n_ctx))
        if report.left_out_ids:
            text += self.tr(" · %n older message(s) no longer fit", "",
                            len(report.left_out_ids))
        self.statusBar().showMessage(text)

    def _on_generation_failed(self, message: str) -> None:
        self._request = None
        self._pending_conversation = None
        self._show_pending_text()
        self.chat_view.end_reply(None, finish_reason="error")
        self.refresh_conversations()
        self._update_state()
        self._show_error(message, self.tr("The reply failed"))

    # -- state ---------------------------------------------------------------

    def _update_state(self) -> None:
        generating = self.is_generating
        ready = self.model is not None and not self._loading
        # While a model loads, a message can be sent: it waits for the model.
        self.send_button.setEnabled((ready or self._loading) and not generating)
        self.stop_button.setEnabled(generating or self._loading)
        self.new_chat_button.setEnabled(not generating)
        # Before the early return: a model given or remembered is loading, so the chat
        # shows at once (the first-run page stayed up for the whole load, its first
        # button taking the typed keys).
        self._choose_page()
        if self._loading:
            return
        self.model_bar.show_loaded(self.model)
        if self.model is None:
            hint = self.tr("No model is loaded. Use File › Open model… to choose a GGUF file.")
            self.model_status.setText(hint)
            self.model_status.show()
            self.send_button.setToolTip(hint)
            if self.conversation_id is None and self.chat_view.document().isEmpty():
                self.chat_view.show_placeholder(hint)
            return
        self.model_status.hide()
        self.send_button.setToolTip(self.tr("Send (Enter)"))
        # "No model is loaded" must not outlive the load.
        if self.conversation_id is None:
            self.chat_view.clear_placeholder()

    def _choose_page(self) -> None:
        """The welcome page while there is nothing to chat with and nothing to read."""
        welcome = (self.model is None and not self._loading and self.conversation_id is None
                   and not self._installed)
        page = self.welcome if welcome else self.chat_page
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            if page is self.chat_page:
                self.composer.setFocus()

    # -- settings and state --------------------------------------------------

    def apply_settings(self) -> None:
        """Theme, font and send key now; model settings at the next load."""
        from llamadesk.ui.theme import apply_theme

        settings = self.settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            dark = apply_theme(app, settings["theme"], settings["font_size"])
            if dark != self.chat_view.dark:
                self.chat_view.set_dark(dark)
                if self.conversation_id is not None and not self.is_generating:
                    self.open_conversation(self.conversation_id)
        self.composer.set_send_key(settings["send_key"])

    def show_settings(self) -> None:
        from llamadesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.paths, self.repository,
                                self.conversation_id, self)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        self.settings_dialog = dialog

    def show_models(self) -> None:
        if self.models_dialog is None:
            from llamadesk.ui.models_dialog import ModelsDialog

            self.models_dialog = ModelsDialog(self, self)
        self.models_dialog.show()
        self.models_dialog.raise_()
        self.models_dialog.activateWindow()

    def _on_model_installed(self, model: InstalledModel) -> None:
        self.refresh_models()
        self.statusBar().showMessage(self.tr("%1 is installed.").replace("%1", model.name),
                                     8000)
        if self.model is None and not self._loading:
            self.load_model(model.path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if not self.attached:
            return  # nowhere to import to before the history is open
        from llamadesk.ui.models_dialog import gguf_paths

        if gguf_paths(event) or self._json_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Drop a .gguf to import the model, a LlamaDesk .json to import conversations."""
        from llamadesk.ui.models_dialog import gguf_paths

        for path in gguf_paths(event):
            self.library.import_file(path)
        for path in self._json_paths(event):
            self.import_from(path)
        event.acceptProposedAction()

    @staticmethod
    def _json_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()
                and url.toLocalFile().lower().endswith(".json")] if mime.hasUrls() else []

    def _restore_geometry(self) -> None:
        settings = self.settings
        geometry = settings["window_geometry"]
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        sizes = settings["splitter_sizes"]
        if len(sizes) == 2 and all(isinstance(size, int) and size >= 0 for size in sizes):
            # Applied once the window has its real size, or Qt rescales them.
            self._splitter_sizes = sizes

    def _restore_conversation(self) -> None:
        last = self.settings["last_conversation"]
        if isinstance(last, int):
            try:
                self.open_conversation(last)
            except StorageError:
                log.info("The last conversation (%s) is gone", last)

    def _save_state(self) -> None:
        self.settings.update(
            window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            splitter_sizes=self.splitter.sizes(),
            last_conversation=self.conversation_id)
        try:
            self.settings.save()
        except OSError as error:  # a full disk must not stop the app from quitting
            log.warning("Settings not saved: %s", error)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.attached:
            self._after_shown()

    def _after_shown(self) -> None:
        if not self._warmed_up:
            self._warmed_up = True
            from llamadesk.storage.export.markdown_render import warm_up

            # After the first frame, not competing with it for the interpreter; a
            # plain daemon thread, as nothing waits for it (not even quitting).
            QTimer.singleShot(0, lambda: threading.Thread(
                target=warm_up, name="warm-up", daemon=True).start())
        sizes, self._splitter_sizes = self._splitter_sizes, None
        if sizes:
            self.splitter.setSizes(sizes)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """Stop any reply (its text is saved by the worker), free the model, end the thread."""
        if self._shut_down:
            return
        self._shut_down = True
        if not self.attached:
            return  # closed before the history opened: nothing to keep or stop
        self._save_state()
        self.library.close()
        self.stop_reply()
        self.workers.stop()
        self.closed.emit()
