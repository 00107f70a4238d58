"""Upgrading a history written by the first schema keeps every message."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, event

from llamadesk.storage.database import Database, _alembic_config, _set_pragmas, schema_head
from llamadesk.storage.repository import HistoryRepository

_FIRST_SCHEMA_ROWS = [
    "INSERT INTO conversations (id, title, pinned, created_at, updated_at, sampling,"
    " current_leaf_id) VALUES (1, 'Old chat about llamas', 0, '2026-01-01 10:00:00',"
    " '2026-01-01 10:05:00', '{}', 3)",
    "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, created_at,"
    " updated_at, params) VALUES (1, 1, NULL, 'user', 'Tell me about alpacas', 'complete',"
    " '2026-01-01 10:00:00', '2026-01-01 10:00:00', '{}')",
    "INSERT INTO messages (id, conversation_id, parent_id, role, content, status,"
    " finish_reason, created_at, updated_at, params) VALUES (2, 1, 1, 'assistant',"
    " 'Alpacas are smaller than llamas.', 'complete', 'stop', '2026-01-01 10:01:00',"
    " '2026-01-01 10:01:00', '{\"temperature\": 0.6}')",
    "INSERT INTO messages (id, conversation_id, parent_id, role, content, status,"
    " created_at, updated_at, params) VALUES (3, 1, 1, 'assistant', 'Cut off mid',"
    " 'streaming', '2026-01-01 10:05:00', '2026-01-01 10:05:00', '{}')",
]


def _first_schema_database(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        for statement in _FIRST_SCHEMA_ROWS:
            connection.exec_driver_sql(statement)
    engine.dispose()


def test_upgrade_from_first_schema_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _first_schema_database(path)

    database = Database(path)
    repository = HistoryRepository(database)
    backup = tmp_path / f"history.sqlite3.before-{schema_head()}.bak"
    assert backup.is_file()
    with contextlib.closing(sqlite3.connect(backup)) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT count(*) FROM messages").fetchone() == (3,)

    [summary] = repository.list_conversations()
    assert (summary.title, summary.message_count) == ("Old chat about llamas", 3)
    contents = [m.content for m in repository.all_messages(1)]
    assert contents == ["Tell me about alpacas", "Alpacas are smaller than llamas.",
                        "Cut off mid"]
    assert repository.all_messages(1)[1].params == {"temperature": 0.6}
    assert len(repository.get_conversation(1).uid) == 32
    # Old messages are searchable after the upgrade; the streaming one once it is settled.
    assert [h.message_id for h in repository.search("smaller")] == [2]
    assert repository.mark_interrupted_replies() == 1
    assert [h.message_id for h in repository.search("mid")] == [3]
    database.close()

    # Opening again does not migrate (or back up) again.
    Database(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [backup.name]


def test_the_shortcut_head_is_alembics_head() -> None:
    # Opening an up-to-date history compares with SCHEMA_HEAD and skips Alembic.
    from llamadesk.storage.database import SCHEMA_HEAD

    assert SCHEMA_HEAD == schema_head()


def test_failed_starts_make_one_backup_and_old_ones_are_pruned(tmp_path: Path) -> None:
    import os

    from llamadesk.storage import database as database_module

    path = tmp_path / "history.sqlite3"
    _first_schema_database(path)
    # Older backups from earlier upgrades: only the newest few are kept.
    for number, age in ((1, 400), (2, 300), (3, 200), (4, 100)):
        old = tmp_path / f"history.sqlite3.before-000{number}.bak.{number}"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    original = database_module.Database._migrate

    def failing_upgrade(self: Database) -> None:
        original(self)
        raise OSError("the disk went away after the backup")

    for _ in range(3):  # three failed starts
        database_module.Database._migrate = failing_upgrade  # type: ignore[method-assign]
        try:
            Database(path)
        except Exception:  # noqa: BLE001 - any failure will do
            pass
        finally:
            database_module.Database._migrate = original  # type: ignore[method-assign]
        # Make the upgrade run again next time, as after a failure mid-way.
        with contextlib.closing(sqlite3.connect(path)) as raw:
            raw.execute("UPDATE alembic_version SET version_num = '0001'")
            raw.commit()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name)
    assert f"history.sqlite3.before-{schema_head()}.bak" in backups
    assert len(backups) == database_module.KEEP_BACKUPS
    assert not any(name.startswith(f"history.sqlite3.before-{schema_head()}.bak.")
                   for name in backups)  # never a second copy for the same upgrade


def test_another_programs_database_and_a_newer_one_are_left_alone(tmp_path: Path) -> None:
    import pytest

    from llamadesk.errors import StorageError

    other = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        raw.commit()
    with pytest.raises(StorageError, match="another program's database .*photos"):
        Database(other)
    with contextlib.closing(sqlite3.connect(other)) as raw:
        assert [r[0] for r in raw.execute("SELECT name FROM sqlite_master")] == ["photos"]

    newer = tmp_path / "newer.sqlite3"
    Database(newer).close()
    with contextlib.closing(sqlite3.connect(newer)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
        raw.commit()
    with pytest.raises(StorageError, match="newer LlamaDesk .*0099"):
        Database(newer)


def test_a_malformed_history_gets_a_message(tmp_path: Path) -> None:
    import pytest

    from llamadesk.errors import StorageError
    from llamadesk.storage.schema import Role

    path = tmp_path / "history.sqlite3"
    database = Database(path)
    repository = HistoryRepository(database)
    for number in range(300):
        conversation = repository.create_conversation(title=f"Chat {number}")
        repository.add_message(conversation.id, Role.USER, "words " * 200)
    database.close()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 3, len(data) - page, page * 2):  # every other page, not the first
        data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged") as caught:
        broken = Database(path)
        try:
            HistoryRepository(broken).list_conversations()
            for cid in HistoryRepository(broken).conversation_ids():
                HistoryRepository(broken).all_messages(cid)
        finally:
            broken.close()
    assert "Traceback" not in str(caught.value)


def test_the_reasoning_and_tool_columns_are_added_and_no_row_changes(
        tmp_path: Path) -> None:
    """0006, 0007 and 0009 on a history of 0005: every column of every row reads as before,
    the new columns are null, and SQLite added them in place (no table was rebuilt)."""
    path = tmp_path / "history.sqlite3"
    _first_schema_database(path)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)  # the search index's CJK function
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.exec_driver_sql(
            "UPDATE messages SET sources = '[{\"path\": \"/notes/a.md\", \"passage\": \"x\"}]' "
            "WHERE id = 2")
    engine.dispose()

    def rows() -> dict[str, list[tuple[object, ...]]]:
        with contextlib.closing(sqlite3.connect(path)) as raw:
            return {table: raw.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                    for table in ("conversations", "messages")}

    def root_pages() -> dict[str, int]:
        with contextlib.closing(sqlite3.connect(path)) as raw:
            return dict(raw.execute("SELECT name, rootpage FROM sqlite_master "
                                    "WHERE type = 'table'").fetchall())

    before, pages = rows(), root_pages()
    Database(path).close()
    after = rows()
    assert after["conversations"] == before["conversations"]
    assert [row[:-5] for row in after["messages"]] == before["messages"]
    assert all(row[-5:] == (None,) * 5 for row in after["messages"])
    # A rebuilt table would live on other pages.
    assert root_pages()["messages"] == pages["messages"]
    with contextlib.closing(sqlite3.connect(path)) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(messages)")]
    # 0006, 0007, then 0009's speculative decoding counts.
    assert columns[-5:] == ["reasoning", "thinking_ms", "tool_rounds", "guessed_tokens",
                            "accepted_tokens"]
