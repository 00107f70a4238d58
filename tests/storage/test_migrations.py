"""Upgrading a history written by the first schema keeps every message."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from llamadesk.storage.database import Database, _alembic_config, schema_head
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
