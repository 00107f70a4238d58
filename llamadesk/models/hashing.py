"""SHA-256 of model files, remembered so that a multi-GB file is hashed once.

The cache is keyed by path, size and modification time: a file replaced in
place is hashed again. Downloads record the Hub's hash here directly.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from llamadesk.jsonfile import read_json, write_json

log = logging.getLogger(__name__)

_CHUNK = 4 * 1024 * 1024


def sha256_file(path: Path, should_stop: Callable[[], bool] = lambda: False,
                progress: Callable[[int, int], None] = lambda done, total: None) -> str | None:
    """The file's SHA-256 as hex; None if ``should_stop`` said so midway."""
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            progress(done, total)
            if should_stop():
                return None
    return digest.hexdigest()


class HashCache:
    """A small JSON file mapping (path, size, mtime) to SHA-256."""

    def __init__(self, file: Path) -> None:
        self._file = file
        self._lock = threading.Lock()

    @staticmethod
    def _key(path: Path) -> str:
        stat = path.stat()
        return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"

    def _read(self) -> dict[str, str]:
        data = read_json(self._file, {})
        return data if isinstance(data, dict) else {}

    def get(self, path: Path) -> str | None:
        with self._lock:
            return self._read().get(self._key(path))

    def put(self, path: Path, sha256: str) -> None:
        with self._lock:
            data = self._read()
            data[self._key(path)] = sha256
            try:
                write_json(self._file, data)
            except OSError as error:  # a cache: failing to save it costs only time
                log.warning("Could not save the model hash cache: %s", error)

    def put_missing(self, known: list[tuple[Path, str]]) -> None:
        """Record hashes for the paths the cache does not know yet: one read, at most
        one write, however many there are (start-up seeds it from the registry)."""
        with self._lock:
            data = self._read()
            added = False
            for path, sha256 in known:
                try:
                    key = self._key(path)
                except OSError:
                    continue
                if key not in data:
                    data[key] = sha256
                    added = True
            if not added:
                return
            try:
                write_json(self._file, data)
            except OSError as error:
                log.warning("Could not save the model hash cache: %s", error)

    def sha256(self, path: Path) -> str:
        known = self.get(path)
        if known is None:
            known = sha256_file(path)
            assert known is not None
            self.put(path, known)
        return known
