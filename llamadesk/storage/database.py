"""Opening the history database: WAL, durable commits, migrations, error mapping."""

from __future__ import annotations

import contextlib
import functools
import logging
import sqlite3
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from llamadesk.errors import StorageError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.storage.text_index import cjk_terms

log = logging.getLogger(__name__)

# SQLite error texts that mean "something about this computer", not "a bug".
# Idea from qutebrowser's misc/sql.py.
_ENVIRONMENT_ERRORS = {
    "database or disk is full": QT_TRANSLATE_NOOP(
        "messages", "The disk is full, so the history could not be saved. Free some space and "
        "try again; nothing already saved was lost."),
    "database is locked": QT_TRANSLATE_NOOP(
        "messages", "The history file is locked by another program (is LlamaDesk open twice?)."),
    "unable to open database file": QT_TRANSLATE_NOOP(
        "messages", "The history file could not be opened. Check that its folder exists and is "
        "writable."),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP(
        "messages", "The history file is read-only."),
    "disk I/O error": QT_TRANSLATE_NOOP(
        "messages", "The disk reported an error while saving the history."),
    "file is not a database": QT_TRANSLATE_NOOP(
        "messages", "The history file is damaged or is not a LlamaDesk database."),
    "database disk image is malformed": QT_TRANSLATE_NOOP(
        "messages", "The history file is damaged (SQLite finds it malformed). LlamaDesk has "
        "not changed it. Move history.sqlite3 out of the data folder to start afresh, or put "
        "back a backup from the same folder (history.sqlite3.before-….bak)."),
}
# Backups made before schema upgrades that are kept, the newest first.
KEEP_BACKUPS = 3


def storage_error_for(error: BaseException) -> StorageError | None:
    """The user-facing error for an SQLite failure caused by the environment, else None."""
    text = str(getattr(error, "orig", error))
    for needle, message in _ENVIRONMENT_ERRORS.items():
        if needle in text:
            return StorageError(Note(message))
    return None


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: a crash mid-write never damages what was committed, and readers
    # (the GUI) never block the writer (the worker thread).
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL fsyncs each commit, so a completed message survives a power cut too.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    dbapi_connection.create_function("llamadesk_cjk", 1, cjk_terms, deterministic=True)


# The newest migration. Said here as well as in migrations/, so that opening an
# up-to-date history never imports Alembic (most of a second at every start);
# tests/storage/test_migrations.py checks the two agree.
SCHEMA_HEAD = "0009"


@functools.cache
def schema_head() -> str:
    """The newest schema revision this version of LlamaDesk ships, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    location = resources.files("llamadesk.storage.migrations")
    config.set_main_option("script_location", str(location))
    return config


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")
    dbapi_connection.create_function("llamadesk_cjk", 1, cjk_terms, deterministic=True)


class Database:
    """The open history file. Hands out one Session per unit of work.

    ``read_only_fallback`` (readers: list, search, export): when the file cannot be
    opened for writing (a read-only folder or disk), open it read-only instead.
    """

    def __init__(self, path: Path, *, read_only_fallback: bool = False) -> None:
        self.path = path
        self.read_only = False
        self.engine: Engine
        try:
            self._open()
        except StorageError:
            if not read_only_fallback or not path.is_file():
                raise
            self._open_read_only()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _open_read_only(self) -> None:
        """Nothing can write here, so nothing can change under us: SQLite may skip
        its locks and shared memory (immutable), which need a writable folder."""
        log.info("The history folder is read-only: opening %s read-only", self.path)
        self.read_only = True
        try:
            self.engine = create_engine(
                f"sqlite:///file:{self.path}?mode=ro&immutable=1&uri=true")
            event.listen(self.engine, "connect", _set_read_only_pragmas)
            with self.engine.connect() as connection:
                current = connection.execute(text(
                    "SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as error:
            raise storage_error_for(error) or StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "The history file could not be read: %1"), error)) from error
        if current != SCHEMA_HEAD:
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "This history needs an update (format %1 to %2), which its "
                "read-only folder does not allow. Make the folder writable, then try "
                "again."), current, SCHEMA_HEAD))

    def _open(self) -> None:
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(f"sqlite:///{path}")
            event.listen(self.engine, "connect", _set_pragmas)
            self._migrate()
        except (DBAPIError, OSError) as error:
            mapped = storage_error_for(error)
            if mapped is None and isinstance(error, OSError):
                mapped = StorageError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The history folder could not be created: %1"), error))
            if mapped is None:
                raise
            raise mapped from error

    def _migrate(self) -> None:
        with self.engine.begin() as connection:
            tables = set(connection.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
            current = connection.execute(text(
                "SELECT version_num FROM alembic_version")).scalar() \
                if "alembic_version" in tables else None
        if current == SCHEMA_HEAD:
            return
        if current is None and tables - {"sqlite_sequence"}:
            # Someone else's database under our name: never add our tables to it.
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 is another program's database (it holds %2), so LlamaDesk "
                "left it as it is. Move it out of the data folder, or choose another data "
                "folder."), self.path, ", ".join(sorted(tables)[:5])))
        if current is not None and (not current.isdigit() or not SCHEMA_HEAD.isdigit()
                                    or int(current) > int(SCHEMA_HEAD)):
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "This history was written by a newer LlamaDesk (history format "
                "%1; this version reads up to %2). Nothing was changed: update LlamaDesk to "
                "open it."), current, SCHEMA_HEAD))
        from alembic import command

        config = _alembic_config()
        head = schema_head()
        if current is not None:
            self._backup_once(head)
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        log.info("History schema upgraded from %s to %s", current or "nothing", head)

    def _backup_once(self, head: str) -> None:
        """One backup per schema upgrade, however many starts it takes: a start that
        fails after the backup must not leave another full copy each time."""
        target = self.path.with_name(f"{self.path.name}.before-{head}.bak")
        if not target.exists():
            self.backup(target)
        backups = sorted(self.path.parent.glob(f"{self.path.name}.before-*.bak*"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in backups[KEEP_BACKUPS:]:
            with contextlib.suppress(OSError):
                old.unlink()
                log.info("Removed an old backup, %s", old.name)

    def backup(self, target: Path) -> Path:
        """A consistent copy of the live database (WAL included), via SQLite's backup API."""
        if target.exists():
            target = target.with_name(f"{target.name}.{int(time.time())}")
        source = sqlite3.connect(self.path)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
                # One self-contained file, whatever mode the live database uses.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        log.info("Backed up the history to %s", target)
        return target

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; environment errors become StorageError."""
        session = self._sessions()
        try:
            yield session
        except DBAPIError as error:
            session.rollback()
            mapped = storage_error_for(error)
            if mapped is None:
                raise
            raise mapped from error
        finally:
            session.close()

    def execute_sql(self, sql: str, parameters: tuple[Any, ...]) -> None:
        """One statement in its own transaction, without the ORM's per-session cost.

        For the hot path (a streaming reply saved every 250 ms): a Session costs
        about 2 ms here, plain SQL through the pool about 0.5 ms.
        """
        try:
            with self.engine.begin() as connection:
                connection.exec_driver_sql(sql, parameters)
        except DBAPIError as error:
            mapped = storage_error_for(error)
            if mapped is None:
                raise
            raise mapped from error

    def close(self) -> None:
        self.engine.dispose()
