"""The first-run page: the model that fits this computer, its license, its download."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from llamadesk.models.catalog import FitReport
from llamadesk.models.download_queue import DownloadSnapshot, State
from llamadesk.models.machine import machine_fit
from llamadesk.ui import formats
from llamadesk.ui.errors import user_message
from llamadesk.ui.models.actions import choose_gguf_files, start_download
from llamadesk.ui.models.library import ModelLibrary
from llamadesk.ui.models.license_dialog import LicenseDialog, plain_summary
from llamadesk.ui.style.tokens import XL, M, S


class WelcomePage(QWidget):
    """Signals: more_models_requested() for the recommended models and Discover. Its
    downloads and imports go through the ModelLibrary, which announces an installed
    model to the window."""

    more_models_requested = Signal()

    def __init__(self, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.library = library
        self.license_dialog: LicenseDialog | None = None
        reports = machine_fit()
        self.recommended: FitReport | None = next((r for r in reports if r.recommended), None)

        title = QLabel(self.tr("Welcome to LlamaDesk"))
        title.setObjectName("welcome_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        lead = QLabel(self.tr("Chat with Llama 2 on this computer. After one download, "
                              "nothing you write leaves it."))
        lead.setWordWrap(True)

        self.choice = QLabel()
        self.choice.setObjectName("recommendation")
        self.choice.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Read the license and download"))
        self.download_button.setObjectName("welcome_download")
        self.download_button.setDefault(True)
        self.download_button.clicked.connect(self.download)
        if self.recommended is not None:
            entry = self.recommended.entry
            self.choice.setText(self.tr(
                "<b>Recommended for this computer:</b> %1 (%2), a %3 download that needs "
                "about %4 of memory.").replace("%1", entry.name).replace(
                "%2", entry.quantization).replace(
                "%3", formats.size(entry.estimated_file_bytes)).replace(
                "%4", formats.size(self.recommended.needed)) + " " + self.tr(
                "Expected speed here: about %1 tokens a second; bigger models would be "
                "slower.").replace("%1", formats.decimal(self.recommended.tokens_per_second)))
            self.summary = QLabel(plain_summary(entry.license))
        else:
            self.choice.setText(self.tr("No Llama 2 model fits this computer's memory "
                                        "comfortably. You can still choose one, or import "
                                        "a smaller GGUF model."))
            self.summary = QLabel()
            self.download_button.setEnabled(False)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("license_summary")
        italic = self.summary.font()
        italic.setItalic(True)
        self.summary.setFont(italic)

        self.progress = QProgressBar()
        self.progress.setObjectName("welcome_progress")
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("welcome_status")
        self.status.setWordWrap(True)

        more = QPushButton(self.tr("Other models…"))
        more.setObjectName("welcome_more")
        more.setToolTip(self.tr("Llama 3.x, Qwen3, Gemma 3 and more, or search the "
                                "Hugging Face Hub"))
        more.clicked.connect(self.more_models_requested)
        import_button = QPushButton(self.tr("Import a GGUF…"))
        import_button.setObjectName("welcome_import")
        import_button.clicked.connect(self.choose_import)
        self.found = QListWidget()
        self.found.setObjectName("found_models")
        self.found.hide()
        self.use_found = QPushButton(self.tr("Use the selected model"))
        self.use_found.setObjectName("use_found")
        self.use_found.clicked.connect(self._use_found)
        self.use_found.hide()
        self.found_label = QLabel(self.tr("Models already on this computer (Hugging Face "
                                          "cache, LM Studio):"))
        self.found_label.hide()

        card = QVBoxLayout()
        card.setContentsMargins(XL, XL, XL, XL)
        card.setSpacing(M)
        card.addWidget(title)
        card.addWidget(lead)
        card.addSpacing(S)
        card.addWidget(self.choice)
        card.addWidget(self.summary)
        card.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(more)
        row.addWidget(import_button)
        row.addStretch()
        card.addLayout(row)
        card.addWidget(self.progress)
        card.addWidget(self.status)
        card.addWidget(self.found_label)
        card.addWidget(self.found)
        card.addWidget(self.use_found, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setObjectName("welcome_card")
        # The stylesheet draws the card's background and border.
        holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        holder.setMaximumWidth(640)
        holder.setLayout(card)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(holder, 4)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        library.download_changed.connect(self._on_download_changed)
        library.import_progress.connect(
            lambda name, fraction: self._show_progress(
                fraction, self.tr("Checking %1…").replace("%1", name)))
        library.import_failed.connect(lambda error: self.status.setText(user_message(error) or ""))
        self._searched = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._searched:
            # Only when this page is seen: most starts never show it.
            self._searched = True
            self.library.discover(self._on_found)

    def download(self) -> None:
        if self.recommended is not None:
            self.license_dialog = start_download(self, self.library, self.recommended.entry)

    def choose_import(self) -> None:
        choose_gguf_files(self, self.tr("Import a GGUF model"), self._import_paths)

    def _import_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self.library.import_file(path)

    def _on_found(self, paths: list[Path]) -> None:
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.found.addItem(item)
        if paths:
            self.found.setCurrentRow(0)
        for widget in (self.found_label, self.found, self.use_found):
            widget.setVisible(bool(paths))

    def _use_found(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            # Used where it is: no second copy of several gigabytes.
            self.library.import_file(Path(item.data(Qt.ItemDataRole.UserRole)), copy=False)

    def _show_progress(self, fraction: float, text: str) -> None:
        self.progress.show()
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(text)

    def _on_download_changed(self, item: DownloadSnapshot) -> None:
        progress = item.progress
        if item.state is State.RUNNING and progress is not None and progress.total:
            self._show_progress(progress.done / progress.total, self.tr(
                "Downloading %1: %2 of %3, %4, %5 left").replace("%1", item.entry.name)
                .replace("%2", formats.size(progress.done))
                .replace("%3", formats.size(progress.total))
                .replace("%4", formats.speed(progress.bytes_per_second))
                .replace("%5", formats.duration(progress.eta_seconds)))
        elif item.state is State.DONE:
            self._show_progress(1.0, self.tr("Downloaded and checked. Loading…"))
        elif item.state is State.FAILED:
            self.status.setText(item.error or self.tr("The download failed."))
        elif item.state is State.PAUSED:
            self.status.setText(self.tr("Paused. Resume it from Models › Downloads."))
