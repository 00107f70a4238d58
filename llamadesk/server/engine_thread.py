"""Where API requests wait for the model, and the thread that runs them without a window.

llama.cpp runs on one thread only (a second thread running it halves its
speed on a small machine: bench/engine.py), one request at a time, so a
client is never interrupted for another. The queue is bounded: when it is
full, submit() raises Busy at once instead of letting clients wait forever.
In the window, the inference worker's thread runs the same queue
(ui/server/bridge.py), and the window's own messages go first.
"""

from __future__ import annotations

import itertools
import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

if TYPE_CHECKING:
    from llamadesk.engine.options import LoadedModel, LoadOptions
    from llamadesk.engine.session import ModelSession

log = logging.getLogger(__name__)

T = TypeVar("T")

# Lower runs first.
LOAD = 0
API = 1


class Busy(LlamaDeskError):
    """The queue is full: try again shortly.

    ``retry_after``: whole seconds until a place is likely free (the jobs ahead
    times the mean time a job has taken), for the HTTP Retry-After header."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NoModel(LlamaDeskError):
    """A request came while no model is loaded."""


def no_model() -> NoModel:
    return NoModel(Note(QT_TRANSLATE_NOOP("messages", "No model is loaded.")))


class Engine(Protocol):
    """What the API needs of whoever runs the model: EngineThread, or the window's worker."""

    @property
    def model(self) -> LoadedModel | None: ...
    @property
    def model_path(self) -> Path | None: ...
    def submit(self, work: Callable[[ModelSession], T], *, priority: int = API) -> Future[T]: ...
    def load(self, path: Path, options: LoadOptions) -> Future[LoadedModel]: ...


@dataclass(order=True)
class _Job:
    priority: int
    sequence: int
    run: Callable[[], None] = field(compare=False)
    future: Future[object] = field(compare=False)


class JobQueue:
    """Bounded, most urgent first; thread-safe. Whoever owns the model pops and runs."""

    def __init__(self, capacity: int = 16) -> None:
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._capacity = capacity
        self._lock = threading.Lock()
        # Futures of the jobs not yet taken; a cancelled one (its client hung up)
        # frees its place at once, though it leaves the queue only when reached.
        self._pending: set[Future[object]] = set()
        self._order = itertools.count()
        # The mean seconds a job took (moving average), for Busy.retry_after.
        self._mean_s = 5.0

    def add(self, function: Callable[[], T], priority: int, *, bounded: bool = True
            ) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if bounded and self._count() >= self._capacity:
                # Every job ahead runs first: their count times a job's mean time.
                wait = max(1, math.ceil(self._count() * self._mean_s))
                raise Busy(Note(QT_TRANSLATE_NOOP(
                    "messages", "The model is busy with other requests. Try again shortly.")),
                    retry_after=wait)
            self._pending.add(future)  # type: ignore[arg-type]

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return  # cancelled while it waited: the client has gone
            started = time.monotonic()
            try:
                future.set_result(function())
            except BaseException as error:  # noqa: BLE001 - the caller's to handle
                future.set_exception(error)
            self._mean_s = 0.8 * self._mean_s + 0.2 * (time.monotonic() - started)

        self._queue.put(_Job(priority, next(self._order), run, future))  # type: ignore[arg-type]
        return future

    def take(self, block: bool = True) -> Callable[[], None] | None:
        """The next job's runner (None: nothing waits, when not blocking)."""
        try:
            job = self._queue.get(block=block)
        except queue.Empty:
            return None
        with self._lock:
            self._pending.discard(job.future)
        return job.run

    def _count(self) -> int:
        return sum(1 for future in self._pending if not future.cancelled())

    def __len__(self) -> int:
        with self._lock:
            return self._count()

    def cancel_all(self) -> None:
        while (job := self._take_job()) is not None:
            job.future.cancel()

    def _take_job(self) -> _Job | None:
        try:
            job = self._queue.get_nowait()
        except queue.Empty:
            return None
        with self._lock:
            self._pending.discard(job.future)
        return job


class EngineThread:
    """`llamadesk serve`'s engine: a thread of its own owns the model."""

    def __init__(self, capacity: int = 16) -> None:
        self._jobs = JobQueue(capacity)
        self._session: ModelSession | None = None
        self._path: Path | None = None
        self._options: LoadOptions | None = None
        # Why there is no model, when a pool worker's loss left none (told each time).
        self._gone: NoModel | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._serve, name="inference", daemon=True)
        self._thread.start()

    @property
    def model(self) -> LoadedModel | None:
        session = self._session
        return session.info if session is not None else None

    @property
    def model_path(self) -> Path | None:
        return self._path

    def submit(self, work: Callable[[ModelSession], T], *, priority: int = API) -> Future[T]:
        """Queue ``work(session)``; raises Busy when the queue is full, and the future
        raises NoModel when no model is loaded by the time it runs."""
        def with_session() -> T:
            if self._session is not None and self._session.lost_worker is not None:
                self._without_the_pool()
            if self._session is None:
                raise self._gone or no_model()
            return work(self._session)

        return self._jobs.add(with_session, priority)

    def load(self, path: Path, options: LoadOptions) -> Future[LoadedModel]:
        """Load ``path`` in place of the current model, before the requests waiting."""
        def load() -> LoadedModel:
            from llamadesk.engine.session import ModelSession

            if self._session is not None:
                self._session.close()  # its memory first: two models may not fit
                self._session, self._path = None, None
            self._session = ModelSession.load(path, options)
            self._path, self._options, self._gone = path, options, None
            return self._session.info

        return self._jobs.add(load, LOAD, bounded=False)

    def _without_the_pool(self) -> None:
        """A pool worker vanished (the request it cut off was told): the model is
        loaded again on this computer alone where it fits, so the server goes on
        answering; where it does not fit, each request is told why."""
        from llamadesk.engine.placement import fits_alone
        from llamadesk.engine.session import ModelSession

        session, path, options = self._session, self._path, self._options
        assert session is not None and path is not None and options is not None
        worker = session.lost_worker
        session.close()
        self._session = None
        if not fits_alone(path, session.info.n_ctx):
            self._gone = NoModel(Note(QT_TRANSLATE_NOOP(
                "messages", "The pool worker %1 stopped answering, and %2 does not fit on "
                "this computer alone. Start the pool on that computer again, then restart "
                "`llamadesk serve`."), worker, path.name))
            return
        log.warning("Pool worker %s vanished: loading %s on this computer alone", worker,
                    path.name)
        self._options = replace(options, pool=None, pool_workers=())
        self._session = ModelSession.load(path, self._options)

    def _serve(self) -> None:
        while not self._closing:
            run = self._jobs.take()
            if run is not None:
                run()
        self._jobs.cancel_all()  # what still waited will never run
        if self._session is not None:
            self._session.close()
            self._session = None

    def close(self, timeout: float | None = 30.0) -> None:
        """Finish the running job (stop it first), free the model, end the thread."""
        self._closing = True
        self._jobs.add(lambda: None, -1, bounded=False)  # wakes the thread
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("The inference thread did not stop in %s s", timeout)
