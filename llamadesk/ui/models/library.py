"""The GUI's side of the model manager: downloads, imports and checks, off the GUI thread.

One object for the window's lifetime, so downloads go on while the model
manager dialog is closed. It adds nothing to ModelManager and DownloadQueue
but threads and signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from llamadesk.models.catalog import CatalogEntry
from llamadesk.models.discover import HubEntry
from llamadesk.models.download_queue import DownloadQueue, QueuedDownload, State
from llamadesk.models.embedding_catalog import EmbeddingEntry
from llamadesk.models.manager import ModelManager
from llamadesk.models.registry import InstalledModel
from llamadesk.models.token_store import TokenStore
from llamadesk.ui.background import run_in_background

log = logging.getLogger(__name__)


class ModelLibrary(QObject):
    """Signals:
    download_changed(object DownloadSnapshot): state or progress of a download moved.
    download_finished(object InstalledModel): a download is installed and verified.
    import_progress(str file name, float 0..1): hashing an imported file.
    import_finished(object InstalledModel), import_failed(object Exception): for
        ui.errors.report_error or user_message, which tell a bug from the rest.
    changed(): the installed models changed (installed, imported, deleted, verified).
    """

    download_changed = Signal(object)
    download_finished = Signal(object)
    import_progress = Signal(str, float)
    import_finished = Signal(object)
    import_failed = Signal(object)
    changed = Signal()

    def __init__(self, manager: ModelManager, tokens: TokenStore | None = None) -> None:
        super().__init__()
        self.manager = manager
        self.tokens = tokens or TokenStore()
        self._queue: DownloadQueue | None = None

    # -- downloads -----------------------------------------------------------

    @property
    def downloads(self) -> list[QueuedDownload]:
        return self._queue.items if self._queue is not None else []

    def download(self, entry: CatalogEntry | EmbeddingEntry | HubEntry) -> QueuedDownload:
        """Queue ``entry``; its license must have been accepted (LicenseDialog)."""
        if self._queue is None:
            self._queue = DownloadQueue(self.manager, self._on_download_event)
        # Read only now, for a download the person asked for, and at each one: a token
        # saved in the Account tab after the first download still counts.
        self.manager.token = self.tokens.get()
        for item in self._queue.items:
            if item.entry.id == entry.id and item.state in (State.QUEUED, State.RUNNING):
                return item
        return self._queue.add(entry)

    def pause(self, item: QueuedDownload) -> None:
        if self._queue is not None:
            self._queue.pause(item)

    def resume(self, item: QueuedDownload) -> None:
        if self._queue is not None:
            self._queue.resume(item)

    def cancel(self, item: QueuedDownload) -> None:
        if self._queue is not None:
            self._queue.cancel(item)

    def _on_download_event(self, item: QueuedDownload) -> None:
        # On the download thread: a frozen copy crosses to the GUI thread, never the
        # item itself, which this thread goes on changing.
        snapshot = item.snapshot()
        self.download_changed.emit(snapshot)
        if snapshot.state is State.DONE and snapshot.result is not None:
            self.download_finished.emit(snapshot.result)
            self.changed.emit()

    def close(self) -> None:
        """Pause running downloads (their partial files stay for next time)."""
        if self._queue is not None:
            self._queue.close()

    # -- imports and checks --------------------------------------------------

    def import_file(self, path: Path, copy: bool = True) -> None:
        """Validate, hash (with progress) and register ``path`` in the background."""
        manager = self.manager
        name = path.name
        last = [-1.0]
        lock = threading.Lock()

        def progress(done: int, total: int) -> None:
            fraction = done / total if total else 1.0
            with lock:
                if fraction - last[0] < 0.01 and fraction < 1.0:
                    return
                last[0] = fraction
            self.import_progress.emit(name, fraction)

        def work() -> InstalledModel:
            return manager.import_file(path, copy=copy, progress=progress)

        def done(model: InstalledModel) -> None:
            self.import_finished.emit(model)
            self.changed.emit()

        run_in_background(work, done, self.import_failed.emit)

    def verify(self, ident: str, on_result: Callable[[bool | Exception], None]) -> None:
        """Re-hash an installed model; ``on_result`` gets whether it matched, or why it
        could not be checked, on the GUI thread."""
        manager = self.manager

        def done(ok: bool) -> None:
            self.changed.emit()
            on_result(ok)

        run_in_background(lambda: manager.verify(ident), done, on_result)

    def discover(self, on_result: Callable[[list[Path]], None]) -> None:
        """GGUF files elsewhere on this computer (Hugging Face cache, LM Studio)."""
        run_in_background(self.manager.discover, on_result,
                          lambda error: log.warning("Discovery failed: %s", error))

    def delete(self, ident: str, loaded: str | None) -> None:
        self.manager.delete(ident, Path(loaded) if loaded else None)
        self.changed.emit()
