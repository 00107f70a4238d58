"""Thinking models: a reply's reasoning beside its answer, and how long the thinking
took, both null for every reply that has none (all replies before this).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: SQLite adds them in place (ALTER TABLE ADD COLUMN) and
    # no existing row is rewritten.
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("reasoning", sa.Text(), nullable=True))
        batch.add_column(sa.Column("thinking_ms", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("thinking_ms")
        batch.drop_column("reasoning")
