"""One writer per data folder: a lock file the OS releases even if the holder is killed."""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from llamadesk.errors import StorageError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note


class DataInUse(StorageError):
    """Another LlamaDesk holds the data folder."""


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "llamadesk.lock"
        self._lock = FileLock(self.path, timeout=0)
        self._held = False

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DataInUse(Note(QT_TRANSLATE_NOOP(
                "messages", "Another LlamaDesk is using the data in %1. Close it first, or "
                "choose another folder with --data-dir."), self.path.parent)) from None
        self._held = True
        # For people looking at the folder; the lock itself is the OS's, not this text.
        (self.path.parent / "llamadesk.pid").write_text(str(os.getpid()), encoding="ascii")

    def release(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()
            (self.path.parent / "llamadesk.pid").unlink(missing_ok=True)

    @property
    def held(self) -> bool:
        return self._held
