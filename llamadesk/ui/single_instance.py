"""A second start on the same data folder brings the first window forward."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_MESSAGE = b"activate\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"llamadesk-{digest}"


def activate_running_instance(data_dir: Path, timeout_ms: int = 1500) -> bool:
    """Ask the LlamaDesk that holds ``data_dir`` to show its window; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_MESSAGE)
    # flush() may already have sent everything, and then there is nothing to wait for.
    sent = socket.flush() or socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for later starts. Signals: activation_requested()."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(data_dir)
        # A crashed predecessor can leave its socket file behind; we hold the lock,
        # so any server of this name is dead.
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            log.info("Listening for later starts as %s", name)
        else:
            log.warning("Single-instance server failed: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            log.info("Another start asked for this window")
            self.activation_requested.emit()
