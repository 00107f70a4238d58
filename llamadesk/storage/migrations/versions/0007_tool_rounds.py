"""Tool calls: a reply's rounds of calls before its answer (each round's text, its
thinking, and its calls with their results), as JSON; null for every reply that
called nothing (all replies before this).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: SQLite adds it in place and no existing row is rewritten.
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("tool_rounds", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("tool_rounds")
