"""Every connection between the inference worker and the GUI, made in one function.

All of them are queued, named so rather than left to Qt's guess: requests run
on the worker's thread, events on the GUI thread, and neither ever waits for
the other. The window and the self-test wire the worker through here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from llamadesk.chat import ContextReport, ReplyStarted
    from llamadesk.engine.options import LoadedModel
    from llamadesk.storage.records import MessageRecord
    from llamadesk.ui.worker import InferenceWorker


class ModelEvents(Protocol):
    """What the worker reports about loading a model."""

    def on_load_started(self, path: str) -> None: ...
    def on_load_progress(self, fraction: float) -> None: ...
    def on_load_cancelled(self) -> None: ...
    def on_model_loaded(self, info: LoadedModel) -> None: ...
    def on_load_failed(self, message: str) -> None: ...
    def on_api_busy(self, busy: bool) -> None: ...
    def on_speculation_refused(self, message: str) -> None: ...
    def on_pool_worker_lost(self, message: str, path: str, fits_here: bool) -> None: ...


class ReplyEvents(Protocol):
    """What the worker reports about a reply."""

    def on_reply_started(self, event: ReplyStarted) -> None: ...
    def on_token(self, reply_id: int, piece: str) -> None: ...
    def on_reasoning(self, reply_id: int, piece: str) -> None: ...
    def on_generation_finished(self, record: MessageRecord) -> None: ...
    def on_generation_failed(self, message: str) -> None: ...
    def on_context_reported(self, report: ContextReport) -> None: ...


class ReplyWatcher(Protocol):
    """What gives way while a reply streams (the indexing thread)."""

    def on_reply_started(self, event: ReplyStarted) -> None: ...
    def on_reply_ended(self, outcome: object) -> None: ...


def wire_worker(worker: InferenceWorker, models: ModelEvents, replies: ReplyEvents,
                watchers: Sequence[ReplyWatcher] = ()) -> None:
    """Requests in and events out, every one queued. Call once per worker, before
    the first request: an unwired worker answers nothing. No other module connects
    to the worker's signals (tests/ui/test_wiring.py checks)."""
    queued = Qt.ConnectionType.QueuedConnection
    # In: the slots run on the worker's thread, one request after the other.
    worker.load_requested.connect(worker.load, queued)
    worker.generate_requested.connect(worker.generate, queued)
    worker.shutdown_requested.connect(worker.shutdown, queued)
    worker.api_job_requested.connect(worker.run_api_job, queued)
    worker.speculation_requested.connect(worker.set_speculation, queued)
    # Out: the GUI thread handles them between paints.
    worker.load_started.connect(models.on_load_started, queued)
    worker.load_progress.connect(models.on_load_progress, queued)
    worker.load_cancelled.connect(models.on_load_cancelled, queued)
    worker.model_loaded.connect(models.on_model_loaded, queued)
    worker.load_failed.connect(models.on_load_failed, queued)
    worker.api_busy.connect(models.on_api_busy, queued)
    worker.speculation_refused.connect(models.on_speculation_refused, queued)
    worker.pool_worker_lost.connect(models.on_pool_worker_lost, queued)
    worker.reply_started.connect(replies.on_reply_started, queued)
    worker.token_generated.connect(replies.on_token, queued)
    worker.reasoning_generated.connect(replies.on_reasoning, queued)
    worker.generation_finished.connect(replies.on_generation_finished, queued)
    worker.generation_failed.connect(replies.on_generation_failed, queued)
    worker.context_reported.connect(replies.on_context_reported, queued)
    for watcher in watchers:
        worker.reply_started.connect(watcher.on_reply_started, queued)
        worker.generation_finished.connect(watcher.on_reply_ended, queued)
        worker.generation_failed.connect(watcher.on_reply_ended, queued)


def watch_replies(worker: InferenceWorker, watcher: ReplyWatcher) -> None:
    """A watcher joined after the window's wiring (ui/tools/wiring.py), as those
    given to wire_worker are."""
    queued = Qt.ConnectionType.QueuedConnection
    worker.reply_started.connect(watcher.on_reply_started, queued)
    worker.generation_finished.connect(watcher.on_reply_ended, queued)
    worker.generation_failed.connect(watcher.on_reply_ended, queued)
