"""What the models dialog and the first-run page both do: pick GGUF files, and start
a download behind its license."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from llamadesk.models.catalog import CatalogEntry
from llamadesk.models.discover import HubEntry
from llamadesk.models.license import needs_acceptance
from llamadesk.ui import formats
from llamadesk.ui.models.library import ModelLibrary
from llamadesk.ui.models.license_dialog import LicenseDialog


def gguf_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The .gguf files in a drag or a drop."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".gguf")]


def ask_import(parent: QWidget, path: Path, on_answer: Callable[[bool], None]) -> QMessageBox:
    """Copy into LlamaDesk's folder (``on_answer(True)``), or use where it is (False);
    Cancel calls nothing. A 7 GB model copied without asking is 7 GB twice."""
    translate = QCoreApplication.translate
    size = path.stat().st_size if path.is_file() else 0
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("model_actions", "Import a GGUF model"),
                      translate("model_actions", "Import %1 (%2)?").replace("%1", path.name)
                      .replace("%2", formats.size(size)), parent=parent)
    box.setObjectName("import_question")
    box.setInformativeText(translate(
        "model_actions", "Use it where it is: nothing is copied, and LlamaDesk finds it "
        "there while the file stays. Copy it: LlamaDesk keeps its own copy in its models "
        "folder."))
    in_place = box.addButton(translate("model_actions", "Use where it is"),
                             QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(translate("model_actions", "Copy into LlamaDesk's folder"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(in_place)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: QAbstractButton) -> None:
        if button is in_place or button is copy:
            on_answer(button is copy)
    box.buttonClicked.connect(answered)
    box.open()
    return box


def choose_gguf_files(parent: QWidget, title: str, on_chosen: Callable[[list[Path]], None],
                      *, many: bool = False, any_file: bool = False) -> QFileDialog:
    """A non-blocking file dialog for GGUF models (``any_file``: "All files" offered too)."""
    translate = QCoreApplication.translate
    dialog = QFileDialog(parent, title)
    filters = [translate("model_actions", "GGUF models (*.gguf)")]
    if any_file:
        filters.append(translate("model_actions", "All files (*)"))
    dialog.setNameFilters(filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many
                       else QFileDialog.FileMode.ExistingFile)
    dialog.filesSelected.connect(lambda paths: on_chosen([Path(path) for path in paths]))
    dialog.open()
    return dialog


def _queue(library: ModelLibrary, entry: CatalogEntry | HubEntry,
           on_queued: Callable[[], None] | None) -> None:
    library.download(entry)
    if on_queued is not None:
        on_queued()


def start_download(parent: QWidget, library: ModelLibrary, entry: CatalogEntry | HubEntry,
                   on_queued: Callable[[], None] | None = None) -> LicenseDialog | None:
    """Queue the download, after the license dialog (returned) when its licence asks
    for an acceptance not given yet; None when it was queued at once."""
    licenses = library.manager.licenses
    if entry.license is None or not needs_acceptance(entry.license) \
            or licenses.acceptance(entry.license) is not None:
        _queue(library, entry, on_queued)
        return None
    dialog = LicenseDialog(entry.license, licenses, parent)
    dialog.accepted.connect(functools.partial(_queue, library, entry, on_queued))
    dialog.open()
    return dialog
