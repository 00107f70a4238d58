"""Full-text search (FTS5), conversation uids for import, and undoable deletes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Contentless FTS tables: the text already lives in messages/conversations, so the
# index stores only tokens. Deleting from them needs the original values, which the
# triggers have. llamadesk_cjk() is registered on every connection by database.py.
# Replies are indexed once they stop streaming, so streaming saves stay cheap.
_STATEMENTS = [
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "body, cjk, content='', tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE conversations_fts USING fts5("
    "title, cjk, content='', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
       WHEN new.status != 'streaming' BEGIN
         INSERT INTO messages_fts(rowid, body, cjk)
         VALUES (new.id, new.content, llamadesk_cjk(new.content));
       END""",
    """CREATE TRIGGER messages_fts_update AFTER UPDATE ON messages
       WHEN old.status != 'streaming' OR new.status != 'streaming' BEGIN
         INSERT INTO messages_fts(messages_fts, rowid, body, cjk)
         SELECT 'delete', old.id, old.content, llamadesk_cjk(old.content)
         WHERE old.status != 'streaming';
         INSERT INTO messages_fts(rowid, body, cjk)
         SELECT new.id, new.content, llamadesk_cjk(new.content)
         WHERE new.status != 'streaming';
       END""",
    """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
       WHEN old.status != 'streaming' BEGIN
         INSERT INTO messages_fts(messages_fts, rowid, body, cjk)
         VALUES ('delete', old.id, old.content, llamadesk_cjk(old.content));
       END""",
    """CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
         INSERT INTO conversations_fts(rowid, title, cjk)
         VALUES (new.id, new.title, llamadesk_cjk(new.title));
       END""",
    """CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
         INSERT INTO conversations_fts(conversations_fts, rowid, title, cjk)
         VALUES ('delete', old.id, old.title, llamadesk_cjk(old.title));
         INSERT INTO conversations_fts(rowid, title, cjk)
         VALUES (new.id, new.title, llamadesk_cjk(new.title));
       END""",
    """CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
         INSERT INTO conversations_fts(conversations_fts, rowid, title, cjk)
         VALUES ('delete', old.id, old.title, llamadesk_cjk(old.title));
       END""",
    # Index what the first schema already holds.
    """INSERT INTO messages_fts(rowid, body, cjk)
       SELECT id, content, llamadesk_cjk(content) FROM messages WHERE status != 'streaming'""",
    """INSERT INTO conversations_fts(rowid, title, cjk)
       SELECT id, title, llamadesk_cjk(title) FROM conversations""",
]


def upgrade() -> None:
    op.add_column("conversations", sa.Column("uid", sa.String(32), nullable=True))
    op.add_column("conversations", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE conversations SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
    op.create_index("ix_conversations_uid", "conversations", ["uid"], unique=True)
    op.create_index("ix_messages_parent", "messages", ["parent_id"])
    for statement in _STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("messages_fts_insert", "messages_fts_update", "messages_fts_delete",
                 "conversations_fts_insert", "conversations_fts_update",
                 "conversations_fts_delete"):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE messages_fts")
    op.execute("DROP TABLE conversations_fts")
    op.drop_index("ix_messages_parent", "messages")
    op.drop_index("ix_conversations_uid", "conversations")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("deleted_at")
        batch.drop_column("uid")
