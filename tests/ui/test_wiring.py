"""The composition root and the wiring: the window uses what it is given, and every
worker signal is connected in one place, with each side's code on its own thread."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaMethod, QObject, QTimer
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext
from llamadesk.chat import ChatService
from llamadesk.documents.retriever import DocumentRetriever, embedder_opener
from llamadesk.models.license import LicenseStore
from llamadesk.models.manager import ModelManager
from llamadesk.models.token_store import TokenStore
from llamadesk.settings import Settings
from llamadesk.ui.documents.indexing import IndexingThread
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.models.library import ModelLibrary
from llamadesk.ui.parts import WindowParts
from llamadesk.ui.pool.lending import PoolLending
from llamadesk.ui.server.control import ApiServerControl
from llamadesk.ui.tools.control import ToolsControl
from llamadesk.ui.wiring import wire_worker
from llamadesk.ui.worker import InferenceWorker, WorkerThread
from tests.helpers.memory_keyring import MemoryKeyring


def _signals(worker: InferenceWorker) -> list[QMetaMethod]:
    meta = worker.metaObject()
    methods = [meta.method(i) for i in range(meta.methodOffset(), meta.methodCount())]
    return [m for m in methods if m.methodType() == QMetaMethod.MethodType.Signal]


class _Recorder(QObject):
    """Both event protocols; notes whether each event ran on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, bool]] = []

    def _note(self, name: str) -> None:
        self.events.append((name, threading.current_thread() is threading.main_thread()))

    def on_load_started(self, _path: str) -> None:
        self._note("load_started")

    def on_load_progress(self, _fraction: float) -> None:
        self._note("load_progress")

    def on_load_cancelled(self) -> None:
        self._note("load_cancelled")

    def on_model_loaded(self, _info: object) -> None:
        self._note("model_loaded")

    def on_load_failed(self, _message: str) -> None:
        self._note("load_failed")

    def on_api_busy(self, _busy: bool) -> None:
        self._note("api_busy")

    def on_speculation_refused(self, _message: str) -> None:
        self._note("speculation_refused")

    def on_pool_worker_lost(self, _message: str, _path: str, _fits: bool) -> None:
        self._note("pool_worker_lost")

    def on_reply_started(self, _event: object) -> None:
        self._note("reply_started")

    def on_token(self, _reply_id: int, _piece: str) -> None:
        self._note("token")

    def on_reasoning(self, _reply_id: int, _piece: str) -> None:
        self._note("reasoning")

    def on_generation_finished(self, _record: object) -> None:
        self._note("generation_finished")

    def on_generation_failed(self, _message: str) -> None:
        self._note("generation_failed")

    def on_context_reported(self, _report: object) -> None:
        self._note("context_reported")


def test_every_worker_signal_is_wired_and_each_side_runs_on_its_thread(
        qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    workers = WorkerThread(ChatService(context.repository))
    worker = workers.worker
    signals = _signals(worker)
    assert len(signals) == 19
    assert not any(worker.isSignalConnected(signal) for signal in signals)
    recorder = _Recorder()
    wire_worker(worker, recorder, recorder)
    assert all(worker.isSignalConnected(signal) for signal in signals)

    # A request from the GUI thread runs on the worker's thread (a missing file
    # fails there); its events come back to the GUI thread.
    worker.load_requested.emit(str(tmp_path / "missing.gguf"), None, None)
    qtbot.waitUntil(lambda: len(recorder.events) == 2, timeout=10_000)
    assert recorder.events == [("load_started", True), ("load_failed", True)]
    workers.stop()
    assert not workers.thread.isRunning()  # shutdown_requested reached the worker


def test_the_window_uses_the_parts_it_is_given(
        qtbot: QtBot, context: AppContext, tiny_model: Path, tmp_path: Path) -> None:
    """No patching after construction: a model manager over another folder, with one
    model in it, and a keyring of the test's own."""
    manager = ModelManager(tmp_path / "other-models", LicenseStore(tmp_path / "licenses.json"),
                           hashes=context.hash_cache)
    installed = manager.import_file(tiny_model, copy=False)
    keyring = MemoryKeyring()
    settings = Settings(context.paths.settings_file)
    documents = DocumentRetriever(tmp_path / "other-documents.sqlite3",
                                  embedder_opener(tmp_path / "other-models"))
    chat = ChatService(context.repository, documents=documents)
    workers = WorkerThread(chat)
    indexing = IndexingThread(tmp_path / "other-documents.sqlite3", tmp_path / "other-models")
    parts = WindowParts(context=context, settings=settings, chat=chat,
                        library=ModelLibrary(manager, TokenStore(keyring)), workers=workers,
                        api_server=ApiServerControl(settings, workers.worker, manager,
                                                    context.repository),
                        indexing=indexing, documents=documents,
                        tools=ToolsControl(settings, tmp_path / "logs"),
                        pool=PoolLending(settings))
    window = MainWindow(parts, settings)
    qtbot.addWidget(window)
    assert window.parts is parts and window.library is parts.library
    assert window.models.worker is parts.workers.worker
    assert window.documents.worker is indexing.worker
    qtbot.waitUntil(lambda: (tmp_path / "other-documents.sqlite3").exists())
    picker = window.model_bar.picker
    assert installed.path in [picker.itemData(i) for i in range(picker.count())]
    window.library.tokens.set("hf_abcdefghijklmnopqrstuvwxyz")
    assert list(keyring.store.values()) == ["hf_abcdefghijklmnopqrstuvwxyz"]
    window.close()
    assert not indexing.thread.isRunning()
    parts.tools.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a per-thread nice value "
                    "is Linux's")
def test_the_inference_thread_yields_to_the_window(qtbot: QtBot, context: AppContext) -> None:
    """llama.cpp's threads (made from the inference thread) run at a lower priority,
    so the GUI thread preempts them on a machine whose every core they use."""
    from llamadesk.ui.worker import INFERENCE_NICE

    workers = WorkerThread(ChatService(context.repository))
    seen: list[int] = []
    try:
        QTimer.singleShot(0, workers.worker, lambda: seen.append(
            os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        qtbot.waitUntil(lambda: bool(seen))
        assert seen == [INFERENCE_NICE]
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == 0  # the GUI's
    finally:
        workers.stop()


def test_no_module_but_wiring_connects_the_workers_signals() -> None:
    """Read from the source: any `<x>.<worker signal>.connect(...)` outside
    ui/wiring.py is a connection made behind the wiring's back (the documents'
    hold while a reply streams was one, with a lambda that ran on the worker's
    thread)."""
    import ast

    import llamadesk

    meta = InferenceWorker.staticMetaObject
    names = {bytes(meta.method(i).name().data()).decode()
             for i in range(meta.methodOffset(), meta.methodCount())
             if meta.method(i).methodType() == QMetaMethod.MethodType.Signal}
    assert {"reply_started", "generation_finished", "load_requested"} <= names
    package = Path(llamadesk.__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        if path == package / "ui" / "wiring.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"connect", "disconnect"}
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr in names):
                found.append(f"{path.relative_to(package)}:{node.lineno} "
                             f"{node.func.value.attr}")
    assert found == []
