"""Exporting conversations and importing them, off the GUI thread."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from llamadesk.ui.background import run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from llamadesk.storage.database import Database
    from llamadesk.storage.repository import HistoryRepository


def json_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The .json files (LlamaDesk exports, perhaps) in a drag or a drop."""
    mime = event.mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()
            and url.toLocalFile().lower().endswith(".json")] if mime.hasUrls() else []


def documents_folder() -> str:
    """Where export and import start: the user's Documents (home where there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


class HistoryTransfer(QObject):
    """Signals: export_finished(str path), import_finished(object ImportResult),
    status(str text, int milliseconds)."""

    export_finished = Signal(str)
    import_finished = Signal(object)
    status = Signal(str, int)

    def __init__(self, window: QWidget, repository: HistoryRepository, database: Database,
                 current: Callable[[], int | None]) -> None:
        super().__init__(window)
        self.window, self.repository, self.database = window, repository, database
        self._current = current  # the conversation on screen, if any

    def _failed(self, error: Exception, template: str = "%1") -> None:
        from llamadesk.ui.errors import report_error

        report_error(self.window, error, template=template)

    def choose_export_file(self, everything: bool) -> None:
        if not everything and self._current() is None:
            from llamadesk.ui.errors import show_error

            show_error(self.window, self.tr("Open a conversation to export it."))
            return
        dialog = QFileDialog(self.window, self.tr("Export"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = {self.tr("Markdown (*.md)"): "md", self.tr("Web page (*.html)"): "html",
                   self.tr("PDF (*.pdf)"): "pdf", self.tr("Plain text (*.txt)"): "txt",
                   self.tr("LlamaDesk JSON (*.json)"): "json"}
        if everything:
            filters = {self.tr("All conversations, one file each (*.zip)"): "zip:md",
                       self.tr("All conversations, lossless (*.json)"): "json"}
        dialog.setNameFilters(list(filters))
        dialog.setDirectory(documents_folder())
        stem = self.tr("LlamaDesk conversations") + " " + date.today().isoformat() \
            if everything else self._title_stem()

        def propose(name_filter: str) -> None:
            # The name follows the format chosen: "Title.md" becomes "Title.pdf".
            fmt = filters[name_filter]
            dialog.selectFile(f"{stem}.{'zip' if fmt.startswith('zip:') else fmt}")

        propose(dialog.selectedNameFilter())
        dialog.filterSelected.connect(propose)
        dialog.fileSelected.connect(
            lambda path: self.export_to(Path(path), filters[dialog.selectedNameFilter()],
                                        everything))
        dialog.open()

    def _title_stem(self) -> str:
        """The shown conversation's title as a file name (no characters a file
        system refuses)."""
        conversation = self._current()
        title = self.repository.get_conversation(conversation).title \
            if conversation is not None else ""
        cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")[:80]
        return cleaned or self.tr("Conversation")

    def export_to(self, path: Path, fmt: str, everything: bool = False) -> None:
        """Write the export off the GUI thread; a message says when it is done or failed."""
        from llamadesk.storage.export import export_bytes, export_zip, is_zip, write_atomically

        repository = self.repository
        ids = repository.conversation_ids() if everything else [self._current() or 0]
        as_zip = fmt.startswith("zip:")
        fmt = fmt.removeprefix("zip:")

        def work() -> Path:
            data = export_zip(repository, ids, fmt) if as_zip \
                else export_bytes(repository, ids, fmt)
            target = path
            if not as_zip and is_zip(data) and path.suffix.lower() != ".zip":
                # Markdown with images: the Markdown and its pictures, in a zip.
                target = path.with_suffix(".zip")
            write_atomically(target, data)
            return target

        def failed(error: Exception) -> None:
            self._failed(error, self.tr("The export failed: %1"))

        def done(written: Path) -> None:
            self.status.emit(self.tr("Exported to %1").replace("%1", str(written)), 8000)
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
        dialog = QFileDialog(self.window, self.tr("Import conversations"))
        dialog.setNameFilters([self.tr("LlamaDesk export (*.json)")])
        dialog.setDirectory(documents_folder())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        dialog.open()

    def import_from(self, path: Path) -> None:
        from llamadesk.storage.importer import import_json

        def done(result: object) -> None:
            imported = int(getattr(result, "imported", 0))
            skipped = int(getattr(result, "skipped", 0))
            message = self.tr("Imported %n conversation(s).", "", imported)
            if skipped:
                message += " " + self.tr("%n was already here.", "", skipped)
            self.status.emit(message, 8000)
            self.import_finished.emit(result)

        database = self.database
        run_in_background(lambda: import_json(database, path.read_bytes(), path.name), done,
                          self._failed)
