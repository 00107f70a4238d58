"""What the models dialog and the first-run page both do: pick GGUF files, and start
a download behind its license."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from llamadesk.models.catalog import CatalogEntry
from llamadesk.ui.license_dialog import LicenseDialog
from llamadesk.ui.model_library import ModelLibrary


def gguf_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The .gguf files in a drag or a drop."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".gguf")]


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


def _queue(library: ModelLibrary, entry: CatalogEntry,
           on_queued: Callable[[], None] | None) -> None:
    library.download(entry)
    if on_queued is not None:
        on_queued()


def start_download(parent: QWidget, library: ModelLibrary, entry: CatalogEntry,
                   on_queued: Callable[[], None] | None = None) -> LicenseDialog | None:
    """Queue the download, after the license dialog (returned) when it has not been
    accepted yet; None when it was queued at once."""
    licenses = library.manager.licenses
    if licenses.acceptance(entry.license) is not None:
        _queue(library, entry, on_queued)
        return None
    dialog = LicenseDialog(entry.license, licenses, parent)
    dialog.accepted.connect(functools.partial(_queue, library, entry, on_queued))
    dialog.open()
    return dialog
