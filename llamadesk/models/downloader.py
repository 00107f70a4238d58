"""Resumable, verified downloads of model files.

huggingface_hub's own downloader deletes the partial file when a download
fails, so it only provides the URL, headers, endpoint and auth here, and the
bytes are streamed by this module (with urllib): kept in a ``.partial`` file across network
drops and app restarts, continued with an HTTP ``Range`` request, and hashed
while they arrive (the partial file is re-hashed once on resume). A file
enters the models folder, by an atomic rename, only when size and SHA-256
both match what the Hub published for it.
"""

from __future__ import annotations

import errno
import hashlib
import http.client
import logging
import os
import shutil
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from llamadesk.errors import Cancelled, DownloadError
from llamadesk.jsonfile import read_json, write_json
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.units import format_bytes

log = logging.getLogger(__name__)

CHUNK = 1 << 20
WRITEBACK_EVERY = 8 << 20
SYNC_EVERY = 256 << 20
# Headroom kept free on the disk beyond the file itself.
DISK_MARGIN = 64 * 1024 * 1024


@dataclass(frozen=True)
class DownloadTarget:
    url: str
    filename: str  # as on the Hub; validated before use
    size: int
    sha256: str
    headers: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class DownloadProgress:
    done: int
    total: int
    bytes_per_second: float
    # None until the speed is known.
    eta_seconds: float | None


def safe_filename(name: str) -> str:
    """The local file name for a Hub path; refuses traversal and absolute paths."""
    if not name or "\x00" in name or "\\" in name:
        raise DownloadError(Note(QT_TRANSLATE_NOOP(
            "messages", "Refusing the file name %1 from the Hub."), repr(name)))
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("", ".", "..") for part in path.parts) \
            or ":" in path.parts[0]:
        raise DownloadError(Note(QT_TRANSLATE_NOOP(
            "messages", "Refusing the file name %1 from the Hub: it points outside the models "
            "folder."), repr(name)))
    return path.name


def _free_space(folder: Path) -> int:
    return shutil.disk_usage(folder).free


class Downloader:
    """Fetches one file at a time into ``models_dir``; safe to resume at any point."""

    def __init__(self, models_dir: Path, *, free_space: Callable[[Path], int] = _free_space,
                 retries: int = 5, backoff: float = 0.5) -> None:
        self.models_dir = models_dir
        self.partial_dir = models_dir / ".partial"
        self._free_space = free_space
        self._retries = retries
        self._backoff = backoff

    def partial_path(self, target: DownloadTarget) -> Path:
        return self.partial_dir / (safe_filename(target.filename) + ".part")

    def fetch(self, target: DownloadTarget,
              progress: Callable[[DownloadProgress], None] = lambda _: None,
              cancel: threading.Event | None = None) -> Path:
        """Download (or finish downloading) ``target``; returns the verified file's path."""
        name = safe_filename(target.filename)
        final = self.models_dir / name
        cancel = cancel or threading.Event()
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        part = self.partial_path(target)
        self._forget_mismatched_partial(part, target)
        have = part.stat().st_size if part.exists() else 0
        if have > target.size:
            part.unlink()
            have = 0
        needed = target.size - have + DISK_MARGIN
        free = self._free_space(self.models_dir)
        if free < needed:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "Not enough free disk space for %1: it needs %2 more, and only %3 "
                "is free in %4."), name, format_bytes(needed), format_bytes(free),
                self.models_dir))

        digest = hashlib.sha256()
        if have:
            with part.open("rb") as handle:  # re-hash what an earlier attempt kept
                while block := handle.read(CHUNK):
                    digest.update(block)
        attempt = 0
        while have < target.size:
            if cancel.is_set():
                raise Cancelled("The download was paused; it resumes where it stopped.")
            try:
                have, digest = self._stream(target, part, have, digest, progress, cancel)
                attempt = 0
            except (_Retryable, urllib.error.URLError, http.client.HTTPException,
                    TimeoutError, ConnectionError) as error:
                attempt += 1
                if attempt > self._retries:
                    raise DownloadError(Note(QT_TRANSLATE_NOOP(
                        "messages", "The download of %1 kept failing (%2). What arrived is "
                        "kept: try again to resume."), name, error)) from None
                wait = self._backoff * 2 ** (attempt - 1)
                log.info("Download interrupted (%s); retry %d in %.1f s", error, attempt, wait)
                if cancel.wait(wait):
                    raise Cancelled("The download was paused; it resumes where it stopped.") \
                        from None
                have = part.stat().st_size if part.exists() else 0
        return self._install(target, part, final, digest.hexdigest())

    # -- internals -----------------------------------------------------------

    def _forget_mismatched_partial(self, part: Path, target: DownloadTarget) -> None:
        """A partial file from another version of the file is useless: start over."""
        meta = part.with_suffix(".json")
        wanted = {"sha256": target.sha256, "size": target.size}
        if read_json(meta, None) != wanted:
            part.unlink(missing_ok=True)
            write_json(meta, wanted)

    def _open(self, url: str, headers: dict[str, str]) -> http.client.HTTPResponse:
        request = urllib.request.Request(url)
        for key, value in headers.items():
            if key.lower() == "authorization":
                # Never forwarded on a redirect: the Hub sends file bytes from a CDN
                # host that must not see the user's token.
                request.add_unredirected_header(key, value)
            else:
                request.add_header(key, value)
        try:
            # The default opener honours HTTP(S)_PROXY / NO_PROXY and follows redirects.
            response: http.client.HTTPResponse = urllib.request.urlopen(request, timeout=30)
        except urllib.error.HTTPError as error:
            if error.code in (401, 403):
                raise DownloadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The Hub refused the download (%1): check your token and that "
                    "your account has access to this model."), error.code)) from None
            if error.code == 404:
                raise DownloadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The file is no longer on the Hub."))) from None
            if error.code == 416:
                raise _Retryable("range not satisfiable") from None
            if error.code >= 500 or error.code == 429:
                raise _Retryable(f"server answered {error.code}") from None
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "The Hub answered %1."), error.code)) from None
        return response

    def _stream(self, target: DownloadTarget, part: Path, have: int, digest: hashlib._Hash,
                progress: Callable[[DownloadProgress], None], cancel: threading.Event
                ) -> tuple[int, hashlib._Hash]:
        headers = dict(target.headers)
        if have:
            headers["Range"] = f"bytes={have}-"
        # urllib rather than the Hub's httpx session for the bytes themselves: its
        # C-level reads move a megabyte per call, about twice httpx's rate here.
        with self._open(target.url, headers) as response:
            if response.status == 200 and have:
                # The server ignored Range: start the file again.
                have, digest = 0, hashlib.sha256()
                part.write_bytes(b"")
            elif response.status == 206:
                start = int(response.headers.get("Content-Range", "bytes 0-").split()[1]
                            .split("-")[0])
                if start != have:
                    raise _Retryable(f"server resumed at {start}, not {have}")
            elif response.status != 200:
                raise DownloadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The Hub answered %1."), response.status))
            began, received = time.monotonic(), 0
            reported = began
            writer = _Writer(part, digest)
            try:
                # Whatever arrives is queued at once: a dropped connection loses nothing
                # that was received (http.client returns the short read first).
                while block := response.read(CHUNK):
                    writer.put(block)
                    have += len(block)
                    received += len(block)
                    now = time.monotonic()
                    # Ten reports a second are plenty for a progress bar.
                    if now - reported >= 0.1 or have >= target.size:
                        reported = now
                        speed = received / max(now - began, 1e-6)
                        eta = (target.size - have) / speed if speed > 0 else None
                        progress(DownloadProgress(have, target.size, speed, eta))
                    if cancel.is_set():
                        break
            except (http.client.HTTPException, OSError) as error:
                raise _Retryable(f"connection lost: {type(error).__name__}") from None
            finally:
                # Everything received reaches the file (and the hash) before we go on,
                # whether the stream ended, broke or was paused: resume relies on it.
                writer.close()
        return have, digest

    def _install(self, target: DownloadTarget, part: Path, final: Path, received: str) -> Path:
        size = part.stat().st_size
        if size != target.size or received != target.sha256:
            part.unlink(missing_ok=True)
            part.with_suffix(".json").unlink(missing_ok=True)
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 "
                "%3, received %4 bytes with SHA-256 %5. Download it again."), final.name,
                f"{target.size:,}", target.sha256, f"{size:,}", received))
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, final)  # atomic: the models folder never holds a partial file
        part.with_suffix(".json").unlink(missing_ok=True)
        return final


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to write these bytes out now, without waiting (Linux, BSD)."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def _sync_data(fd: int) -> None:
    (os.fdatasync if hasattr(os, "fdatasync") else os.fsync)(fd)


class _Retryable(Exception):
    pass


class _Writer:
    """Writes and hashes each block as it arrives, on the downloading thread.

    Writing to disk starts every WRITEBACK_EVERY bytes (without waiting) and is
    waited for every SYNC_EVERY bytes, so the final fsync between the last byte
    and "ready" stays short. Measured here, on two cores beside the local Hub:
    a writer thread plus an fsync every 64 MB reached 0.8 of curl's speed;
    writing inline with early writeback does better, as the threads no longer
    compete with the server for the CPU.
    """

    def __init__(self, part: Path, digest: hashlib._Hash) -> None:
        self._handle = part.open("ab")
        self._digest = digest
        self._unstarted = 0  # written, writeback not yet asked for
        self._unsynced = 0  # writeback asked for, not yet waited for

    def put(self, block: bytes) -> None:
        try:
            self._handle.write(block)
            self._digest.update(block)
            self._unstarted += len(block)
            if self._unstarted >= WRITEBACK_EVERY:
                self._handle.flush()
                _start_writeback(self._handle.fileno(), self._handle.tell() - self._unstarted,
                                 self._unstarted)
                self._unsynced += self._unstarted
                self._unstarted = 0
            if self._unsynced >= SYNC_EVERY:
                _sync_data(self._handle.fileno())
                self._unsynced = 0
        except OSError as error:
            raise self._mapped(error) from None

    def close(self) -> None:
        """Everything written reaches the disk (resume and "ready" rely on it)."""
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as error:
            raise self._mapped(error) from None
        finally:
            self._handle.close()

    @staticmethod
    def _mapped(error: BaseException) -> BaseException:
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "The disk filled up during the download. Free some space and try "
                "again: it resumes.")))
        return error
