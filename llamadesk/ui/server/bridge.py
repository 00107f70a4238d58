"""The API server's engine in the window: requests run on the inference worker's
thread, with the model the window loaded, between the window's own messages.

The worker runs one API request per turn of its event queue and asks for the
next only afterwards, so a message sent from the window meanwhile (a queued
signal) goes before the requests still waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.server.engine_thread import API, JobQueue, no_model

if TYPE_CHECKING:
    from llamadesk.engine.options import LoadedModel, LoadOptions
    from llamadesk.engine.session import ModelSession
    from llamadesk.ui.worker import InferenceWorker

T = TypeVar("T")


class ApiJobs:
    """The queue, and whether the worker has been asked for a turn (one at a time)."""

    def __init__(self, worker: InferenceWorker, capacity: int) -> None:
        self._worker = worker
        self._queue = JobQueue(capacity)
        self._lock = threading.Lock()
        self._asked = False

    def add(self, function: Callable[[], T]) -> Future[T]:
        future = self._queue.add(function, API)
        self._ask()
        return future

    def _ask(self) -> None:
        with self._lock:
            if self._asked or not len(self._queue):
                return
            self._asked = True
        self._worker.api_job_requested.emit()

    @property
    def waiting(self) -> int:
        return len(self._queue)

    def take_next(self) -> Callable[[], None] | None:
        return self._queue.take(block=False)

    def finished_one(self) -> None:
        """After a turn: ask for the next, behind whatever the window sent meanwhile."""
        with self._lock:
            self._asked = False
        self._ask()

    def cancel_all(self) -> None:
        self._queue.cancel_all()


class WorkerEngine:
    """server.engine_thread.Engine over the window's InferenceWorker."""

    def __init__(self, worker: InferenceWorker, capacity: int = 16) -> None:
        self._worker = worker
        self.jobs = ApiJobs(worker, capacity)
        worker.api_jobs = self.jobs

    def detach(self) -> None:
        """The server is off: what waits is cancelled, the worker forgets the queue."""
        if self._worker.api_jobs is self.jobs:
            self._worker.api_jobs = None
        self.jobs.cancel_all()

    @property
    def model(self) -> LoadedModel | None:
        loaded = self._worker.loaded
        return loaded[0] if loaded else None

    @property
    def model_path(self) -> Path | None:
        loaded = self._worker.loaded
        return loaded[1] if loaded else None

    def submit(self, work: Callable[[ModelSession], T], *, priority: int = API) -> Future[T]:
        worker = self._worker

        def with_session() -> T:
            session = worker.session
            if session is None:
                raise no_model()
            return work(session)

        return self.jobs.add(with_session)

    def load(self, path: Path, options: LoadOptions) -> Future[LoadedModel]:
        """Never in the window: it would swap the user's model under them."""
        future: Future[LoadedModel] = Future()
        future.set_exception(LlamaDeskError(Note(QT_TRANSLATE_NOOP(
            "messages", "The window chooses the model; the API cannot load another."))))
        return future
