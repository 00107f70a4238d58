"""Documents › Collections…: make collections of folders and files, watch them index.

Everything it does goes to the indexing worker (ui/documents/indexing.py) as a request;
the list and the progress come back by signal, so nothing here waits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from llamadesk.documents.indexer import IndexReport, Progress
from llamadesk.documents.store import Collection
from llamadesk.models.embedding_catalog import load_embedding_catalog
from llamadesk.ui import formats
from llamadesk.ui.documents.indexing import IndexingWorker


def embedding_models(models_dir: Path) -> list[Path]:
    """The embedding models on this computer: the catalog's files in the models folder."""
    names = {entry.filename for entry in load_embedding_catalog()}
    return sorted(path for path in models_dir.glob("*.gguf") if path.name in names)


class NewCollectionDialog(QDialog):
    def __init__(self, models: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New collection"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Collection name"))
        self.model = QComboBox()
        self.model.setAccessibleName(self.tr("Embedding model"))
        for path in models:
            self.model.addItem(path.name, str(path))
        self.model.addItem(self.tr("Another GGUF file…"), "")
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Embedding model:"), self.model)
        form.addRow(self.tr("Folder:"), folder_row)
        hint = QLabel(self.tr("Indexing runs on this computer only; nothing is uploaded. "
                              "Embedding models to download: "
                              "`llamadesk models catalog --embedding`."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"))
        if folder:
            self.folder.setText(folder)

    def model_path(self) -> str:
        chosen = str(self.model.currentData() or "")
        if not chosen:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Embedding model"), "",
                                                    "GGUF (*.gguf)")
        return chosen

    def _accept(self) -> None:
        if self.name.text().strip() and Path(self.folder.text().strip()).exists():
            self.accept()
        else:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Give the collection a name and an existing "
                                            "folder."))


class CollectionsDialog(QDialog):
    def __init__(self, worker: IndexingWorker, models_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collections_dialog")
        self.setWindowTitle(self.tr("Document collections"))
        self.resize(760, 460)
        self.worker, self.models_dir = worker, models_dir
        self.collections: list[Collection] = []
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Collections"))
        self.tree.setHeaderLabels([self.tr("Collection"), self.tr("Files"), self.tr("Passages"),
                                   self.tr("Skipped"), self.tr("Embedding model")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.status = QLabel(self.tr("Indexing runs on this computer only."))
        self.status.setObjectName("indexing_status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Indexing progress"))
        self.bar.setVisible(False)
        self.new_button = QPushButton(self.tr("New collection…"))
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.reindex_button = QPushButton(self.tr("Re-index"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.pause_button = QPushButton(self.tr("Pause indexing"))
        self.pause_button.setCheckable(True)
        self.new_button.clicked.connect(self._new)
        self.add_button.clicked.connect(self._add)
        self.reindex_button.clicked.connect(self._reindex)
        self.remove_button.clicked.connect(self._remove)
        self.pause_button.toggled.connect(self._pause)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.add_button, self.reindex_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(close)
        worker.collections_changed.connect(self.show_collections)
        worker.progress.connect(self.show_progress)
        worker.finished.connect(self.show_finished)
        worker.failed.connect(self.show_failure)
        worker.list_requested.emit()

    def show_collections(self, collections: list[Collection]) -> None:
        selected = self.selected()
        self.collections = collections
        self.tree.clear()
        for collection in collections:
            item = QTreeWidgetItem([collection.name, formats.number(collection.files),
                                    formats.number(collection.chunks),
                                    formats.number(collection.skipped),
                                    collection.embedding_model])
            self.tree.addTopLevelItem(item)
            for root in collection.roots:
                child = QTreeWidgetItem([root])
                child.setToolTip(0, root)
                item.addChild(child)
                child.setFirstColumnSpanned(True)  # a folder's path reads across the row
            if collection.name == selected:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def show_progress(self, name: str, progress: Progress) -> None:
        self.bar.setVisible(True)
        self.bar.setRange(0, max(progress.files_total, 1))
        self.bar.setValue(progress.files_done)
        left = progress.seconds_left
        text = self.tr("%1: %2 of %3 files, %4 passages, %5 passages/s").replace(
            "%1", name).replace("%2", formats.number(progress.files_done)).replace(
            "%3", formats.number(progress.files_total)).replace(
            "%4", formats.number(progress.chunks)).replace(
            "%5", formats.decimal(progress.chunks_per_second))
        if left is not None and progress.files_done < progress.files_total:
            text += " · " + self.tr("%1 left").replace("%1", formats.duration(left))
        if self.worker.held:
            text += " · " + self.tr("paused")
        self.status.setText(text)

    def show_finished(self, name: str, report: IndexReport) -> None:
        self.bar.setVisible(False)
        text = self.tr("%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, "
                       "%5 skipped.").replace("%1", name).replace(
            "%2", formats.number(len(report.indexed))).replace(
            "%3", formats.number(report.unchanged)).replace(
            "%4", formats.number(len(report.removed))).replace(
            "%5", formats.number(len(report.skipped)))
        self.status.setText(text)
        self.status.setToolTip("\n".join(f"{path}: {reason}" for path, reason
                                         in sorted(report.skipped.items())[:50]))

    def show_failure(self, name: str, message: str) -> None:
        self.bar.setVisible(False)
        self.status.setText(f"{name}: {message}" if name else message)

    def selected(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else item.text(0)

    def _reindex(self) -> None:
        name = self.selected()
        if name is not None:
            self.worker.index_requested.emit(name)

    def _new(self) -> None:
        dialog = NewCollectionDialog(embedding_models(self.models_dir), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        model = dialog.model_path()
        if model:
            self.status.setText(self.tr("Loading the embedding model…"))
            self.worker.create_requested.emit(dialog.name.text().strip(), model,
                                              [dialog.folder.text().strip()])

    def _add(self) -> None:
        name = self.selected()
        if name is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to %1")
                                                  .replace("%1", name))
        if folder:
            self.worker.add_requested.emit(name, [folder])

    def _remove(self) -> None:
        name = self.selected()
        if name is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove collection"),
            self.tr("Forget the collection %1? Its files stay where they are.")
            .replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.remove_requested.emit(name)

    def _pause(self, paused: bool) -> None:
        self.worker.pause(paused)
        self.pause_button.setText(self.tr("Resume indexing") if paused
                                  else self.tr("Pause indexing"))
        if paused:
            self.status.setText(self.status.text() + " · " + self.tr("paused"))
