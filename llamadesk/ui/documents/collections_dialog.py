"""Documents › Collections…: make collections of folders and files, watch them index.

Everything it does goes to the indexing worker (ui/documents/indexing.py) as a request;
the list and the progress come back by signal, so nothing here waits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
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

from llamadesk.documents.embedding_file import ModelKind, model_kind
from llamadesk.documents.indexer import IndexReport, Progress
from llamadesk.documents.store import Collection
from llamadesk.models.embedding_catalog import load_embedding_catalog
from llamadesk.ui import formats
from llamadesk.ui.background import run_in_background
from llamadesk.ui.documents.indexing import IndexingWorker


def embedding_models(models_dir: Path) -> list[Path]:
    """The embedding models on this computer: the catalog's files in the models folder."""
    names = {entry.filename for entry in load_embedding_catalog()}
    return sorted(path for path in models_dir.glob("*.gguf") if path.name in names)


# The embedding-model box's last two entries, after the models themselves.
_ANOTHER_FILE, _DOWNLOAD = "another-file", "download"


class NewCollectionDialog(QDialog):
    """Name, embedding model, folder. Installed embedding models come first; "Another
    GGUF file…" opens a chooser at once and selects what was chosen; "Download one…"
    calls ``download`` (Models › Embedding models). A chosen file is read in the
    background: a chat model is refused with the reason, a file that does not say it
    is an embedding model is warned about."""

    def __init__(self, models: Callable[[], list[Path]], download: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_collection_dialog")
        self.setWindowTitle(self.tr("New collection"))
        self._models, self._download = models, download
        self.chooser: QFileDialog | None = None
        # Each file read, and what it is (or why it cannot be read): OK waits for it.
        self._verdicts: dict[str, ModelKind | str] = {}
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Collection name"))
        self.model = QComboBox()
        self.model.setAccessibleName(self.tr("Embedding model"))
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model.addItem(self.tr("Another GGUF file…"), _ANOTHER_FILE)
        self.model.addItem(self.tr("Download one…"), _DOWNLOAD)
        self.model.setPlaceholderText(self.tr("Choose an embedding model"))
        installed = models()
        for path in installed:
            self._add_model(path)
        self.model.setCurrentIndex(0 if installed else -1)
        # The model shown (its path), kept when the box lists more.
        self._shown = str(installed[0]) if installed else ""
        self.model.activated.connect(self._on_model_activated)
        self.model_note = QLabel()
        self.model_note.setObjectName("embedding_model_note")
        self.model_note.setWordWrap(True)
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
        form.addRow("", self.model_note)
        form.addRow(self.tr("Folder:"), folder_row)
        hint = QLabel(self.tr("An embedding model turns passages into vectors, so that a "
                              "question finds them by meaning."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self.folder.textChanged.connect(self._update_ok)
        if installed:
            self._check(installed[0])
        else:
            self.model_note.setText(self.tr("No embedding model is installed yet: download "
                                            "one, or choose a GGUF file."))
        self._update_ok()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Back from Models › Embedding models: a model downloaded meanwhile is offered.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            for path in self._models():
                self._add_model(path)
        super().changeEvent(event)

    def _add_model(self, path: Path) -> int:
        index = self.model.findData(str(path))
        if index < 0:
            index = self.model.count() - 2  # before "Another GGUF file…" and "Download one…"
            self.model.insertItem(index, path.name, str(path))
            self.model.setItemData(index, str(path), Qt.ItemDataRole.ToolTipRole)
        return index

    def _on_model_activated(self, index: int) -> None:
        choice = self.model.itemData(index)
        if choice in (_ANOTHER_FILE, _DOWNLOAD):
            # Back to what was shown until a file is chosen: the box never reads
            # "Another GGUF file…" as if that were a model.
            self.model.setCurrentIndex(self.model.findData(self._shown) if self._shown else -1)
        if choice == _ANOTHER_FILE:
            from llamadesk.ui.models.actions import choose_gguf_files

            self.chooser = choose_gguf_files(self, self.tr("Embedding model"),
                                             lambda paths: self.use_model(paths[0]))
        elif choice == _DOWNLOAD:
            self._download()
        else:
            self._shown = str(choice)
            self._check(Path(self._shown))

    def use_model(self, path: Path) -> None:
        """Select ``path`` as the embedding model (a file chosen, or one downloaded)."""
        index = self._add_model(path)
        self.model.setCurrentIndex(index)
        self._shown = str(path)
        self._check(path)

    def _check(self, path: Path) -> None:
        key = str(path)
        if key in self._verdicts:
            self._show_verdict(key)
            return
        self.model_note.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._update_ok()

        def done(kind: ModelKind) -> None:
            self._verdicts[key] = kind
            self._show_verdict(key)

        def failed(error: Exception) -> None:
            from llamadesk.ui.messages import message_of

            self._verdicts[key] = message_of(error)
            self._show_verdict(key)

        run_in_background(lambda: model_kind(path), done, failed)

    def _show_verdict(self, key: str) -> None:
        if str(self.model.currentData() or "") != key:
            return  # another model was chosen meanwhile
        verdict = self._verdicts.get(key)
        name = Path(key).name
        if verdict is ModelKind.CHAT:
            self.model_note.setText(self.tr(
                "%1 is a chat model: it writes replies, it does not turn text into vectors "
                "for search. Choose an embedding model (Models › Embedding models has "
                "some).").replace("%1", name))
        elif verdict is ModelKind.UNMARKED:
            self.model_note.setText(self.tr(
                "%1 does not say it is an embedding model (its file names no pooling). "
                "It may find passages poorly.").replace("%1", name))
        elif isinstance(verdict, str):
            self.model_note.setText(verdict)
        else:
            self.model_note.setText("")
        self._update_ok()

    def refused(self) -> bool:
        """The chosen model cannot build a collection, or has not been read yet."""
        key = str(self.model.currentData() or "")
        verdict = self._verdicts.get(key)
        return verdict is None or verdict is ModelKind.CHAT or isinstance(verdict, str)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()) and bool(self.folder.text().strip())
                      and not self.refused())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"),
                                                  self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def model_path(self) -> str:
        return "" if self.refused() else str(self.model.currentData() or "")

    def _accept(self) -> None:
        if self.refused():
            return
        if Path(self.folder.text().strip()).exists():
            self.accept()
        else:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Give the collection a name and an existing "
                                            "folder."))


class CollectionsDialog(QDialog):
    """``collections`` and ``progress`` are what the window already knows (the
    worker may be busy indexing, and answers a list request only after): shown at
    once. ``download`` opens Models › Embedding models."""

    def __init__(self, worker: IndexingWorker, models_dir: Path,
                 collections: list[Collection], progress: tuple[str, Progress] | None,
                 download: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collections_dialog")
        self.setWindowTitle(self.tr("Document collections"))
        self.resize(760, 460)
        self.worker, self.models_dir, self._download = worker, models_dir, download
        self.collections: list[Collection] = []
        self.new_dialog: NewCollectionDialog | None = None
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Collections"))
        self.tree.setHeaderLabels([self.tr("Collection"), self.tr("Files"), self.tr("Passages"),
                                   self.tr("Skipped"), self.tr("Embedding model")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.status = QLabel(self.tr("Indexing runs on this computer only; nothing is "
                                     "uploaded."))
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
        self.show_collections(collections)
        if progress is not None:
            self.show_progress(*progress)
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
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return
        models_dir = self.models_dir
        dialog = NewCollectionDialog(lambda: embedding_models(models_dir), self._download, self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.finished.connect(self._new_closed)
        self.new_dialog = dialog
        # Not modal: "Download one…" opens Models › Embedding models beside it, and a
        # modal dialog would leave that window unusable until it closed.
        dialog.show()

    def _new_closed(self) -> None:
        if self.new_dialog is not None:
            self.new_dialog.deleteLater()
            self.new_dialog = None

    def _create(self, dialog: NewCollectionDialog) -> None:
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
