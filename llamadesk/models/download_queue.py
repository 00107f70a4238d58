"""Several downloads, one at a time, each pausable, resumable and cancellable.

Plain Python with one worker thread: the GUI wraps it in signals, the CLI uses
it directly. Pausing keeps the partial file (resume continues it, even after
a restart); cancelling deletes it.
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from llamadesk.errors import Cancelled, LlamaDeskError
from llamadesk.models.catalog import CatalogEntry
from llamadesk.models.discover import HubEntry
from llamadesk.models.downloader import DownloadProgress
from llamadesk.models.embedding_catalog import EmbeddingEntry
from llamadesk.models.manager import ModelManager
from llamadesk.models.registry import InstalledModel

log = logging.getLogger(__name__)


class State(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


_NUMBERS = itertools.count(1)


@dataclass(frozen=True)
class DownloadSnapshot:
    """A download as it stood at one moment: what crosses to the GUI thread, while the
    download thread goes on changing the live QueuedDownload."""

    number: int
    entry: CatalogEntry | EmbeddingEntry | HubEntry
    state: State
    progress: DownloadProgress | None
    error: str | None
    result: InstalledModel | None


@dataclass(eq=False)
class QueuedDownload:
    entry: CatalogEntry | EmbeddingEntry | HubEntry
    state: State = State.QUEUED
    progress: DownloadProgress | None = None
    error: str | None = None
    result: InstalledModel | None = None
    # Which download a snapshot is of: unique in this process.
    number: int = field(default_factory=lambda: next(_NUMBERS))
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _discard: bool = field(default=False, repr=False)

    def snapshot(self) -> DownloadSnapshot:
        return DownloadSnapshot(self.number, self.entry, self.state, self.progress, self.error,
                                self.result)


Listener = Callable[[QueuedDownload], None]


class DownloadQueue:
    def __init__(self, manager: ModelManager, listener: Listener = lambda _: None) -> None:
        self._manager = manager
        self._listener = listener
        self._items: list[QueuedDownload] = []
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="downloads", daemon=True)
        self._thread.start()

    @property
    def items(self) -> list[QueuedDownload]:
        with self._lock:
            return list(self._items)

    def add(self, entry: CatalogEntry | EmbeddingEntry | HubEntry) -> QueuedDownload:
        item = QueuedDownload(entry)
        with self._wake:
            self._items.append(item)
            self._wake.notify()
        self._listener(item)
        return item

    def pause(self, item: QueuedDownload) -> None:
        item._stop.set()

    def resume(self, item: QueuedDownload) -> None:
        with self._wake:
            if item.state in (State.PAUSED, State.FAILED):
                item._stop = threading.Event()
                item.state, item.error = State.QUEUED, None
                self._wake.notify()
        self._listener(item)

    def cancel(self, item: QueuedDownload) -> None:
        item._discard = True
        item._stop.set()
        with self._lock:
            idle = item.state in (State.QUEUED, State.PAUSED, State.FAILED)
            if idle:
                item.state = State.CANCELLED
        if idle:
            self._discard_partial(item)
            self._listener(item)

    def close(self, timeout: float = 10.0) -> None:
        with self._wake:
            self._closed = True
            for item in self._items:
                item._stop.set()
            self._wake.notify()
        self._thread.join(timeout)

    def wait(self, item: QueuedDownload, timeout: float = 60.0) -> State:
        """Block until ``item`` stops running (for the CLI and tests)."""
        finished = threading.Event()
        previous = self._listener

        def listen(changed: QueuedDownload) -> None:
            previous(changed)
            if changed is item and changed.state not in (State.QUEUED, State.RUNNING):
                finished.set()

        self._listener = listen
        if item.state not in (State.QUEUED, State.RUNNING):
            finished.set()
        finished.wait(timeout)
        self._listener = previous
        return item.state

    def _next(self) -> QueuedDownload | None:
        with self._wake:
            while not self._closed:
                for item in self._items:
                    if item.state is State.QUEUED:
                        item.state = State.RUNNING
                        return item
                self._wake.wait()
        return None

    def _run(self) -> None:
        while (item := self._next()) is not None:
            self._listener(item)

            def report(progress: DownloadProgress, item: QueuedDownload = item) -> None:
                item.progress = progress
                self._listener(item)

            try:
                entry = item.entry
                if isinstance(entry, HubEntry):  # a file chosen on the Hub (Discover)
                    item.result = self._manager.download_from_hub(
                        entry.listing, entry.choice, entry.projector, report, item._stop)
                else:
                    item.result = self._manager.download(entry, report, item._stop)
                item.state = State.DONE
            except Cancelled:
                item.state = State.CANCELLED if item._discard else State.PAUSED
                if item._discard:
                    self._discard_partial(item)
            except LlamaDeskError as error:
                item.state, item.error = State.FAILED, str(error)
            except Exception as error:  # noqa: BLE001 - a bug must not stop the queue
                log.exception("Download failed")
                item.state, item.error = State.FAILED, f"Unexpected error: {error!r}"
            self._listener(item)

    def _discard_partial(self, item: QueuedDownload) -> None:
        partial = self._manager.downloader.partial_dir
        for name in item.entry.files:
            (partial / f"{name}.part").unlink(missing_ok=True)
            (partial / f"{name}.json").unlink(missing_ok=True)
