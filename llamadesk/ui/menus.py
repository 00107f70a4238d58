"""The window's menus and their keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from llamadesk.paths import AppPaths
    from llamadesk.ui.chat.controller import ChatController
    from llamadesk.ui.chat.history_transfer import HistoryTransfer


class WindowMenus(QObject):
    """File and Chat, filled in (the frame shows them empty); each action is an attribute."""

    def __init__(self, window: QMainWindow, file_menu: QMenu, chat_menu: QMenu,
                 chat: ChatController, transfer: HistoryTransfer,
                 *, new_chat: Callable[[], None], open_model: Callable[[], None],
                 show_models: Callable[[], None], show_settings: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window

        def action(text: str, slot: Callable[[], object],
                   keys: QKeySequence.StandardKey | str | None = None) -> QAction:
            made = QAction(text, window)
            if keys:
                made.setShortcut(QKeySequence(keys))
            made.triggered.connect(lambda: slot())
            return made

        self.new_chat = action(self.tr("&New chat"), new_chat, QKeySequence.StandardKey.New)
        self.open_model = action(self.tr("&Open model…"), open_model,
                                 QKeySequence.StandardKey.Open)
        self.export = action(self.tr("&Export conversation…"),
                             lambda: transfer.choose_export_file(everything=False), "Ctrl+E")
        self.export_all = action(self.tr("Export &all conversations…"),
                                 lambda: transfer.choose_export_file(everything=True))
        self.import_ = action(self.tr("&Import conversations…"), transfer.choose_import_file)
        self.models = action(self.tr("&Models…"), show_models, "Ctrl+Shift+M")
        self.settings = action(self.tr("&Settings…"), show_settings)
        settings_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings.setShortcuts(settings_keys or [QKeySequence("Ctrl+,")])
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = action(self.tr("&Quit"), window.close)
        # Windows and some Linux platform themes define no standard Quit key.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit = action(self.tr("&Edit last message"), chat.edit_last_message, "Ctrl+Up")
        self.regenerate = action(self.tr("&Regenerate reply"), chat.regenerate_reply, "Ctrl+R")
        self.continue_ = action(self.tr("&Continue reply"), chat.continue_reply,
                                "Ctrl+Shift+R")
        self.previous_version = action(self.tr("&Previous version of the reply"),
                                       lambda: chat.switch_version(-1), "Ctrl+[")
        self.next_version = action(self.tr("&Next version of the reply"),
                                   lambda: chat.switch_version(+1), "Ctrl+]")

        file_menu.addActions([self.new_chat, self.open_model])
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.export_all, self.import_])
        file_menu.addSeparator()
        file_menu.addActions([self.models, self.settings])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        chat_menu.addActions([self.edit, self.regenerate, self.continue_,
                              self.previous_version, self.next_version])
        # Also on the window itself, so the shortcuts work while the menu bar is
        # hidden or native (macOS, some Linux desktops).
        window.addActions([self.models, self.settings, self.new_chat, self.open_model,
                           self.export, self.quit, self.edit, self.regenerate, self.continue_,
                           self.previous_version, self.next_version])

    def add_help(self, paths: AppPaths, send_keys: Callable[[], tuple[str, str]]) -> None:
        """Help › Keyboard shortcuts and About, last in the menu bar."""
        from llamadesk.ui.help import HelpMenu

        self.help = HelpMenu(self._window, paths, self.all_actions(), send_keys)

    def all_actions(self) -> list[QAction]:
        """In menu order (Help › Keyboard shortcuts lists them)."""
        return [self.new_chat, self.open_model, self.export, self.export_all, self.import_,
                self.models, self.settings, self.quit, self.edit, self.regenerate,
                self.continue_, self.previous_version, self.next_version]
