"""One writer per data folder: a lock file the OS releases even if the holder is killed.

The OS's own advisory locks (flock on POSIX, a byte-range lock on Windows),
taken without waiting. Written out here rather than through the filelock
package, whose import (it brings asyncio) cost 40 ms of the window's start.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from llamadesk.errors import StorageError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note


class DataInUse(StorageError):
    """Another LlamaDesk holds the data folder."""


class DataFolderNotWritable(StorageError):
    """The data folder cannot take the lock file: read-only, or not ours."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "llamadesk.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:  # a read-only folder or disk, no permission
            raise DataFolderNotWritable(Note(QT_TRANSLATE_NOOP(
                "messages", "LlamaDesk cannot write to its data folder %1 (%2). Reading "
                "commands (list, search, export) still work; for anything else, make the "
                "folder writable or choose another with --data-dir."),
                self.path.parent, error.strerror or error)) from None
        if not _try_lock(fd):
            os.close(fd)
            raise DataInUse(Note(QT_TRANSLATE_NOOP(
                "messages", "Another LlamaDesk is using the data in %1. Close it first, or "
                "choose another folder with --data-dir."), self.path.parent))
        self._fd = fd
        # For people looking at the folder; the lock itself is the OS's, not this text,
        # so a full disk that cannot take these few bytes changes nothing.
        # Written aside and renamed: whoever reads it sees the number or no file, never
        # an empty one (a test read it between the open and the write).
        pid_file = self.path.parent / "llamadesk.pid"
        written = pid_file.with_name(f".llamadesk.pid.{os.getpid()}")
        with contextlib.suppress(OSError):
            written.write_text(str(os.getpid()), encoding="ascii")
            os.replace(written, pid_file)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                (self.path.parent / "llamadesk.pid").unlink(missing_ok=True)
            os.close(self._fd)  # closing the descriptor releases the OS lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
