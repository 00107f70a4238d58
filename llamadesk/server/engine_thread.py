"""One thread owns the loaded model; requests queue for it, the most urgent first.

llama.cpp runs on that thread only (a second thread running it halves its
speed on a small machine: bench/engine.py), one request at a time, so a
client is never interrupted for another. The queue is bounded: when it is
full, submit() raises Busy at once instead of letting clients wait forever.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

if TYPE_CHECKING:
    from llamadesk.engine.options import LoadedModel, LoadOptions
    from llamadesk.engine.session import ModelSession

log = logging.getLogger(__name__)

T = TypeVar("T")

# Lower runs first: the window's own messages go before API requests.
WINDOW = 0
API = 1


class Busy(LlamaDeskError):
    """The queue is full: try again shortly."""


class NoModel(LlamaDeskError):
    """A request came while no model is loaded."""


@dataclass(order=True)
class _Job:
    priority: int
    sequence: int
    run: Callable[[], None] = field(compare=False)
    future: Future[object] | None = field(compare=False, default=None)


class EngineThread:
    """Runs jobs on the model's own thread; ``capacity`` jobs may wait."""

    def __init__(self, capacity: int = 16) -> None:
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._capacity = capacity
        self._waiting = 0
        self._lock = threading.Lock()
        self._order = itertools.count()
        self._session: ModelSession | None = None
        self.model_path: Path | None = None
        self._thread = threading.Thread(target=self._serve, name="inference", daemon=True)
        self._thread.start()

    @property
    def model(self) -> LoadedModel | None:
        session = self._session
        return session.info if session is not None else None

    def submit(self, work: Callable[[ModelSession], T], *, priority: int = API) -> Future[T]:
        """Queue ``work(session)``; raises Busy when ``capacity`` jobs already wait,
        and the future raises NoModel when no model is loaded by the time it runs."""
        def with_session() -> T:
            if self._session is None:
                raise NoModel(Note(QT_TRANSLATE_NOOP("messages", "No model is loaded.")))
            return work(self._session)

        return self._add(with_session, priority)

    def load(self, path: Path, options: LoadOptions) -> Future[LoadedModel]:
        """Load ``path`` in place of the current model, after the jobs queued before it."""
        def load() -> LoadedModel:
            from llamadesk.engine.session import ModelSession

            if self._session is not None:
                self._session.close()  # its memory first: two models may not fit
                self._session, self.model_path = None, None
            self._session = ModelSession.load(path, options)
            self.model_path = path
            return self._session.info

        return self._add(load, WINDOW, bounded=False)

    def _add(self, function: Callable[[], T], priority: int, bounded: bool = True) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if bounded and self._waiting >= self._capacity:
                raise Busy(Note(QT_TRANSLATE_NOOP(
                    "messages", "The model is busy with other requests. Try again shortly.")))
            self._waiting += 1

        def run() -> None:
            with self._lock:
                self._waiting -= 1
            if not future.set_running_or_notify_cancel():
                return  # cancelled while it waited: the client has gone
            try:
                future.set_result(function())
            except BaseException as error:  # noqa: BLE001 - the caller's to handle
                future.set_exception(error)

        self._queue.put(_Job(priority, next(self._order), run, future))  # type: ignore[arg-type]
        return future

    def _serve(self) -> None:
        while True:
            job = self._queue.get()
            if job.priority < 0:
                break
            job.run()
        while not self._queue.empty():  # what still waited will never run
            left = self._queue.get_nowait()
            if left.future is not None:
                left.future.cancel()
        if self._session is not None:
            self._session.close()
            self._session = None

    def close(self, timeout: float | None = 30.0) -> None:
        """Finish the running job (stop it first), free the model, end the thread."""
        self._queue.put(_Job(-1, next(self._order), lambda: None))
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("The inference thread did not stop in %s s", timeout)


__all__ = ["API", "WINDOW", "Busy", "EngineThread", "NoModel"]
