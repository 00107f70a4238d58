"""Builds LlamaDesk's objects and hands each one what it needs (no global registry)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from llamadesk import __version__
from llamadesk.logs import RecentLines, setup_logging
from llamadesk.paths import AppPaths
from llamadesk.storage.database import Database
from llamadesk.storage.repository import HistoryRepository

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    database: Database
    repository: HistoryRepository
    recent_log: RecentLines

    def close(self) -> None:
        self.database.close()


def open_context(data_dir: str | None = None) -> AppContext:
    """Resolve paths, start logging, open (and migrate) the history."""
    paths = AppPaths.resolve(data_dir).ensure()
    recent = setup_logging(paths.log_file)
    log.info("LlamaDesk %s starting; data in %s", __version__, paths.data_dir)
    database = Database(paths.database)
    repository = HistoryRepository(database)
    interrupted = repository.mark_interrupted_replies()
    if interrupted:
        log.warning("%d reply(ies) were cut off by the last exit; marked interrupted", interrupted)
    return AppContext(paths, database, repository, recent)
