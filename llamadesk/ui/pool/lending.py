"""Lending this computer from the window: `llamadesk pool serve` as a child process,
started and stopped as Settings › Pool say.

A child, not a thread: llama.cpp's RPC server cannot be stopped once started (its
call blocks for the life of the process), and the memory it lends is then freed
with the process. The pairing code comes from the keyring, as for `pool serve`,
and reaches the child in its environment only (LLAMADESK_POOL_CODE); what the child
prints (listening, who is connected) becomes the status line.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from llamadesk.pool.codes import WORKER_CODE_ENV, PoolCodes

if TYPE_CHECKING:
    from llamadesk.settings import Settings

log = logging.getLogger(__name__)


def serve_command(host: str, port: int, memory_gb: float) -> list[str]:
    """This same program, frozen (PyInstaller) or not, serving a pool."""
    own = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m",
                                                                     "llamadesk"]
    lend = ["--memory", f"{memory_gb:g}"] if memory_gb > 0 else []
    return [*own, "pool", "serve", "--host", host, "--port", str(port), *lend]


class PoolLending(QObject):
    """Signals: status_changed(str): what to tell the user about lending."""

    status_changed = Signal(str)

    def __init__(self, settings: Settings, codes: PoolCodes | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.codes = codes or PoolCodes()
        self._process: QProcess | None = None
        self._config: tuple[str, int, float] | None = None
        self._error = ""
        # Without a keyring: the code made for this window, kept until another is asked.
        self._run_code: str | None = None
        self.peers: list[str] = []
        self.listening = False
        self.status = self.tr("Off")

    @property
    def running(self) -> bool:
        return self._process is not None

    def code(self) -> tuple[str, bool]:
        """This computer's pairing code, and whether it is kept (False: no keyring, so a
        new one each time LlamaDesk starts lending)."""
        if self._run_code is not None:
            return self._run_code, False
        return self._keep(*self.codes.worker_code())

    def new_code(self) -> str:
        """Another code: computers paired with the old one must be paired again."""
        code, _ = self._keep(*self.codes.worker_code(new=True))
        self._config = None  # the child has the old one: start it again
        self.apply()
        return code

    def _keep(self, code: str, source: str) -> tuple[str, bool]:
        self._run_code = code if source == "run" else None
        return code, source != "run"

    def apply(self) -> None:
        """Start, stop or restart to match the settings."""
        settings = self.settings
        wanted = (settings["pool_lend_host"], settings["pool_lend_port"],
                  float(settings["pool_lend_memory"])) if settings["pool_lend"] else None
        if wanted == self._config and (wanted is None) == (self._process is None):
            return
        self.stop()
        self._config = wanted
        if wanted is not None:
            self._start(*wanted)

    def _start(self, host: str, port: int, memory_gb: float) -> None:
        code, _ = self.code()
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(WORKER_CODE_ENV, code)
        process.setProcessEnvironment(environment)
        # Its status lines on standard output, its errors (and llama.cpp's) on the other.
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.readyReadStandardError.connect(lambda: self._read_errors(process))
        process.finished.connect(lambda *_: self._ended(process))
        process.errorOccurred.connect(lambda _: self._ended(process))
        command = serve_command(host, port, memory_gb)
        self._error, self.peers, self.listening = "", [], False
        self._process = process
        self._set_status(self.tr("Starting…"))
        process.start(command[0], command[1:])

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.waitForFinished(3000)  # killed: gone at once
            process.deleteLater()
        self.peers, self.listening = [], False
        self._set_status(self.tr("Off"))

    def _read(self, process: QProcess) -> None:
        # Whole lines only: a read may end in the middle of one.
        while process.canReadLine():
            line = bytes(process.readLine().data()).decode("utf-8", "replace").rstrip()
            if line.startswith("Lending this computer"):
                self.listening = True
            elif line.startswith("Connected: "):
                named = line.removeprefix("Connected: ")
                self.peers = [] if named == "nobody" else named.split(", ")
        self._show()

    def _read_errors(self, process: QProcess) -> None:
        text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.startswith("llamadesk: "):  # a sentence for the user, as it failed
                self._error = line.removeprefix("llamadesk: error: ").removeprefix(
                    "llamadesk: ")
                log.warning("Pool lending: %s", self._error)

    def _show(self) -> None:
        if not self.listening:
            return
        host, port, memory = self._config or ("", 0, 0.0)
        lent = (self.tr("%1 GB of memory").replace("%1", f"{memory:g}") if memory
                else self.tr("its free memory"))
        connected = ", ".join(self.peers) if self.peers else self.tr("nobody yet")
        self._set_status(self.tr("Lending this computer (%1) on port %2. Connected: %3.")
                         .replace("%1", lent).replace("%2", str(port))
                         .replace("%3", connected))

    def _ended(self, process: QProcess) -> None:
        if process is not self._process:
            return  # stopped on purpose
        self._process = None
        self.peers, self.listening = [], False
        why = self._error or self.tr("it stopped unexpectedly")
        self._set_status(self.tr("Not lending: %1").replace("%1", why))

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)

