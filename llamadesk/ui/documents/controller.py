"""Documents in the window: the collections toggle by the composer, Documents ›
Collections…, keeping collections up to date, and indexing held while replies stream.

Collections are brought up to date by a scan a few seconds after the window
starts and, while it runs, whenever a watched folder changes: QFileSystemWatcher
watches each collection's folders, every folder below them that holds one of its
files, and the files themselves (as the indexer last found them), up to
MAX_WATCHED paths: a file added, removed, renamed or edited in place is seen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QToolButton, QWidget

if TYPE_CHECKING:
    from llamadesk.documents.indexer import Progress
    from llamadesk.documents.store import Collection
    from llamadesk.storage.repository import HistoryRepository
    from llamadesk.ui.documents.indexing import IndexingWorker

# After the window has started, before the first scan: the start stays quick.
START_SCAN_DELAY_MS = 5_000
# A folder that changes keeps changing for a while (a copy, a checkout): wait it out.
WATCH_SETTLE_MS = 2_000
# Folders and files watched at most (inotify allows 8,192 per user by default):
# beyond, the scan at start still catches every change.
MAX_WATCHED = 4_000


class DocumentsToggle(QToolButton):
    """"Documents" by the composer: a menu of collections to answer from, per
    conversation. Checked collections are stored with the conversation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_toggle")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Documents to answer from"))
        self.setMenu(QMenu(self))
        self.chosen: list[str] = []
        self.collections: list[str] = []
        self.on_change: Callable[[list[str]], None] = lambda _: None
        self.manage: Callable[[], None] = lambda: None
        self._rebuild()

    def set_collections(self, names: list[str]) -> None:
        self.collections = names
        self._rebuild()

    def set_chosen(self, names: list[str]) -> None:
        self.chosen = list(names)
        self._rebuild()

    def _rebuild(self) -> None:
        menu = self.menu()
        menu.clear()
        for name in self.collections:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(name in self.chosen)
            action.toggled.connect(lambda on, n=name: self._toggle(n, on))
            menu.addAction(action)
        if not self.collections:
            empty = menu.addAction(self.tr("No collections yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Collections…"), lambda: self.manage())
        shown = [n for n in self.chosen if n in self.collections]
        self.setText(self.tr("Documents") if not shown else
                     self.tr("Documents: %1").replace("%1", ", ".join(shown)))
        self.setToolTip(self.tr("Answer from these document collections too; the reply "
                                "lists its sources under it."))

    def _toggle(self, name: str, on: bool) -> None:
        chosen = [n for n in self.chosen if n != name] + ([name] if on else [])
        self.set_chosen(chosen)
        self.on_change(self.chosen)


class DocumentsController(QObject):
    def __init__(self, worker: IndexingWorker, repository: HistoryRepository,
                 models_dir: Path, toggle: DocumentsToggle,
                 conversation: Callable[[], int | None], parent: QWidget,
                 download: Callable[[], None] = lambda: None) -> None:
        """``download`` opens Models › Embedding models."""
        super().__init__(parent)
        self._download = download
        self.worker, self.repository, self.models_dir = worker, repository, models_dir
        self.toggle, self._conversation, self._window = toggle, conversation, parent
        self.collections: list[Collection] = []
        # The run in hand, as last reported: a dialog opened mid-run shows it at once.
        self.progress: tuple[str, Progress] | None = None
        # Chosen before the conversation exists: given to it when it is made.
        self.pending: list[str] = []
        self.dialog: QDialog | None = None
        self.watcher = QFileSystemWatcher(self)
        self._changed: set[str] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(WATCH_SETTLE_MS)
        self._settle.timeout.connect(self._index_changed)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self.watcher.fileChanged.connect(self._on_folder_changed)
        toggle.on_change = self._on_chosen
        toggle.manage = self.show_collections
        worker.collections_changed.connect(self._on_collections)
        worker.paths_found.connect(self._watch)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_run_ended)
        worker.failed.connect(self._on_run_ended)
        worker.list_requested.emit()

    def add_menu(self, menu_bar: QMenuBar) -> None:
        menu = menu_bar.addMenu(self.tr("&Documents"))
        collections = menu.addAction(self.tr("&Collections…"), self.show_collections)
        collections.setObjectName("collections_action")

    def start_scan_later(self) -> None:
        QTimer.singleShot(START_SCAN_DELAY_MS, self.scan)

    def scan(self) -> None:
        """Every collection brought up to date (unchanged files cost a stat each)."""
        for collection in self.collections:
            self.worker.index_requested.emit(collection.name)

    def on_reply_started(self, _event: object) -> None:
        self.worker.hold_for_reply(True)

    def on_reply_ended(self, _outcome: object) -> None:
        self.worker.hold_for_reply(False)

    def conversation_shown(self) -> None:
        conversation = self._conversation()
        if conversation is None:
            self.toggle.set_chosen(self.pending)
        else:
            self.toggle.set_chosen(list(self.repository.get_conversation(conversation)
                                        .collections))

    def conversation_created(self, conversation_id: int) -> None:
        if self.pending:
            self.repository.set_collections(conversation_id, self.pending)
            self.pending = []

    def show_collections(self) -> None:
        from llamadesk.ui.documents.collections_dialog import CollectionsDialog

        if self.dialog is None:
            self.dialog = CollectionsDialog(self.worker, self.models_dir, self.collections,
                                            self.progress, self._download, self._window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _on_progress(self, name: str, progress: Progress) -> None:
        self.progress = (name, progress)

    def _on_run_ended(self, _name: str, _outcome: object) -> None:
        self.progress = None

    def _on_chosen(self, names: list[str]) -> None:
        conversation = self._conversation()
        if conversation is None:
            self.pending = names
        else:
            self.repository.set_collections(conversation, names)

    def _on_collections(self, collections: list[Collection]) -> None:
        self.collections = collections
        self.toggle.set_collections([c.name for c in collections])
        roots = {root for c in collections for root in c.roots}
        # Folders of collections that are gone, or no longer under any root, go.
        stale = [path for path in self.watcher.directories() + self.watcher.files()
                 if not any(_under(path, root) for root in roots)]
        if stale:
            self.watcher.removePaths(stale)
        self._watch("", sorted(root for root in roots if Path(root).is_dir()))

    def _watch(self, _name: str, paths: list[str]) -> None:
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        room = MAX_WATCHED - len(watched)
        new = [path for path in paths if path not in watched][:max(room, 0)]
        if new:
            self.watcher.addPaths(new)

    def _on_folder_changed(self, folder: str) -> None:
        self._changed.add(folder)
        self._settle.start()

    def _index_changed(self) -> None:
        changed, self._changed = self._changed, set()
        for collection in self.collections:
            if any(_under(folder, root) for folder in changed for root in collection.roots):
                self.worker.index_requested.emit(collection.name)


def _under(folder: str, root: str) -> bool:
    return folder == root or Path(folder).is_relative_to(root)
