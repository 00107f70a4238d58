"""The local API server inside the window: on and off as Settings › API server say.

It answers on the inference worker's thread with the model the window loaded
(ui/server/bridge.py); uvicorn runs its event loop on a thread of its own.
Starlette and uvicorn are imported only when the server is turned on.
"""

from __future__ import annotations

import logging
import socket
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from llamadesk.server.api_key import ApiKeyStore

if TYPE_CHECKING:
    from llamadesk.models.manager import ModelManager
    from llamadesk.settings import Settings
    from llamadesk.storage.repository import HistoryRepository
    from llamadesk.ui.server.bridge import WorkerEngine
    from llamadesk.ui.worker import InferenceWorker

log = logging.getLogger(__name__)


class ApiServerControl(QObject):
    """Signals: status_changed(str): what to tell the user about the server."""

    status_changed = Signal(str)

    def __init__(self, settings: Settings, worker: InferenceWorker, manager: ModelManager,
                 repository: HistoryRepository, keys: ApiKeyStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings, self.worker, self.manager = settings, worker, manager
        self.repository = repository
        self.keys = keys or ApiKeyStore()
        self._running: tuple[Any, threading.Thread, WorkerEngine] | None = None
        self._config: tuple[object, ...] | None = None
        self.status = self.tr("Off")
        self.url: str | None = None

    @property
    def running(self) -> bool:
        return self._running is not None

    def apply(self) -> None:
        """Start, stop or restart to match the settings (a changed port, origins...)."""
        settings = self.settings
        wanted = (settings["api_host"], settings["api_port"],
                  tuple(settings["api_cors_origins"]), settings["api_keep_history"]
                  ) if settings["api_server"] else None
        if wanted == self._config and (wanted is None) == (self._running is None):
            return
        self.stop()
        if wanted is not None:
            self._start(*wanted)

    def _start(self, host: str, port: int, origins: tuple[str, ...], keep: bool) -> None:
        import uvicorn

        from llamadesk.server.connections import raise_open_file_limit, uvicorn_limits
        from llamadesk.server.openai_api import OpenAiApi, ServerConfig, create_app
        from llamadesk.ui.server.bridge import WorkerEngine

        try:
            key = self.keys.get()
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((host, port))
            # Listening now: a client that comes before uvicorn's loop has started
            # waits in the backlog instead of being refused.
            listener.listen(128)
        except OSError as error:
            self._say(self.tr("Not started: port %1 cannot be used (%2).").replace(
                "%1", str(port)).replace("%2", error.strerror or str(error)))
            return
        except Exception as error:  # noqa: BLE001 - the keyring: said, never fatal
            self._say(self.tr("Not started: %1").replace("%1", str(error)))
            return
        engine = WorkerEngine(self.worker)
        config = ServerConfig(api_key=key, host=host, port=port, cors_origins=origins,
                              load_on_request=False)
        from llamadesk.server.history import ApiHistory

        api = OpenAiApi(engine, self.manager, self.settings.default_sampling, config,
                        history=ApiHistory(self.repository) if keep else None)
        raise_open_file_limit()
        server = uvicorn.Server(uvicorn.Config(
            create_app(api), log_level="warning", access_log=False, lifespan="off",
            timeout_graceful_shutdown=2, **uvicorn_limits()))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]},
                                  name="api-server", daemon=True)
        thread.start()
        self._running = (server, thread, engine)
        self._config = (host, port, origins, keep)
        self.url = f"http://{'127.0.0.1' if host == '127.0.0.1' else host}:{port}/v1"
        self._say(self.tr("On at %1").replace("%1", self.url))
        log.info("API server on %s:%d", host, port)

    def stop(self) -> None:
        """Close the port; requests still waiting are refused, a running one is cut off."""
        running, self._running = self._running, None
        self._config = None
        if running is None:
            return
        server, thread, engine = running
        engine.detach()
        server.should_exit = True
        thread.join(10)
        if thread.is_alive():
            log.error("The API server did not stop in 10 s")
        self.url = None
        self._say(self.tr("Off"))
        log.info("API server off")

    def _say(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)
