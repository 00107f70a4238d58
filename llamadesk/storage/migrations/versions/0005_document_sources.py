"""Documents in the chat: the collections a conversation draws on, and the
passages each reply was given (its sources), both as JSON and null by default.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: adding them leaves every existing row untouched.
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("collections", sa.JSON(), nullable=True))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("sources", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("sources")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("collections")
