"""Images attached to messages: each image once, keyed by the SHA-256 of its bytes
(kept as they came), and the links from messages to them in order. Two new tables;
no existing row is rewritten.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "images",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("mime", sa.String(32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "message_images",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("message_id", sa.Integer(),
                  sa.ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("images.sha256"), nullable=False),
    )
    op.create_index("ix_message_images_message", "message_images", ["message_id", "position"])
    op.create_index("ix_message_images_sha256", "message_images", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_message_images_sha256", "message_images")
    op.drop_index("ix_message_images_message", "message_images")
    op.drop_table("message_images")
    op.drop_table("images")
