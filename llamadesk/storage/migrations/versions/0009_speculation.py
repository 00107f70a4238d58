"""Speculative decoding: how many tokens a reply guessed and how many of those the
model kept (its acceptance rate), both null for replies decoded plainly (all
replies before this).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: SQLite adds them in place (ALTER TABLE ADD COLUMN) and
    # no existing row is rewritten.
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("guessed_tokens", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("accepted_tokens", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("accepted_tokens")
        batch.drop_column("guessed_tokens")
