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
from llamadesk.models.file_sink import FileSink
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.units import format_bytes

log = logging.getLogger(__name__)

CHUNK = 4 << 20
FILL_SECONDS = 0.1
SLICE = 256 << 10
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
        self._settling: list[threading.Thread] = []

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

        partial = _Partial(part, have, hashlib.sha256())
        if have:
            with part.open("rb") as handle:  # re-hash what an earlier attempt kept
                while block := handle.read(CHUNK):
                    partial.digest.update(block)
        attempt = 0
        while partial.size < target.size:
            if cancel.is_set():
                raise Cancelled("The download was paused; it resumes where it stopped.")
            before = partial.size
            try:
                self._stream(target, partial, progress, cancel)
            except (_Retryable, urllib.error.URLError, http.client.HTTPException,
                    TimeoutError, ConnectionError) as error:
                # Only failures in a row count: a flaky line that still moves data
                # is followed for as long as it makes progress.
                attempt = 1 if partial.size > before else attempt + 1
                if attempt > self._retries:
                    raise DownloadError(Note(QT_TRANSLATE_NOOP(
                        "messages", "The download of %1 kept failing (%2). What arrived is "
                        "kept: try again to resume."), name, error)) from None
                wait = self._backoff * 2 ** (attempt - 1)
                log.info("Download interrupted (%s); retry %d in %.1f s", error, attempt, wait)
                if cancel.wait(wait):
                    raise Cancelled("The download was paused; it resumes where it stopped.") \
                        from None
        return self._install(target, part, final, partial.digest.hexdigest())

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

    def _stream(self, target: DownloadTarget, partial: _Partial,
                progress: Callable[[DownloadProgress], None], cancel: threading.Event
                ) -> None:
        headers = dict(target.headers)
        if partial.size:
            headers["Range"] = f"bytes={partial.size}-"
        # urllib rather than the Hub's httpx session for the bytes themselves: its
        # C-level reads move a megabyte per call, about twice httpx's rate here.
        with self._open(target.url, headers) as response:
            if response.status == 200 and partial.size:
                # The server ignored Range: start the file again.
                partial.path.write_bytes(b"")
                partial.size, partial.digest = 0, hashlib.sha256()
            elif response.status == 206:
                start = int(response.headers.get("Content-Range", "bytes 0-").split()[1]
                            .split("-")[0])
                if start != partial.size:
                    raise _Retryable(f"server resumed at {start}, not {partial.size}")
            elif response.status != 200:
                raise DownloadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The Hub answered %1."), response.status))
            began, received = time.monotonic(), 0
            reported = began
            sink = FileSink(partial.path, partial.digest)
            try:
                while True:
                    view = sink.buffer()
                    filled, lost = _fill(response, view)
                    # Whatever arrived is kept, even when the connection broke
                    # midway through the buffer: resume starts after it.
                    sink.commit(filled)
                    partial.size += filled
                    received += filled
                    now = time.monotonic()
                    # Ten reports a second are plenty for a progress bar.
                    if filled and (now - reported >= 0.1 or partial.size >= target.size):
                        reported = now
                        speed = received / max(now - began, 1e-6)
                        eta = (target.size - partial.size) / speed if speed > 0 else None
                        progress(DownloadProgress(partial.size, target.size, speed, eta))
                    if lost is not None:
                        raise _Retryable(f"connection lost: {type(lost).__name__}")
                    if not filled or cancel.is_set():
                        break
            finally:
                # Everything received reaches the file (and the hash) before we go on,
                # whether the stream ended, broke or was paused: resume relies on it.
                sink.close()
            if partial.size < target.size and not cancel.is_set():
                raise _Retryable("the server closed the connection early")

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
        settling = threading.Thread(target=_settle, args=(final,), name="download-settle",
                                    daemon=True)
        settling.start()
        self._settling.append(settling)
        return final

    def wait_until_settled(self) -> None:
        """Wait for the disk-cache flushes of the files installed so far (see _settle):
        for a command line that exits at once, not for the window."""
        while self._settling:
            self._settling.pop().join()


def _settle(path: Path) -> None:
    """Ask the disk to empty its own cache for ``path`` and commit its new name.

    Not waited for: the bytes reached the device as they were written (see
    file_sink), and the journal commits the file's size and name within
    seconds anyway. Waiting here took 1.4-1.8 s per gigabyte on a VM, whose
    disk cache is the host's memory, and would make every download that
    much later to use; a power cut inside that window is the only case it
    covers, and "Verify" in the model library finds the damage if it came.
    """
    try:
        handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
        if os.name == "posix":  # a folder cannot be opened for fsync on Windows
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as error:
        log.warning("Could not flush %s to the disk: %s", path.name, error)


def _fill(response: http.client.HTTPResponse, view: memoryview
          ) -> tuple[int, BaseException | None]:
    """Receive into ``view`` until it is full, the body ends or FILL_SECONDS pass.

    The time limit keeps a slow connection's bytes flowing to the file (and to
    the progress bar) instead of waiting for a whole buffer; at full speed a
    buffer fills well within it. Returns the count and what broke, if anything.
    """
    filled = 0
    deadline = time.monotonic() + FILL_SECONDS
    try:
        while filled < len(view):
            # readinto waits until its slice is full, so slices keep the deadline
            # (and pause) prompt on a slow connection.
            count = response.readinto(view[filled:filled + SLICE])
            if not count:
                break
            filled += count
            if time.monotonic() > deadline:
                break
    except (http.client.HTTPException, OSError) as error:
        return filled, error
    return filled, None


@dataclass
class _Partial:
    """The ``.part`` file, its length and the hash of exactly those bytes."""

    path: Path
    size: int
    digest: hashlib._Hash


class _Retryable(Exception):
    pass
