"""The API server inside the window: the window's model and worker thread, the window's
messages first, the busy sign on the model bar, and a clean stop."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.server.api_key import ApiKeyStore
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.api_server import free_port
from tests.helpers.memory_keyring import MemoryKeyring

HELLO = [{"role": "user", "content": "Hi there"}]


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, chatty_model: Path) -> Iterator[MainWindow]:
    context: AppContext = open_context(str(data_dir))
    win = build_main_window(context, str(chatty_model),
                            api_keys=ApiKeyStore(MemoryKeyring()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.models.model is not None, timeout=30_000)
    yield win
    win.close()
    context.close()


def _stream(port: int, key: str, max_tokens: int | None, log: list[tuple[str, float]],
            name: str) -> None:
    """A streamed request; notes when its first piece came and when it ended."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("POST", "/v1/chat/completions", body=json.dumps(
        {"messages": HELLO, "stream": True, "max_tokens": max_tokens}),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    response = connection.getresponse()
    assert response.status == 200
    first = True
    assert response.fp is not None
    for line in response.fp:
        if line.strip() == b"data: [DONE]":
            break
        if first and line.startswith(b"data: ") and any(
                choice["delta"].get("content")
                for choice in json.loads(line[6:])["choices"]):
            log.append((name + " first", time.monotonic()))  # its first piece of text
            first = False
    log.append((name + " done", time.monotonic()))
    connection.close()


def test_the_api_shares_the_window_model_and_lets_the_window_go_first(
        window: MainWindow, qtbot: QtBot) -> None:
    port = free_port()
    window.settings.update(api_server=True, api_port=port)
    window.apply_settings()
    control = window.parts.api_server
    assert control.running and str(port) in control.status
    key = control.keys.get()

    log: list[tuple[str, float]] = []
    started: list[float] = []
    window.parts.workers.worker.reply_started.connect(lambda _e: started.append(time.monotonic()))
    # The chatty model never stops: the first request runs until the context is full.
    first = threading.Thread(target=_stream, args=(port, key, None, log, "api 1"))
    first.start()
    qtbot.waitUntil(lambda: any(name == "api 1 first" for name, _ in log), timeout=30_000)
    qtbot.waitUntil(lambda: not window.model_bar.api_busy.isHidden(), timeout=5_000)
    second = threading.Thread(target=_stream, args=(port, key, 50, log, "api 2"))
    second.start()
    running = control._running
    assert running is not None
    qtbot.waitUntil(lambda: running[2].jobs.waiting == 1, timeout=10_000)  # queued
    assert "api 1 done" not in dict(log)  # still answering the first
    window.chat.send_message("And from the window?")
    qtbot.waitUntil(lambda: not window.chat.is_generating and bool(started), timeout=60_000)
    first.join(60)
    second.join(60)
    times = dict(log)
    # The window waited for the request that had the model, then went before the
    # request that was waiting.
    assert times["api 1 done"] <= started[0] + 0.05
    assert started[0] < times["api 2 first"]
    qtbot.waitUntil(lambda: window.model_bar.api_busy.isHidden(), timeout=5_000)

    window.settings.update(api_server=False)
    window.apply_settings()
    assert not control.running and control.status == "Off"
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_the_server_is_off_by_default_and_listens_on_this_computer_only(
        window: MainWindow) -> None:
    import psutil

    control = window.parts.api_server
    assert not control.running
    port = free_port()
    window.settings.update(api_server=True, api_port=port)
    window.apply_settings()
    listening = [c for c in psutil.Process().net_connections("inet")
                 if c.status == psutil.CONN_LISTEN and c.laddr.port == port]
    assert [c.laddr.ip for c in listening] == ["127.0.0.1"]
    window.close()
    assert not control.running


def test_kept_api_chats_appear_in_the_sidebar_marked_as_the_apis(
        window: MainWindow, qtbot: QtBot) -> None:
    port = free_port()
    window.settings.update(api_server=True, api_port=port, api_keep_history=True)
    window.apply_settings()
    key = window.parts.api_server.keys.get()
    log: list[tuple[str, float]] = []
    _stream(port, key, 5, log, "kept")
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.conversation_titles() == ["Hi there"], timeout=10_000)
    from llamadesk.ui.chat.titles import edited_title

    item = next(sidebar.list.item(i) for i in range(sidebar.list.count())
                if edited_title(sidebar.list.item(i).text()) == "Hi there")
    assert item.font().italic() and "local API" in item.toolTip()
    [summary] = window.repository.list_conversations()
    assert summary.source == "api" and summary.message_count == 2


def test_settings_say_when_the_key_lasts_only_this_run(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring (a headless machine): the page says the key lasts until LlamaDesk
    quits; with one, it says nothing."""
    from keyring.backends.fail import Keyring as NoKeyring

    from llamadesk.chat import ChatService
    from llamadesk.models.license import LicenseStore
    from llamadesk.models.manager import ModelManager
    from llamadesk.settings import Settings
    from llamadesk.ui.server.control import ApiServerControl
    from llamadesk.ui.server.settings_page import ApiServerPage
    from llamadesk.ui.worker import WorkerThread

    monkeypatch.delenv("LLAMADESK_API_KEY", raising=False)
    settings = Settings(context.paths.settings_file)
    manager = ModelManager(context.paths.models_dir,
                           LicenseStore(context.paths.config_dir / "licenses.json"))
    workers = WorkerThread(ChatService(context.repository))
    try:
        for backend, said in ((NoKeyring(), True), (MemoryKeyring(), False)):
            control = ApiServerControl(settings, workers.worker, manager, context.repository,
                                       ApiKeyStore(backend))
            page = ApiServerPage(settings, control)
            qtbot.addWidget(page)
            page.show()
            assert page.key.text()
            assert page.key_note.isVisible() is said
    finally:
        workers.stop()
