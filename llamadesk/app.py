"""Builds LlamaDesk's objects and hands each one what it needs (no global registry)."""

from __future__ import annotations

import faulthandler
import logging
from dataclasses import dataclass
from typing import IO

from llamadesk import __version__
from llamadesk.crash_report import open_fault_log
from llamadesk.engine.guard import EngineGuard
from llamadesk.errors import StorageError
from llamadesk.logs import RecentLines, setup_logging
from llamadesk.models.hashing import HashCache
from llamadesk.paths import AppPaths
from llamadesk.storage.database import Database
from llamadesk.storage.instance_lock import InstanceLock
from llamadesk.storage.repository import HistoryRepository

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    database: Database
    repository: HistoryRepository
    recent_log: RecentLines
    lock: InstanceLock | None
    hash_cache: HashCache
    # Probes the CPU before a model's first use, notes what the engine is doing.
    guard: EngineGuard
    # Python's faulthandler writes here if llama.cpp (or anything native) kills the
    # process: the next start summarises it (crash_report.py). None for readers.
    fault_file: IO[str] | None = None

    _closed: bool = False

    def close(self) -> None:
        """Empty the trash (undo ends when the app quits), release the data folder."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.lock is not None and self.lock.held:
                self.repository.purge_deleted()
        finally:
            self.database.close()
            if self.lock is not None:
                self.lock.release()
            if self.fault_file is not None:
                faulthandler.disable()
                self.fault_file.close()


def _settle_if_no_writer(paths: AppPaths, repository: HistoryRepository) -> None:
    """A reader that finds the data folder free knows that no reply is streaming: one
    still marked so was cut off by a crash, and is reported (and stored) as interrupted.
    The lock is held for those few milliseconds only."""
    probe = InstanceLock(paths.data_dir)
    try:
        probe.acquire()
    except (StorageError, OSError):
        return  # a writer is running (or the folder is read-only): leave it be
    try:
        repository.mark_interrupted_replies()
    except StorageError as error:
        log.info("Could not settle interrupted replies: %s", error)
    finally:
        probe.release()


def open_context(data_dir: str | None = None, *, writer: bool = True,
                 lock: InstanceLock | None = None) -> AppContext:
    """Resolve paths, start logging, open (and migrate) the history.

    A writer takes the data folder's lock first (raising DataInUse if another
    LlamaDesk has it), unless it hands in the one it holds; readers (list,
    search, export) never block anyone.
    """
    paths = AppPaths.resolve(data_dir).ensure()
    if writer and lock is None:
        # Before the log: a run refused here (another LlamaDesk has the folder) must
        # not write "starting" into the log that one is keeping.
        lock = InstanceLock(paths.data_dir)
        lock.acquire()
    recent = setup_logging(paths.log_file)
    log.info("LlamaDesk %s starting; data in %s", __version__, paths.data_dir)
    try:
        # Readers still work on a read-only folder (a backup disk, a locked-down
        # profile): the history opens read-only there.
        database = Database(paths.database, read_only_fallback=not writer)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    repository = HistoryRepository(database)
    if not writer and not database.read_only:
        _settle_if_no_writer(paths, repository)
    if writer:
        interrupted = repository.mark_interrupted_replies()
        if interrupted:
            log.warning("%d reply(ies) were cut off by the last exit; marked interrupted",
                        interrupted)
        # Trash left by a run that crashed before it could empty it.
        repository.purge_deleted()
    fault_file = None
    if writer:
        fault_file = open_fault_log(paths.fault_log)
        if fault_file is not None:
            faulthandler.enable(fault_file)
    return AppContext(paths, database, repository, recent, lock, HashCache(paths.hash_cache),
                      EngineGuard.for_paths(paths), fault_file)
