"""Help › Keyboard shortcuts and Help › About LlamaDesk.

About says what a bug report needs and a careful user asks: the version, the
engine's version and the CPU variant it runs, the licences, and where the data
and the logs live, with a button that opens the data folder. The engine's facts
are read off the GUI thread (its files, and llama.cpp's import if the model has
not loaded it yet).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from llamadesk import __version__
from llamadesk.paths import AppPaths
from llamadesk.ui.background import run_in_background

# What LlamaDesk ships and under which licence (SPDX ids). The model's own licence,
# Llama 2's, is shown in full by its button.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("LlamaDesk", "Apache-2.0"),
    ("llama.cpp / llama-cpp-python", "MIT"),
    ("Qt 6 / PySide6", "LGPL-3.0-only"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("huggingface_hub", "Apache-2.0"),
    ("markdown-it-py, Pygments", "MIT, BSD-2-Clause"),
    ("keyring, platformdirs, psutil", "MIT, MIT, BSD-3-Clause"),
)


@dataclass(frozen=True)
class EngineFacts:
    version: str  # "llama-cpp-python 0.3.36 (build …)"
    cpu_variant: str  # "haswell", …; "" before a model has loaded the engine


def engine_facts() -> EngineFacts:
    from llamadesk.engine.backends import engine_build, loaded

    backends = loaded()
    return EngineFacts(engine_build().label, backends.cpu_variant if backends else "")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for each action with a shortcut, in menu order, then the
    composer's and the window's own keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], send_keys: tuple[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText) or "Ctrl+F"
        rows = shortcut_rows(actions) + [
            (self.tr("Send the message"), send_keys[0]),
            (self.tr("New line in the message"), send_keys[1]),
            (self.tr("Stop the reply; clear the search"), "Esc"),
            (self.tr("Search conversations"), find),
            (self.tr("Delete the chosen conversation"), self.tr("Delete (in the list)")),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(520, 520)


class AboutDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About LlamaDesk"))
        self.paths = paths
        title = QLabel(f"<h2>LlamaDesk {__version__}</h2>")
        title.setObjectName("about_title")
        blurb = QLabel(self.tr("Chat with Llama 2 and other GGUF models on this computer. "
                               "Conversations stay on your disk; chatting uses no "
                               "network."))
        blurb.setWordWrap(True)
        self.engine = QLabel(self.tr("Reading…"))
        self.engine.setObjectName("about_engine")
        self.engine.setWordWrap(True)
        self.variant = QLabel("…")
        self.variant.setObjectName("about_cpu_variant")
        form = QFormLayout()
        form.addRow(self.tr("Engine:"), self.engine)
        form.addRow(self.tr("CPU code:"), self.variant)
        for label, folder in ((self.tr("Data folder:"), paths.data_dir),
                              (self.tr("Log folder:"), paths.log_dir),
                              (self.tr("Models folder:"), paths.models_dir)):
            shown = QLabel(str(folder))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        self.licences = QTextBrowser()
        self.licences.setObjectName("about_licences")
        self.licences.setOpenLinks(False)
        self.licences.anchorClicked.connect(self._show_licence)
        self.licences.setHtml(self._licences_html())
        open_data = QPushButton(self.tr("Open data folder"))
        open_data.setObjectName("open_data_folder")
        open_data.clicked.connect(self.open_data_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(open_data, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Licences:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        run_in_background(engine_facts, self._show_engine, self._engine_unknown)

    def _licences_html(self) -> str:
        rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{spdx}</td></tr>"
                       for name, spdx in COMPONENTS)
        llama2 = self.tr("Llama 2 models: Llama 2 Community License")
        return (f"<table>{rows}</table><p><a href='llama2'>{llama2}</a></p>"
                "<p>" + self.tr("Each model you download keeps its own licence.") + "</p>")

    def _show_licence(self, _url: QUrl) -> None:
        text = (resources.files("llamadesk.resources") / "licenses" / "LLAMA2_LICENSE.txt") \
            .read_text(encoding="utf-8")
        self.licences.setPlainText(text)

    def _show_engine(self, facts: EngineFacts) -> None:
        self.engine.setText(facts.version)
        self.variant.setText(facts.cpu_variant or self.tr("chosen when a model is loaded"))

    def _engine_unknown(self, error: Exception) -> None:
        self.engine.setText(self.tr("not installed (%1)").replace("%1", type(error).__name__))
        self.variant.setText("—")

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))


class HelpMenu(QObject):
    """Help › Keyboard shortcuts, Help › About LlamaDesk (its own role on macOS).
    ``send_keys`` gives the composer's keys as set now: (send, new line)."""

    def __init__(self, window: QMainWindow, paths: AppPaths, actions: Iterable[QAction],
                 send_keys: Callable[[], tuple[str, str]]) -> None:
        super().__init__(window)
        self._window, self._paths = window, paths
        self._actions, self._send_keys = list(actions), send_keys
        self.dialog: QDialog | None = None
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts = menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.shortcuts.setObjectName("shortcuts_action")
        self.about = menu.addAction(self.tr("&About LlamaDesk"), self.show_about)
        self.about.setObjectName("about_action")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def show_shortcuts(self) -> None:
        self._show(ShortcutsDialog(self._actions, self._send_keys(), self._window))

    def show_about(self) -> None:
        self._show(AboutDialog(self._paths, self._window))

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
