"""`llamadesk --self-test`: proves an installed copy works, headless, in seconds.

It exercises what a broken bundle breaks: llama.cpp's libraries (a real model
is loaded and answers on the worker thread), Qt's plugins (the offscreen
platform, and PDF writing through QtGui), SQLite and the Alembic migrations
(a fresh history is created and written), and the packaged resources. All in
a temporary data folder, removed afterwards; nothing touches the network.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject

if TYPE_CHECKING:
    from llamadesk.storage.records import MessageRecord

EXPECTED = "Hello from a tiny llama."


class SelfTestFailed(Exception):
    pass


class _Events(QObject):
    """What the worker reported (ui.wiring's ModelEvents and ReplyEvents); each final
    event ends the waiting loop. A QObject, so the queued events run on this thread."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.model: object = None
        self.reply: MessageRecord | None = None
        self.error = ""
        self.pieces: list[str] = []

    def on_model_loaded(self, info: object) -> None:
        self.model = info
        self.loop.quit()

    def on_load_failed(self, message: str) -> None:
        self.error = message
        self.loop.quit()

    def on_load_cancelled(self) -> None:
        self.on_load_failed("the load was cancelled")

    def on_token(self, _reply_id: int, text: str) -> None:
        self.pieces.append(text)

    def on_reasoning(self, _reply_id: int, _text: str) -> None:
        pass  # the self-test's model does not think

    def on_generation_finished(self, record: MessageRecord) -> None:
        self.reply = record
        self.loop.quit()

    on_generation_failed = on_load_failed

    def on_load_started(self, _path: str) -> None: ...
    def on_load_progress(self, _fraction: float) -> None: ...
    def on_api_busy(self, _busy: bool) -> None: ...
    def on_speculation_refused(self, _message: str) -> None: ...
    def on_pool_worker_lost(self, _message: str, _path: str, _fits: bool) -> None: ...
    def on_reply_started(self, _event: object) -> None: ...
    def on_context_reported(self, _report: object) -> None: ...


def _step(name: str) -> None:
    print(f"  {name}…", flush=True)


def run() -> int:
    """Print what is checked; "self-test ok" and 0, or the reason and 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="llamadesk-self-test-"))
    try:
        _run(work)
    except SelfTestFailed as error:
        print(f"self-test FAILED: {error}", file=sys.stderr, flush=True)
        return 1
    except Exception as error:  # noqa: BLE001 - the reason is the whole point
        print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("self-test ok", flush=True)
    return 0


def _run(work: Path) -> None:
    from importlib import resources

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from llamadesk import __version__
    from llamadesk.app import open_context
    from llamadesk.chat import ChatService
    from llamadesk.diagnostics.tiny_model import LLAMA2_TEMPLATE, write_tiny_llama
    from llamadesk.engine.options import LoadOptions
    from llamadesk.storage.export import export_bytes
    from llamadesk.ui.wiring import wire_worker
    from llamadesk.ui.worker import GenerateRequest, WorkerThread

    print(f"LlamaDesk {__version__} self-test ({sys.platform}, Python "
          f"{sys.version.split()[0]})", flush=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])

    _step("resources")
    folder = resources.files("llamadesk.resources")
    for name in ("catalog.json", "llamadesk.svg", "licenses/LLAMA2_LICENSE.txt"):
        if not folder.joinpath(name).is_file():
            raise SelfTestFailed(f"the bundled resource {name} is missing")

    _step("history (SQLite, migrations)")
    context = open_context(str(work / "data"))
    try:
        _step("a tiny model, loaded by llama.cpp")
        model = write_tiny_llama(work / "self-test.gguf", chat_template=LLAMA2_TEMPLATE)
        workers = WorkerThread(ChatService(context.repository))
        loop = QEventLoop()
        events = _Events(loop)
        worker = workers.worker
        wire_worker(worker, events, events)
        QTimer.singleShot(60_000, loop.quit)
        try:
            worker.load_requested.emit(str(model), LoadOptions(n_ctx=512), None)
            loop.exec()
            if events.error or events.model is None:
                raise SelfTestFailed(f"the model did not load: {events.error or 'timeout'}")
            # Which of the engine's CPU variants this CPU got (an old one under emulation).
            print(f"    llama.cpp CPU backend: {getattr(events.model, 'cpu_variant', '?')}",
                  flush=True)

            _step("one reply streamed on the worker thread")
            started = time.perf_counter()
            worker.generate_requested.emit(GenerateRequest(None, "Are you there?"))
            loop.exec()
            reply = events.reply
            if events.error or reply is None:
                raise SelfTestFailed(f"no reply: {events.error or 'timeout'}")
            text = reply.content
            if text.strip() != EXPECTED or "".join(events.pieces).strip() != EXPECTED:
                raise SelfTestFailed(f"the reply was {text!r}, not {EXPECTED!r}")
            print(f"    {text!r} in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        finally:
            workers.stop()

        _step("saved, and exported to HTML and PDF")
        conversation_id = reply.conversation_id
        stored = context.repository.current_branch(conversation_id)
        if [m.role for m in stored] != ["user", "assistant"] or stored[1].content != text:
            raise SelfTestFailed("the reply was not saved in the history")
        page = export_bytes(context.repository, [conversation_id], "html")
        if EXPECTED.encode() not in page:
            raise SelfTestFailed("the HTML export lacks the reply")
        pdf = export_bytes(context.repository, [conversation_id], "pdf")
        if not pdf.startswith(b"%PDF") or len(pdf) < 1000:
            raise SelfTestFailed("the PDF export is empty")
    finally:
        context.close()
    QCoreApplication.processEvents()
    del app
