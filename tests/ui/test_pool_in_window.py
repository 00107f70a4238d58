"""The pool in the real window, offscreen: Settings › Pool pairs computers (codes to
the keyring only) and lends this one through a `pool serve` child; a model loaded
across a real worker process, and the worker killed while a reply streams: the
window keeps running, the reply is kept as interrupted, and loading the model on
this computer alone is offered and works."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.pool.codes import PoolCodes
from llamadesk.pool.gate import LoopThread, WorkerLink
from llamadesk.pool.handshake import pairing_key
from llamadesk.pool.rpc import RPC_VERSION
from llamadesk.pool.worker import free_local_port
from llamadesk.settings import Settings
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.settings.dialog import SettingsDialog
from tests.helpers.memory_keyring import MemoryKeyring
from tests.pool.test_pool_end_to_end import CODE, Worker


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, AppContext]]:
    context = open_context(str(data_dir))
    built = build_main_window(context)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built, context
    built.close()
    context.close()


def _settings_dialog(main: MainWindow) -> SettingsDialog:
    main.show_settings()
    dialog = main.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.pool_page is not None
    return dialog


def _pooled_window(qtbot: QtBot, data_dir: Path, model: Path, address: str,
                   monkeypatch: pytest.MonkeyPatch, **settings_: Any
                   ) -> tuple[MainWindow, AppContext]:
    """A window whose loads spread over the worker at ``address``, opening ``model``."""
    # The code as a run without a keyring gives it (pool/codes.py).
    monkeypatch.setenv("LLAMADESK_POOL", f"{address}={CODE}")
    context = open_context(str(data_dir))
    settings = Settings(context.paths.settings_file)
    settings.update(pool_workers=[address], pool_use=True, **settings_)
    settings.save()
    main = build_main_window(context, str(model), settings)
    qtbot.addWidget(main)
    return main, context


def test_the_pool_page_pairs_computers_and_lends_this_one(
        qtbot: QtBot, window: tuple[MainWindow, AppContext], data_dir: Path) -> None:
    main, _ = window
    keyring = MemoryKeyring()
    main.parts.pool.codes = PoolCodes(keyring)
    dialog = _settings_dialog(main)
    page = dialog.pool_page
    assert page is not None and page.isEnabled()  # the engine build has RPC
    dialog.tabs.setCurrentWidget(page)

    # Adding: a bad address and a bad code are said; nothing is kept.
    page.address.setText("somewhere")
    page.new_code.setText(CODE)
    page.add_worker()
    assert "somewhere is not a worker address" in page.add_error.text()
    page.address.setText("127.0.0.1:50999")
    page.new_code.setText("not-a-code")
    page.add_worker()
    assert "That is not a pairing code" in page.add_error.text()
    assert page.workers.count() == 0
    assert PoolCodes(keyring).code_for("127.0.0.1:50999") is None
    # Seen, the page made this computer's own code (kept, shown masked).
    assert list(keyring.store) == [("llamadesk", "pool-worker-code")]
    assert page.code.text() == keyring.store[("llamadesk", "pool-worker-code")]
    page.new_code.setText(CODE.lower())
    page.add_worker()
    assert page.add_error.isHidden() and page.workers.count() == 1
    assert PoolCodes(keyring).code_for("127.0.0.1:50999") == CODE.replace("-", "")

    # Lending, on a free port of this computer only.
    port = free_local_port()
    page.use.setChecked(True)
    page.lend.setChecked(True)
    page.host.setCurrentIndex(page.host.findData("127.0.0.1"))
    page.port.setValue(port)
    page.memory.setValue(0.5)
    dialog.accept()
    kept = Settings(main.parts.context.paths.settings_file)
    assert kept["pool_workers"] == ["127.0.0.1:50999"] and kept["pool_use"]
    assert kept["pool_lend"] and kept["pool_lend_port"] == port
    lending = main.parts.pool
    qtbot.waitUntil(lambda: "Connected: nobody yet." in lending.status, timeout=60_000)
    assert f"Lending this computer (0.5 GB of memory) on port {port}." in lending.status
    own, _ = lending.code()

    # Another computer pairs with the code shown: said in the status line.
    loop = LoopThread()
    link = WorkerLink("127.0.0.1", port, pairing_key(own), RPC_VERSION)
    _, writer = loop.run(link.connect())
    assert link.lent == 512 << 20  # what the child lends, as the page set it
    qtbot.waitUntil(lambda: "Connected: 127.0.0.1." in lending.status, timeout=10_000)
    loop.call(writer.close)
    qtbot.waitUntil(lambda: "Connected: nobody yet." in lending.status, timeout=10_000)

    # No code anywhere in the data folder (settings, logs, history).
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert CODE.encode() not in data and own.encode() not in data, path

    # Removing the computer forgets its code; lending off ends the child.
    dialog = _settings_dialog(main)
    page = dialog.pool_page
    assert page is not None and page.code.echoMode() == page.code.EchoMode.Password
    page.workers.setCurrentRow(0)
    page.remove_selected()
    page.lend.setChecked(False)
    dialog.accept()
    assert PoolCodes(keyring).code_for("127.0.0.1:50999") is None
    assert lending.status == "Off" and not lending.running
    with pytest.raises(Exception):  # noqa: B017, PT011 - nothing listens there any more
        loop.run(link.connect())

    # A port another program holds: said, in the helper's own words.
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        main.settings.update(pool_lend=True, pool_lend_port=busy)
        lending.apply()
        qtbot.waitUntil(lambda: lending.status.startswith("Not lending: "), timeout=60_000)
    assert f"cannot listen on 127.0.0.1:{busy}" in lending.status, lending.status
    assert not lending.running


def test_a_worker_that_vanishes_mid_reply_leaves_the_window_running(
        qtbot: QtBot, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = write_tiny_llama(tmp_path / "chatty-layers.gguf", chatty=True, n_layer=4,
                             context_length=4096, min_embd=512)
    worker = Worker(tmp_path, free_local_port())
    address = f"127.0.0.1:{worker.port}"
    main, context = _pooled_window(qtbot, data_dir, model, address, monkeypatch,
                                   plain_max_tokens=4000)
    try:
        main.show()
        qtbot.waitUntil(lambda: main.models.model is not None, timeout=60_000)
        assert main.models.model is not None
        assert main.models.model.backend == "CPU + 1 machine"
        assert any(f"3 of 5 layers run on {address}" in str(note)
                   for note in main.models.model.notes)
        # Counted as the note counts them: the output layer is one.
        assert main.model_bar.backend.text() == "CPU + 1 machine · 3 of 5 layers"
        main.chat.send_message("Talk")
        qtbot.waitUntil(lambda: len(main.chat_view.toPlainText()) > 300, timeout=60_000)
        worker.stop()
        qtbot.waitUntil(lambda: main.models.pool_question is not None, timeout=60_000)
        box = main.models.pool_question
        assert box is not None and box.isVisible()
        assert f"The pool worker {address} stopped answering" in box.text()
        assert box.windowTitle() == "A pool computer cannot be used"
        assert "fits on this computer alone" in box.informativeText()
        assert not main.chat.is_generating and main.models.model is None
        # Only the question: no second error box for the same event.
        assert [b for b in main.findChildren(QMessageBox) if b.isVisible()] == [box]
        conversation = main.chat.browser.conversation_id
        assert conversation is not None
        reply = context.repository.all_messages(conversation)[-1]
        assert reply.finish_reason == "interrupted" and len(reply.content) > 200
        # Shown as stored: interrupted, with Continue.
        qtbot.waitUntil(lambda: "interrupted: cut off before it ended" in
                        main.chat_view.toPlainText(), timeout=10_000)
        qtbot.waitUntil(lambda: ("continue", "Continue") in
                        main.chat_view.action_names(reply.id), timeout=10_000)
        [here] = [b for b in box.buttons() if b.text() == "Load here"]
        here.click()
        qtbot.waitUntil(lambda: main.models.model is not None, timeout=60_000)
        assert main.models.model is not None and main.models.model.backend == "CPU"
        # Carried on here, on this computer alone, from where the pool left it.
        main.chat.continue_reply()
        qtbot.waitUntil(lambda: not main.chat.is_generating, timeout=60_000)
        carried = context.repository.all_messages(conversation)[-1]
        assert carried.id == reply.id and carried.content.startswith(reply.content)
        assert len(carried.content) > len(reply.content)
        # The setting stays: the next load pairs again, once the computer is back.
        assert json.loads(context.paths.settings_file.read_text())["pool_use"] is True
    finally:
        main.close()
        context.close()
        worker.stop()


def test_a_pool_computer_that_cannot_be_reached_at_load_offers_this_one(
        qtbot: QtBot, data_dir: Path, tiny_model: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With "Spread models" on and a helper switched off, a load is not simply
    refused: the window names the helper and offers to load the model here alone."""
    address = f"127.0.0.1:{free_local_port()}"  # nothing listens there
    main, context = _pooled_window(qtbot, data_dir, tiny_model, address, monkeypatch)
    try:
        main.show()
        qtbot.waitUntil(lambda: main.models.pool_question is not None, timeout=60_000)
        box = main.models.pool_question
        assert box is not None and box.isVisible()
        assert f"The pool worker {address} cannot be reached" in box.text()
        assert main.models.model is None and not main.models.loading
        # Only the question: no "could not be loaded" box beside it.
        assert [b for b in main.findChildren(QMessageBox) if b.isVisible()] == [box]
        [here] = [b for b in box.buttons() if b.text() == "Load here"]
        here.click()
        qtbot.waitUntil(lambda: main.models.model is not None, timeout=60_000)
        assert main.models.model is not None and main.models.model.backend == "CPU"
    finally:
        main.close()
        context.close()
