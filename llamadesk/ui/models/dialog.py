"""The model manager: the Llama 2 catalog, recommended models, Discover, downloads,
installed models, the Hugging Face account and embedding models."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from llamadesk.models.catalog import Fit
from llamadesk.models.download_queue import DownloadSnapshot, QueuedDownload, State
from llamadesk.models.embedding_catalog import load_embedding_catalog
from llamadesk.models.machine import machine_fit, machine_memory
from llamadesk.models.registry import InstalledModel
from llamadesk.ui import formats
from llamadesk.ui.errors import report_error, show_error
from llamadesk.ui.models.account_page import AccountPage
from llamadesk.ui.models.actions import (
    ask_import,
    choose_gguf_files,
    gguf_paths,
    start_download,
)
from llamadesk.ui.models.discover_page import DiscoverPage
from llamadesk.ui.models.library import ModelLibrary
from llamadesk.ui.models.license_dialog import LicenseDialog
from llamadesk.ui.models.strengths import strength_names
from llamadesk.ui.style.tokens import palette_for


class ModelsDialog(QDialog):
    """Non-modal: downloads go on while the chat is used, and after it is closed.

    Signals: load_chosen(str path), status(str text, int milliseconds),
    speed_requested(str path, str name): Faster replies… for that model.
    ``loaded`` says which model file is loaded now (deleting it unloads nothing).
    """

    load_chosen = Signal(str)
    status = Signal(str, int)
    speed_requested = Signal(str, str)

    CATALOG, RECOMMENDED, DISCOVER, DOWNLOADS, INSTALLED, ACCOUNT, EMBEDDING = range(7)

    def __init__(self, library: ModelLibrary, loaded: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("models_dialog")
        self.setWindowTitle(self.tr("Models"))
        self.resize(900, 560)
        self.setAcceptDrops(True)
        self.library = library
        self._loaded = loaded
        self.license_dialog: LicenseDialog | None = None
        self.tabs = QTabWidget()
        self.discover = DiscoverPage(library)
        self.discover.download_started.connect(
            lambda: self.tabs.setCurrentIndex(self.DOWNLOADS))
        self.discover.token_wanted.connect(self.show_account_for)
        self.downloads_page = self._downloads_page()
        self.account_page = AccountPage(library)
        # In the order of the constants above.
        for page, title in ((self._catalog_page(), self.tr("Catalog")),
                            (self._recommended_page(), self.tr("Recommended")),
                            (self.discover, self.tr("Discover")),
                            (self.downloads_page, self.tr("Downloads")),
                            (self._installed_page(), self.tr("Installed")),
                            (self.account_page, self.tr("Hugging Face account")),
                            (self._embedding_page(), self.tr("Embedding models"))):
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.library.download_changed.connect(self._on_download_changed)
        self.library.changed.connect(self.refresh_installed)
        self.library.import_progress.connect(self._on_import_progress)
        self.library.import_finished.connect(lambda _: self.import_progress.hide())
        self.library.import_failed.connect(self._on_import_failed)
        self.refresh_downloads()
        self.refresh_installed()

    # -- catalog -------------------------------------------------------------

    def _catalog_page(self) -> QWidget:
        memory = machine_memory()
        reports = machine_fit(memory)
        self._reports = reports
        self.catalog = self._fit_table("catalog_table", [
            self.tr("Model"), self.tr("Quantization"), self.tr("Download"),
            self.tr("Memory needed"), self.tr("Speed here"), self.tr("Fit")], [
            ((report.entry.name, report.entry.quantization,
              formats.size(report.entry.estimated_file_bytes), formats.size(report.needed),
              self.tr("~%1 tokens/s").replace("%1", formats.decimal(report.tokens_per_second))),
             report.fit, report.recommended) for report in reports])
        return self._table_page(
            self.tr("Llama 2 chat models in every size and quantization. This computer "
                    "has %1 of memory; the recommended model fits it comfortably.")
            .replace("%1", formats.size(memory.ram_total)),
            self.catalog, self.tr("Download…"), "download_button", self.download_selected)

    def _recommended_page(self) -> QWidget:
        """Llama 2 first (the catalog's choice here), then current families."""
        from llamadesk.models.license import short_name
        from llamadesk.models.recommended import recommended

        reports = recommended()
        self._recommended = reports
        self.recommended_table = self._fit_table("recommended_table", [
            self.tr("Model"), self.tr("Quantization"), self.tr("Download"),
            self.tr("Speed here"), self.tr("Licence"), self.tr("Good for"), self.tr("Fit")], [
            ((report.entry.name, report.entry.quantization,
              formats.size(report.entry.estimated_file_bytes),
              self.tr("~%1 tokens/s").replace("%1", formats.decimal(report.tokens_per_second)),
              short_name(report.entry.license),
              ", ".join(strength_names(report.entry.strengths))),
             report.fit, report.recommended) for report in reports])
        # The names are what a person scans: never cut; "good for" wraps instead, in a
        # row as tall as it needs.
        table = self.recommended_table
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return self._table_page(
            self.tr("Llama 2 first, then current models for people who would rather not "
                    "search: each with its licence, how it fits this computer and the speed "
                    "to expect. Llama and Gemma ask you to accept their licence first."),
            self.recommended_table, self.tr("Download…"), "recommended_download",
            self.download_recommended)

    def download_recommended(self) -> None:
        rows = self.recommended_table.selectionModel().selectedRows()
        if rows:
            self.license_dialog = start_download(
                self, self.library, self._recommended[rows[0].row()].entry,
                lambda: self.tabs.setCurrentIndex(self.DOWNLOADS))

    def show_account_for(self, repo: str) -> None:
        self.tabs.setCurrentIndex(self.ACCOUNT)
        self.account_page.show_for(repo)

    def _embedding_page(self) -> QWidget:
        """The models that build document collections: no license to accept (MIT and
        Apache 2.0), the same verified, resumable downloads."""
        ram = machine_memory().ram_total
        self._embedding_entries = load_embedding_catalog()
        self.embedding_table = self._fit_table("embedding_table", [
            self.tr("Model"), self.tr("License"), self.tr("Languages"), self.tr("Download"),
            self.tr("Fit")], [
            ((entry.name, entry.license_name, entry.languages,
              formats.size(entry.estimated_bytes)), entry.fit(ram), entry.recommended)
            for entry in self._embedding_entries])
        return self._table_page(
            self.tr("Embedding models turn your documents into searchable vectors for "
                    "Documents › Collections…. Their licenses ask for no acceptance."),
            self.embedding_table, self.tr("Download"), "embedding_download_button",
            self.download_embedding)

    def _fit_table(self, name: str, headers: list[str],
                   rows: list[tuple[tuple[str, ...], Fit, bool]]) -> QTableWidget:
        """A read-only table whose last column is the fit as a coloured chip (green,
        amber or red, with its word); the recommended row is selected."""
        table = QTableWidget(len(rows), len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colours = palette_for(dark)
        chips = {Fit.FITS: colours.good, Fit.TIGHT: colours.warn, Fit.TOO_LARGE: colours.bad}
        fit_names = {Fit.FITS: self.tr("Fits"), Fit.TIGHT: self.tr("Tight"),
                     Fit.TOO_LARGE: self.tr("Too large")}
        for row, (texts, fit, recommended) in enumerate(rows):
            label = self.tr("★ Recommended") if recommended else fit_names[fit]
            for column, text in enumerate((*texts, label)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
            item.setBackground(QColor(chips[fit]))
            item.setForeground(QColor(colours.chip_text))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if recommended:
                table.selectRow(row)
        self._tidy(table)
        return table

    @staticmethod
    def _table_page(intro_text: str, table: QTableWidget, button_text: str,
                    button_name: str, act: Callable[[], None]) -> QWidget:
        page = QWidget()
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        table.doubleClicked.connect(lambda _: act())
        button = QPushButton(button_text)
        button.setObjectName(button_name)
        button.clicked.connect(act)
        _enabled_with_selection(table, [button])
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    def download_embedding(self) -> None:
        rows = self.embedding_table.selectionModel().selectedRows()
        if rows:
            self.library.download(self._embedding_entries[rows[0].row()])
            self.tabs.setCurrentIndex(self.DOWNLOADS)

    def download_selected(self) -> None:
        rows = self.catalog.selectionModel().selectedRows()
        if not rows:
            return
        report = self._reports[rows[0].row()]
        if report.fit is Fit.TOO_LARGE:
            answer = QMessageBox.question(
                self, self.tr("Too large for this computer"),
                self.tr("%1 needs about %2 of memory, more than this computer has. "
                        "Download it anyway?").replace("%1", report.entry.name).replace(
                    "%2", formats.size(report.needed)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.license_dialog = start_download(
            self, self.library, report.entry, lambda: self.tabs.setCurrentIndex(self.DOWNLOADS))

    # -- downloads -----------------------------------------------------------

    def _downloads_page(self) -> QWidget:
        page = QWidget()
        self.downloads = QTableWidget(0, 5)
        self.downloads.setObjectName("downloads_table")
        self.downloads.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Progress"), self.tr("Speed"), self.tr("Time left"),
            self.tr("State")])
        self._tidy(self.downloads)
        self.downloads.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.pause_button.clicked.connect(lambda: self._act(self.library.pause))
        self.resume_button.clicked.connect(lambda: self._act(self.library.resume))
        self.cancel_button.clicked.connect(lambda: self._act(self.library.cancel))
        row = QHBoxLayout()
        row.addStretch()
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            row.addWidget(button)
        self.downloads.itemSelectionChanged.connect(self._update_download_buttons)
        self._update_download_buttons()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("Downloads resume where they stopped, even after LlamaDesk "
                              "restarts; every byte is checked against the Hub's SHA-256."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.downloads, 1)
        layout.addLayout(row)
        return page

    def _chosen_downloads(self) -> list[QueuedDownload]:
        """The selected downloads, or the only one there is."""
        items = self.library.downloads
        rows = [index.row() for index in self.downloads.selectionModel().selectedRows()]
        if not rows and len(items) == 1:
            return list(items)
        return [items[row] for row in rows if row < len(items)]

    def _act(self, action: Callable[[QueuedDownload], None]) -> None:
        for item in self._chosen_downloads():
            action(item)
        self._update_download_buttons()

    def _update_download_buttons(self) -> None:
        """Each button only where it would do something, for what is chosen."""
        states = {item.snapshot().state for item in self._chosen_downloads()}
        self.pause_button.setEnabled(bool(states & {State.QUEUED, State.RUNNING}))
        self.resume_button.setEnabled(bool(states & {State.PAUSED, State.FAILED}))
        self.cancel_button.setEnabled(bool(states & {State.QUEUED, State.RUNNING,
                                                     State.PAUSED, State.FAILED}))

    def refresh_downloads(self) -> None:
        for item in self.library.downloads:
            self._on_download_changed(item.snapshot())

    def _on_download_changed(self, item: DownloadSnapshot) -> None:
        numbers = [download.number for download in self.library.downloads]
        if item.number not in numbers:
            return
        row = numbers.index(item.number)
        if row >= self.downloads.rowCount():
            self.downloads.setRowCount(row + 1)
            new_bar = QProgressBar()
            new_bar.setRange(0, 1000)
            self.downloads.setCellWidget(row, 1, new_bar)
            self.downloads.setItem(row, 0, QTableWidgetItem(
                f"{item.entry.name} · {item.entry.quantization}"))
        bar = self.downloads.cellWidget(row, 1)
        progress = item.progress
        states = {State.QUEUED: self.tr("Waiting"), State.RUNNING: self.tr("Downloading"),
                  State.PAUSED: self.tr("Paused"), State.DONE: self.tr("Installed"),
                  State.FAILED: self.tr("Failed"), State.CANCELLED: self.tr("Cancelled")}
        state = states[item.state]
        if item.error:
            state += f": {item.error}"
        if isinstance(bar, QProgressBar) and progress is not None and progress.total:
            bar.setValue(int(progress.done * 1000 / progress.total))
            bar.setFormat(f"{formats.size(progress.done)} / {formats.size(progress.total)}")
        if item.state is State.DONE and isinstance(bar, QProgressBar):
            bar.setValue(1000)
        running = item.state is State.RUNNING and progress is not None
        self.downloads.setItem(row, 2, QTableWidgetItem(
            formats.speed(progress.bytes_per_second) if running and progress else ""))
        self.downloads.setItem(row, 3, QTableWidgetItem(
            formats.duration(progress.eta_seconds) if running and progress else ""))
        state_item = QTableWidgetItem(state)
        state_item.setToolTip(state)
        self.downloads.setItem(row, 4, state_item)
        self._update_download_buttons()

    # -- installed -----------------------------------------------------------

    def _installed_page(self) -> QWidget:
        page = QWidget()
        self.installed = QTableWidget(0, 5)
        self.installed.setObjectName("installed_table")
        self.installed.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Quantization"), self.tr("Size"), self.tr("Source"),
            self.tr("Checked")])
        self._tidy(self.installed)
        self.installed.doubleClicked.connect(lambda _: self._installed_action("load"))
        buttons = QHBoxLayout()
        self.installed_buttons: dict[str, QPushButton] = {}
        for key, label in (("load", self.tr("Load")), ("speed", self.tr("Faster replies…")),
                           ("verify", self.tr("Verify")),
                           ("folder", self.tr("Show in folder")), ("delete", self.tr("Delete"))):
            button = QPushButton(label)
            button.setObjectName(f"installed_{key}")
            button.clicked.connect(lambda _=False, key=key: self._installed_action(key))
            buttons.addWidget(button)
            self.installed_buttons[key] = button
        self.installed.itemSelectionChanged.connect(self._update_installed_buttons)
        buttons.addStretch()
        import_button = QPushButton(self.tr("Import a GGUF…"))
        import_button.setObjectName("import_button")
        import_button.clicked.connect(self.choose_import)
        buttons.addWidget(import_button)
        self.import_progress = QProgressBar()
        self.import_progress.hide()
        hint = QLabel(self.tr("Drop .gguf files here to import them."))
        hint.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.installed, 1)
        layout.addWidget(self.import_progress)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        return page

    def refresh_installed(self) -> None:
        models: list[InstalledModel | Path] = list(self.library.manager.registry.all())
        # The model in use, opened from a file (--model, Open): listed too, as what it is.
        loaded = self._loaded()
        if loaded and all(Path(m.path) != Path(loaded) for m in models
                          if isinstance(m, InstalledModel)):
            models.append(Path(loaded))
        self._installed = models
        sources = {"download": self.tr("Downloaded"), "import-copy": self.tr("Imported"),
                   "import-in-place": self.tr("Used in place")}
        self.installed.setRowCount(len(models))
        for row, model in enumerate(models):
            if isinstance(model, Path):
                size = model.stat().st_size if model.is_file() else 0
                texts = (model.stem, "", formats.size(size),
                         self.tr("Opened from %1").replace("%1", str(model.parent)), "")
                tip = str(model)
            else:
                checked = self.tr("Yes") if model.verified_at else self.tr("Not yet")
                texts = (model.name, model.quantization, formats.size(model.size),
                         sources.get(model.source, model.source), checked)
                tip = model.path
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.installed.setItem(row, column, item)
        self._update_installed_buttons()

    def _selected_installed(self) -> InstalledModel | Path | None:
        rows = self.installed.selectionModel().selectedRows()
        return self._installed[rows[0].row()] if rows else None

    def _update_installed_buttons(self) -> None:
        chosen = self._selected_installed()
        # A file opened from elsewhere is not LlamaDesk's to check or delete.
        ours = isinstance(chosen, InstalledModel)
        for key, button in self.installed_buttons.items():
            button.setEnabled(chosen is not None
                              and (ours or key in {"load", "folder", "speed"}))

    def _installed_action(self, key: str) -> None:
        chosen = self._selected_installed()
        if chosen is None:
            return
        if key == "speed":
            path, name = (str(chosen), chosen.stem) if isinstance(chosen, Path) \
                else (chosen.path, chosen.name)
            self.speed_requested.emit(path, name)
            return
        if isinstance(chosen, Path):
            if key == "load":
                self.load_chosen.emit(str(chosen))
            elif key == "folder":
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(chosen.parent)))
            return
        model = chosen
        if key == "load":
            self.load_chosen.emit(model.path)
        elif key == "folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(model.path).parent)))
        elif key == "verify":
            self.status.emit(self.tr("Checking %1…").replace("%1", model.name), 0)
            self.library.verify(model.id, lambda ok: self._verified(model.name, ok))
        elif key == "delete":
            question = (self.tr("Remove %1 from the list? The file stays where it is.")
                        if model.source == "import-in-place" else
                        self.tr("Delete %1 (%2)? Conversations made with it stay."))
            answer = QMessageBox.question(
                self, self.tr("Delete model"),
                question.replace("%1", model.name).replace("%2", formats.size(model.size)))
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    self.library.delete(model.id, self._loaded())
                except Exception as error:  # noqa: BLE001 - report_error sorts it
                    report_error(self, error)

    def _verified(self, name: str, ok: bool | Exception) -> None:
        if ok is True:
            self.status.emit(self.tr("%1 is intact.").replace("%1", name), 8000)
        elif ok is False:
            show_error(self, self.tr("%1 does not match its checksum: delete it and download "
                                     "it again.").replace("%1", name))
        else:
            report_error(self, ok)

    def choose_import(self) -> None:
        choose_gguf_files(self, self.tr("Import a GGUF model"), self._import_paths, many=True)

    def _import_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        ask_import(self, path, lambda copy: self._start_import(path, copy))

    def _start_import(self, path: Path, copy: bool) -> None:
        self.tabs.setCurrentIndex(self.INSTALLED)
        self.import_progress.show()
        self.import_progress.setValue(0)
        self.library.import_file(path, copy=copy)

    def _on_import_progress(self, name: str, fraction: float) -> None:
        self.import_progress.show()
        self.import_progress.setValue(int(fraction * 100))
        self.import_progress.setFormat(self.tr("Checking %1… %p%").replace("%1", name))

    def _on_import_failed(self, error: Exception) -> None:
        self.import_progress.hide()
        report_error(self, error, self.tr("The model could not be imported"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if gguf_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        for path in gguf_paths(event):
            self.import_path(path)
        event.acceptProposedAction()

    # -- helpers -------------------------------------------------------------

    @staticmethod
    def _tidy(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        # Every column as wide as its widest text, header included, in any language;
        # the first takes what is left. No cell wraps.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)


def _enabled_with_selection(table: QTableWidget, buttons: list[QPushButton]) -> None:
    """The buttons act on the selected row: enabled only while there is one."""
    def update() -> None:
        chosen = bool(table.selectionModel().selectedRows())
        for button in buttons:
            button.setEnabled(chosen)
    table.itemSelectionChanged.connect(update)
    update()
