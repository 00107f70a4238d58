"""Short jobs off the GUI thread (search, export, hashing), results back on it.

After Anki's QueryOp: ``fn`` runs on Qt's thread pool; ``on_success`` or
``on_failure`` is called on the GUI thread. Only plain values cross.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # noqa: BLE001 - handed to on_failure on the GUI thread
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[Exception], None] | None = None, *,
                      own_thread: bool = False) -> None:
    """``own_thread``: on a thread of its own instead of Qt's pool, for a request that
    may hang (the Hub client waits without a time limit): the pool has as many threads
    as cores, two on a small laptop, and a stalled request must not hold one."""
    # Created on the GUI thread, so its signals are delivered there; owned by the
    # application until the job is done, so nothing must hold it meanwhile.
    relay = _Relay(QCoreApplication.instance())

    def done(handler: Callable[[Any], None] | None, value: Any) -> None:
        relay.deleteLater()
        if handler is not None:
            handler(value)
        elif isinstance(value, Exception):
            log.error("Background job failed: %r", value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda error: done(on_failure, error))
    job = _Job(fn, relay)
    if own_thread:
        job.setAutoDelete(False)
        threading.Thread(target=job.run, name="llamadesk-request", daemon=True).start()
    else:
        QThreadPool.globalInstance().start(job)
