"""The main window: conversations on the left, the chat on the right, the composer below.

It lays out the widgets and connects them to the controllers that do the work:
ChatController (the reply), ModelController (loading), ConversationBrowser (what
is shown), HistoryTransfer (export and import) and WindowMenus.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from llamadesk.settings import Settings
from llamadesk.ui.accessible_names import name_for_assistive_tech
from llamadesk.ui.opening_frame import early_typing, opening_frame
from llamadesk.ui.window_state import restore_conversation, restore_geometry, save_state

# Only what the first frame needs is imported above: the history (SQLAlchemy),
# Markdown and Pygments, the model manager and even Qt's `Qt` namespace (40 ms)
# are imported by attach(), once the window is on screen.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from llamadesk.crash_report import CrashNotice
    from llamadesk.ui.models.dialog import ModelsDialog
    from llamadesk.ui.parts import WindowParts

# Sidebar and chat widths until the user moves the divider.
DEFAULT_SPLIT = [260, 840]


class MainWindow(QMainWindow):
    """Signals: closed() once the window has shut its worker down."""

    closed = Signal()

    def __init__(self, parts: WindowParts | None, settings: Settings,
                 icon: QIcon | None = None) -> None:
        """With its parts, the whole window; without, only its frame (see attach)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("LlamaDesk")
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1100, 720)
        self.settings = settings
        self.parts: WindowParts | None = None
        self._shut_down = False
        self._splitter_sizes: list[int] | None = None
        self._warmed_up = False
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.chat_menu = self.menuBar().addMenu(self.tr("&Chat"))
        # There from the first frame: made at the first message, it pushed the chat up.
        self.statusBar().setSizeGripEnabled(False)
        self._splitter_sizes = restore_geometry(self, settings)
        if parts is None:
            from llamadesk.ui.theme import apply_theme

            # The frame in the chosen theme already; "system" is what Qt starts with.
            app = QApplication.instance()
            if isinstance(app, QApplication) and (settings["theme"] != "system"
                                                  or settings["font_size"]):
                apply_theme(app, settings["theme"], settings["font_size"])
            self.menuBar().setEnabled(False)
            self.setCentralWidget(opening_frame(self._splitter_sizes or DEFAULT_SPLIT))
        else:
            self.attach(parts)

    @property
    def attached(self) -> bool:
        return self.parts is not None

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    def attach(self, parts: WindowParts) -> None:
        """Everything that needs the history, the model manager and the worker thread.

        The app shows the frame first and attaches once the history is open, so
        the window is on screen before SQLAlchemy and friends have even loaded.
        """
        from llamadesk.ui.chat.browser import ConversationBrowser
        from llamadesk.ui.chat.controller import ChatController
        from llamadesk.ui.chat.history_transfer import HistoryTransfer
        from llamadesk.ui.menus import WindowMenus
        from llamadesk.ui.models.controller import ModelController
        from llamadesk.ui.wiring import wire_worker

        self.parts = parts
        self.repository = repository = parts.context.repository
        self.library = parts.library
        self.library.import_failed.connect(self._on_import_failed)
        self.models_dialog: ModelsDialog | None = None
        self.setAcceptDrops(True)
        typed = early_typing(self.centralWidget())
        self._build_widgets()
        self.models = ModelController(self.settings, parts.library, parts.workers.worker,
                                      self.model_bar, parts.context.hash_cache, self,
                                      guard=parts.context.guard)
        self.browser = ConversationBrowser(repository, self.chat_view, self.sidebar, self)
        self.chat = ChatController(self.settings, repository, parts.workers.worker,
                                   self.models, self.browser, self.chat_view, self.composer,
                                   self.model_bar, self, think=self.chat_page.think_toggle,
                                   attachments=self.chat_page.attachments)
        self.transfer = HistoryTransfer(self, repository, parts.context.database,
                                        lambda: self.browser.conversation_id)
        self.menus = WindowMenus(
            self, self.file_menu, self.chat_menu, self.chat, self.transfer,
            new_chat=self.new_conversation, open_model=lambda: self.models.choose_file(self),
            show_models=self.show_models, show_settings=self.show_settings)
        self._attach_documents(parts)
        self.menus.add_help(parts.context.paths, self.composer.send_keys)  # after Documents
        self._connect_parts()
        # Indexing gives way to the chat: held while a reply streams.
        wire_worker(parts.workers.worker, self.models, self.chat, watchers=[self.documents])
        self.menuBar().setEnabled(True)
        self.apply_settings()
        self.models.refresh()
        self.browser.refresh_sidebar()
        restore_conversation(self.settings, self.browser)
        self._update_state()
        self.composer.take_early_text(typed)  # typed into the first frame
        self.composer.setFocus()
        if self.isVisible():
            self._after_shown()

    def _attach_documents(self, parts: WindowParts) -> None:
        from llamadesk.ui.documents.controller import DocumentsController

        self.documents = DocumentsController(
            parts.indexing.worker, parts.context.repository, parts.context.paths.models_dir,
            self.chat_page.documents_toggle, lambda: self.browser.conversation_id, self,
            download=lambda: self.show_models("embedding"))
        self.documents.add_menu(self.menuBar())
        self.browser.shown.connect(self.documents.conversation_shown)
        self.chat.conversation_created.connect(self.documents.conversation_created)
        self.documents.start_scan_later()

    def _show_error(self, message: str, title: str | None = None) -> None:
        from llamadesk.ui.errors import show_error

        show_error(self, message, title)

    def _on_import_failed(self, error: Exception) -> None:
        if self.models_dialog is None or not self.models_dialog.isVisible():  # it says so
            from llamadesk.ui.errors import report_error

            report_error(self, error, self.tr("The model could not be imported"))

    def _show_status(self, text: str, milliseconds: int = 8000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    # -- construction --------------------------------------------------------

    def _build_widgets(self) -> None:
        from PySide6.QtCore import Qt

        from llamadesk.ui.chat.pane import ChatPane
        from llamadesk.ui.chat.sidebar import ConversationSidebar
        from llamadesk.ui.models.welcome import WelcomePage

        self.sidebar = ConversationSidebar(self.repository)
        self.chat_page = pane = ChatPane()
        self.model_bar, self.model_status = pane.model_bar, pane.model_status
        self.chat_view, self.composer = pane.chat_view, pane.composer
        self.send_button = pane.send_button
        self.welcome = WelcomePage(self.library)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(pane)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(DEFAULT_SPLIT)
        self.setCentralWidget(self.splitter)
        name_for_assistive_tech(self)

        search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        search_shortcut.activated.connect(self.sidebar.focus_search)
        stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        stop_shortcut.activated.connect(self.stop_reply)

    def _connect_parts(self) -> None:
        """The widgets' requests to the controllers, and the controllers' reports back."""
        chat, models, browser = self.chat, self.models, self.browser
        self.sidebar.new_chat_requested.connect(self.new_conversation)
        self.sidebar.conversation_chosen.connect(
            lambda conversation, message: chat.open_conversation(
                conversation, None if message < 0 else message))
        self.sidebar.conversation_deleted.connect(self._on_conversation_deleted)
        self.model_bar.open_file_requested.connect(lambda: models.choose_file(self))
        self.chat_page.crash_banner.load_safely_requested.connect(models.load_safely)
        self.model_bar.manage_requested.connect(self.show_models)
        self.welcome.more_models_requested.connect(lambda: self.show_models("recommended"))
        self.send_button.clicked.connect(
            lambda: self.stop_reply() if self.chat_page.stopping
            else chat.send_message(self.composer.toPlainText().strip()))
        for controller in (chat, models):
            controller.state_changed.connect(self._update_state)
        browser.shown.connect(self._choose_page)
        chat.status.connect(self._show_status)
        browser.status.connect(self._show_status)
        self.transfer.status.connect(self._show_status)
        models.status.connect(self._show_status)
        chat.failed.connect(lambda message: self._show_error(message,
                                                             self.tr("The reply failed")))
        models.failed.connect(lambda message: self._show_error(
            message, self.tr("The model could not be loaded")))
        self.transfer.import_finished.connect(lambda _: browser.refresh_sidebar())
        models.api_answered.connect(browser.refresh_sidebar)  # kept API chats appear

    # -- state ---------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        return self.browser.conversation_id

    def _update_state(self) -> None:
        generating, models = self.chat.is_generating, self.models
        # While a model loads, a message can be sent: it waits for the model.
        self.chat_page.show_stop(generating)
        self.send_button.setEnabled(models.ready or models.loading or generating)
        self.sidebar.new_chat_button.setEnabled(not generating)
        # Before the early return: a model given or remembered is loading, so the chat
        # shows at once (the first-run page stayed up for the whole load, its first
        # button taking the typed keys).
        self._choose_page()
        if models.loading:
            name = Path(models.model_path or "").name
            self.model_status.setText(self.tr("Loading %1…").replace("%1", name))
            return
        self.model_bar.show_loaded(models.model)
        if models.model is None:
            hint = self.tr("No model is loaded. Use File › Open model… to choose a GGUF file.")
            self.model_status.setText(hint)
            self.model_status.show()
            self.send_button.setToolTip(hint)
            if self.conversation_id is None and self.chat_view.document().isEmpty():
                self.chat_view.show_placeholder(hint)
            return
        self.model_status.hide()
        self.send_button.setToolTip(self.tr("Send (Enter)"))
        # "No model is loaded" must not outlive the load: an empty chat offers starters.
        if self.conversation_id is None:
            self.chat.show_starters()

    def _choose_page(self) -> None:
        """The welcome page while there is nothing to chat with and nothing to read."""
        models = self.models
        welcome = (models.model is None and not models.loading
                   and self.conversation_id is None and not models.installed
                   and self.chat_page.crash_banner.isHidden())
        page = self.welcome if welcome else self.chat_page
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            if page is self.chat_page:
                self.composer.setFocus()

    def show_crash_notice(self, notice: CrashNotice) -> None:
        """The last run died in the middle: say so, and leave the model unloaded."""
        self.chat_page.crash_banner.show_notice(notice)
        self._choose_page()

    # -- requests from the menus and widgets -----------------------------------

    def new_conversation(self) -> None:
        if self.chat.is_generating:
            return
        self.browser.show_none()
        self._update_state()
        self.composer.setFocus()

    def _on_conversation_deleted(self, conversation_id: int) -> None:
        if conversation_id == self.conversation_id and not self.chat.is_generating:
            self.new_conversation()

    def stop_reply(self) -> None:
        """Esc and Stop: clear the search being typed, end the reply, leave an edit, or
        cancel a model that is loading."""
        if self.sidebar.search_box.hasFocus():
            self.sidebar.clear_search()
            return
        if not self.chat.stop() and not self.chat.cancel_edit():
            self.models.cancel_load()

    def apply_settings(self) -> None:
        """Theme, font and send key now; model settings at the next load."""
        from llamadesk.ui.theme import apply_theme

        settings = self.settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from llamadesk.ui.style.tokens import palette_for

            dark = apply_theme(app, settings["theme"], settings["font_size"])
            for themed in (self.chat_page, self.sidebar):
                themed.set_palette(palette_for(dark))
            if dark != self.chat_view.dark:
                self.chat_view.set_dark(dark)
                if self.conversation_id is not None and not self.chat.is_generating:
                    self.browser.open(self.conversation_id)
        self.composer.set_send_key(settings["send_key"])
        if self.parts is not None:
            self.parts.api_server.apply()
            self.parts.pool.apply()

    def show_settings(self) -> None:
        from llamadesk.ui.settings.dialog import SettingsDialog

        assert self.parts is not None  # attached: the menus are enabled
        dialog = SettingsDialog(self.settings, self.parts.context.paths, self.repository,
                                self.conversation_id, self, self.parts.api_server,
                                self.parts.tools, self.parts.pool)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        self.settings_dialog = dialog

    def show_models(self, tab: str = "") -> None:
        """``tab``: open on that page ("embedding" from Documents › New collection,
        "recommended" from the first-run card's Other models…)."""
        if self.models_dialog is None:
            from llamadesk.ui.models.dialog import ModelsDialog

            models = self.models
            self.models_dialog = ModelsDialog(
                self.library, lambda: models.model_path if models.model else None, self)
            self.models_dialog.status.connect(self._show_status)
            models.attach_dialog(self.models_dialog)
        if tab:
            self.models_dialog.tabs.setCurrentIndex(getattr(self.models_dialog, tab.upper()))
        self.models_dialog.show()
        self.models_dialog.raise_()
        self.models_dialog.activateWindow()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        from llamadesk.ui import drops

        # Nowhere to import to before the history is open.
        if self.attached and drops.accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        from llamadesk.ui import drops

        drops.drop(self, event, self.library, self.transfer)

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
        if self.parts is None:
            return  # closed before the history opened: nothing to keep or stop
        save_state(self.settings, self, self.splitter, self.conversation_id)
        self.library.close()
        self.chat.stop()
        self.models.cancel_load()
        self.parts.api_server.stop()
        self.parts.pool.stop()
        self.parts.indexing.stop()
        self.parts.workers.stop()
        self.parts.documents.close()
        self.closed.emit()
