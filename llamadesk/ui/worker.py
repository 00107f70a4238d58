"""The inference worker: the one object that touches llama.cpp, on its own thread.

Requests come in by queued signal, events go out by signal, and only plain
values and frozen dataclasses cross. The GUI thread never waits on it, except
for the bounded wait at quit.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from llamadesk.engine.options import LoadOptions
from llamadesk.errors import Cancelled, LlamaDeskError, PoolWorkerLost
from llamadesk.ui.generate_request import GenerateRequest, ReplyAction
from llamadesk.ui.messages import message_of, translated

if TYPE_CHECKING:
    from llamadesk.chat import ChatService, ReplyStarted
    from llamadesk.chat_tools import ToolUse
    from llamadesk.engine.options import LoadedModel
    from llamadesk.engine.session import ModelSession

__all__ = ["ApiTurns", "GenerateRequest", "InferenceWorker", "WorkerThread"]

log = logging.getLogger(__name__)


class ApiTurns(Protocol):
    """The API server's waiting requests, as the worker runs them (ui/server/bridge.py)."""

    def take_next(self) -> Callable[[], None] | None: ...
    def finished_one(self) -> None: ...
    def cancel_all(self) -> None: ...


class InferenceWorker(QObject):
    """Owns the ModelSession; lives in its own QThread.

    Signals (requests, in):
        load_requested(str, object, object): model path, LoadOptions and a
            threading.Event that cancels the load when set.
        generate_requested(object): a GenerateRequest.
        shutdown_requested(): free the model; sent just before the thread quits.
        api_job_requested(): run the next API request waiting (ui/server/bridge.py).
        speculation_requested(str mode, int tokens): the loaded model's speculative
            decoding setting changed (SamplingParams.speculative's form).
    Signals (events, out):
        load_started(str), load_progress(float 0..1), model_loaded(object LoadedModel),
        load_failed(str), load_cancelled()
        reply_started(object ReplyStarted), token_generated(int reply_id, str text),
        reasoning_generated(int reply_id, str text): a thinking model's reasoning
        generation_finished(object MessageRecord), generation_failed(str): the
            message, or "" when pool_worker_lost follows and says it
        context_reported(object ContextReport): tokens used of n_ctx, messages left out
        api_busy(bool): an API request started (True) or ended (False) on this thread
        speculation_refused(str): the draft model chosen cannot guess for the loaded
            one, in words (lookup guesses instead)
        pool_worker_lost(str message, str path, bool fits_here): a pool worker
            vanished while the model at ``path`` used it (the model is closed: its
            layers there are gone), or could not be paired to load it; ``fits_here``
            says whether it fits on this computer alone
    """

    load_requested = Signal(str, object, object)
    generate_requested = Signal(object)
    shutdown_requested = Signal()
    api_job_requested = Signal()
    speculation_requested = Signal(str, int)

    load_started = Signal(str)
    load_progress = Signal(float)
    model_loaded = Signal(object)
    load_failed = Signal(str)
    load_cancelled = Signal()
    reply_started = Signal(object)
    token_generated = Signal(int, str)
    reasoning_generated = Signal(int, str)
    generation_finished = Signal(object)
    generation_failed = Signal(str)
    context_reported = Signal(object)
    api_busy = Signal(bool)
    speculation_refused = Signal(str)
    pool_worker_lost = Signal(str, str, bool)

    def __init__(self, service: ChatService) -> None:
        super().__init__()
        self._service = service
        self._session: ModelSession | None = None
        self._session_path: Path | None = None
        # Set by ui/server/bridge.py while the API server is on.
        self.api_jobs: ApiTurns | None = None
        # The user's tools for one reply, given its stop flag (ui/tools/control.py).
        self.tools_for: Callable[[threading.Event], ToolUse] | None = None

    @property
    def session(self) -> ModelSession | None:
        """On this worker's thread only (API jobs run here)."""
        return self._session

    @property
    def loaded(self) -> tuple[LoadedModel, Path] | None:
        """What is loaded, read from any thread."""
        session, path = self._session, self._session_path
        return (session.info, path) if session is not None and path is not None else None

    @Slot(str, object, object)
    def load(self, path: str, options: LoadOptions | None = None,
             cancel: threading.Event | None = None) -> None:
        self.load_started.emit(path)
        # Imported here, on this thread: llama.cpp never slows the window's start.
        from llamadesk.engine.session import ModelSession

        self._close_session()  # free the old model before the new one takes memory
        stop = cancel or threading.Event()
        last = [-1.0]

        def progress(fraction: float) -> bool:
            if fraction - last[0] >= 0.01 or fraction >= 1.0:  # at most ~100 signals
                last[0] = fraction
                self.load_progress.emit(fraction)
            return not stop.is_set()

        options = replace(options or LoadOptions(), progress=progress)
        try:
            if options.pool_workers:
                # Paired here, off the window's thread: each handshake is a network wait.
                from llamadesk.pool.client import pair
                from llamadesk.pool.gate import PoolError

                try:
                    options = replace(options, pool=pair(options.pool_workers).plan)
                except PoolError as error:  # the window asks whether to load it here
                    self._pool_unusable(message_of(error), Path(path), options.n_ctx)
                    return
            self._session = ModelSession.load(Path(path), options)
        except Cancelled:
            self.load_cancelled.emit()
        except LlamaDeskError as error:
            self.load_failed.emit(message_of(error))
        except Exception as error:  # noqa: BLE001 - a bug must not kill the worker thread
            log.exception("Unexpected error while loading %s", path)
            self.load_failed.emit(self.tr("Unexpected error while loading the model: %1. "
                                          "Details are in the log file.")
                                  .replace("%1", repr(error)))
        else:
            self._session_path = Path(path)
            self.model_loaded.emit(self._session.info)

    @Slot(object)
    def generate(self, request: GenerateRequest) -> None:
        session = self._session
        if session is None:
            self.generation_failed.emit("No model is loaded. Open a model first.")
            return
        reply_id = -1

        def started(event: ReplyStarted) -> None:
            nonlocal reply_id
            reply_id = event.reply_id
            self.reply_started.emit(event)

        try:
            common: dict[str, Any] = {"on_started": started,
                      "on_text": lambda piece: self.token_generated.emit(reply_id, piece),
                      "on_reasoning":
                          lambda piece: self.reasoning_generated.emit(reply_id, piece),
                      "stop_event": request.stop_event,
                      "on_context": self.context_reported.emit}
            service, target = self._service, request.message_id or 0
            tools = self.tools_for(request.stop_event) \
                if request.tools and self.tools_for is not None else None
            if request.action is ReplyAction.REGENERATE:
                record = service.regenerate(session, target, request.params, tools=tools,
                                            **common)
            elif request.action is ReplyAction.CONTINUE:
                record = service.continue_reply(session, target, request.params,
                                                tools=tools, **common)
            elif request.action is ReplyAction.EDIT:
                record = service.edit(session, target, request.text, request.params,
                                      tools=tools, **common)
            else:
                record = service.send(session, request.conversation_id, request.text,
                                      request.params, tools=tools,
                                      images=request.images,  # type: ignore[arg-type]
                                      keep_original_images=request.keep_original_images,
                                      **common)
        except PoolWorkerLost as error:
            self.generation_failed.emit("")  # said with the question that follows
            self._lost_pool_worker(message_of(error))
        except LlamaDeskError as error:
            self.generation_failed.emit(message_of(error))
        except Exception as error:  # noqa: BLE001
            log.exception("Unexpected error while generating")
            self.generation_failed.emit(self.tr("Unexpected error while answering: %1. "
                                                "Details are in the log file.")
                                        .replace("%1", repr(error)))
        else:
            self.generation_finished.emit(record)

    @Slot(str, int)
    def set_speculation(self, mode: str, tokens: int) -> None:
        """Between replies (a queued request): the next reply guesses as chosen."""
        if self._session is None:
            return  # applied at the next load, from the settings
        refused = self._session.set_speculation(mode, tokens)
        if refused:
            self.speculation_refused.emit(" ".join(translated(note) for note in refused))

    @Slot()
    def run_api_job(self) -> None:
        """One API request, then back to the event queue: a message the window sent
        meanwhile is answered before the next request."""
        jobs = self.api_jobs
        if jobs is None:
            return
        run = jobs.take_next()
        if run is not None:
            self.api_busy.emit(True)
            try:
                run()
            finally:
                self.api_busy.emit(False)
            session = self._session
            if session is not None and session.lost_worker is not None:
                # The API client was told; the window is told here.
                self._lost_pool_worker(message_of(PoolWorkerLost(session.lost_worker)))
        jobs.finished_one()

    def _lost_pool_worker(self, message: str) -> None:
        """The model is closed (what it kept on the vanished worker is gone) and the
        window asks whether to load it on this computer alone, where it fits."""
        session, path = self._session, self._session_path
        self._close_session()
        if session is not None and path is not None:
            self._pool_unusable(message, path, session.info.n_ctx)

    def _pool_unusable(self, message: str, path: Path, n_ctx: int | None) -> None:
        from llamadesk.engine.placement import fits_alone

        self.pool_worker_lost.emit(message, str(path), fits_alone(path, n_ctx))

    @Slot()
    def shutdown(self) -> None:
        if self.api_jobs is not None:
            self.api_jobs.cancel_all()
        self._close_session()

    def _close_session(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None
            self._session_path = None


class WorkerThread:
    """The worker and its thread. ui.wiring.wire_worker connects them to the GUI."""

    def __init__(self, service: ChatService) -> None:
        self.thread = QThread()
        self.thread.setObjectName("inference")
        self.worker = InferenceWorker(service)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(yield_to_the_window, Qt.ConnectionType.DirectConnection)
        self.thread.start()

    def stop(self, timeout_ms: int = 30_000) -> None:
        """Free the model and end the thread; any running reply must already be stopped."""
        if not self.thread.isRunning():
            return
        self.worker.shutdown_requested.emit()
        self.thread.quit()
        if not self.thread.wait(timeout_ms):
            log.error("The inference thread did not stop in %d ms", timeout_ms)


# The inference thread's nice value on Linux (0 is the default, 19 the lowest).
INFERENCE_NICE = 5


def yield_to_the_window() -> None:
    """On the inference thread, as it starts: a lower scheduling priority, which
    llama.cpp's worker threads inherit (they are made from this thread).

    llama.cpp writes the reply on every core of a small machine (engine/threads.py)
    and its threads spin between tokens, so the GUI thread waited for a time slice:
    with a reply streaming at 870 tokens/s of Markdown on 2 cores, the event loop's
    p99 gap was 19 ms. A nice value of 5 leaves llama.cpp every idle cycle (decoding
    speed unchanged while the window has nothing to do) and lets the GUI thread
    preempt it the moment it has (measured in the README, bench/ui.py). Linux sets
    the nice value per thread; elsewhere this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), INFERENCE_NICE)
    except OSError as error:
        log.info("Could not lower the inference thread's priority: %s", error)
