"""The tables of the history.

Messages form a tree (``parent_id``) from the start, so that edits and
regenerations can later add versions beside old ones instead of overwriting.
Each reply keeps the facts needed to reproduce it.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC, returns aware datetimes (SQLite has no time zone type)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Role(str, enum.Enum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class MessageStatus(str, enum.Enum):
    COMPLETE = "complete"
    STREAMING = "streaming"
    # The app stopped (crash, kill, power cut) while the reply was streaming.
    INTERRUPTED = "interrupted"


class FinishReason(str, enum.Enum):
    STOP = "stop"
    LENGTH = "length"
    CANCELLED = "cancelled"
    ERROR = "error"
    INTERRUPTED = "interrupted"
    # Stopped after the most rounds of tool calls a reply may make (settings).
    TOOL_ROUNDS = "tool_rounds"


class Base(DeclarativeBase):
    pass


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Stable across exports and imports; importing the same file twice finds it.
    uid: Mapped[str] = mapped_column(String(32), default=lambda: uuid.uuid4().hex, unique=True)
    title: Mapped[str] = mapped_column(String(200), default="New conversation")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    system_prompt: Mapped[str | None] = mapped_column(Text, default=None)
    sampling: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    model_name: Mapped[str | None] = mapped_column(String(300), default=None)
    model_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    model_quant: Mapped[str | None] = mapped_column(String(40), default=None)
    # "app", or "api": made by a program through the local API server.
    source: Mapped[str] = mapped_column(String(16), default="app", server_default="app")
    # The leaf of the branch the user is looking at; the view follows it.
    current_leaf_id: Mapped[int | None] = mapped_column(Integer, default=None)
    # Set when deleted; the row goes for good when the app quits (until then: undo).
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Names of the document collections its replies draw on (documents/), or null.
    collections: Mapped[list[str] | None] = mapped_column(JSON, default=None)

    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        order_by="Message.id",
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation", "conversation_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE")
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), default=None
    )
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.COMPLETE.value)
    finish_reason: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    # Facts about a reply, enough to reproduce it.
    model_name: Mapped[str | None] = mapped_column(String(300), default=None)
    model_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seed: Mapped[int | None] = mapped_column(Integer, default=None)
    prompt_tokens: Mapped[int | None] = mapped_column(Integer, default=None)
    completion_tokens: Mapped[int | None] = mapped_column(Integer, default=None)
    time_to_first_token_ms: Mapped[float | None] = mapped_column(Float, default=None)
    tokens_per_second: Mapped[float | None] = mapped_column(Float, default=None)
    # Speculative decoding: tokens guessed and kept (engine/decoding.py); null when
    # nothing was guessed.
    guessed_tokens: Mapped[int | None] = mapped_column(Integer, default=None)
    accepted_tokens: Mapped[int | None] = mapped_column(Integer, default=None)
    # The document passages a reply was given (records.Source as dicts), or null.
    sources: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    # A thinking model's reasoning (engine/reasoning.py), apart from the answer in
    # content, and how long it took; null for replies without any.
    reasoning: Mapped[str | None] = mapped_column(Text, default=None)
    thinking_ms: Mapped[float | None] = mapped_column(Float, default=None)
    # The rounds of tool calls before the answer (records.ToolRound as dicts), or null.
    tool_rounds: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
    # The images attached to it, in order (their bytes are read only when asked).
    image_links: Mapped[list[MessageImage]] = relationship(
        cascade="all, delete-orphan", order_by="MessageImage.position", lazy="selectin")


class StoredImageRow(Base):
    """An image attached to a message, once however many messages use it (keyed by
    the SHA-256 of its bytes, kept exactly as they came)."""

    __tablename__ = "images"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300), default="")
    # Deferred: listing a conversation never reads megabytes of pictures.
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class MessageImage(Base):
    __tablename__ = "message_images"
    __table_args__ = (Index("ix_message_images_message", "message_id", "position"),
                      Index("ix_message_images_sha256", "sha256"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("images.sha256"))
    image: Mapped[StoredImageRow] = relationship(lazy="joined")
