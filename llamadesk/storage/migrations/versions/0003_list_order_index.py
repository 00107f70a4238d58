"""An index in the sidebar's order, so listing the newest conversations is instant.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_conversations_order", "conversations", ["pinned", "updated_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_conversations_order", "conversations")
