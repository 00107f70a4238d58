"""Where a conversation came from: "app" (the window or the terminal) or "api" (a
program, through the local API server, when API chats are kept).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A server default: existing rows become "app" without being rewritten one by one.
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("source", sa.String(16), nullable=False,
                                   server_default="app"))


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("source")
