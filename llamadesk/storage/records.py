"""Plain, frozen copies of stored rows: what crosses threads and layers, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    title: str
    pinned: bool
    message_count: int
    created_at: datetime
    updated_at: datetime
    source: str = "app"  # "api": made by a program through the local API server


@dataclass(frozen=True)
class MessageRecord:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    status: str
    finish_reason: str | None
    created_at: datetime
    updated_at: datetime
    model_name: str | None = None
    model_sha256: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    time_to_first_token_ms: float | None = None
    tokens_per_second: float | None = None


@dataclass(frozen=True)
class ConversationRecord:
    id: int
    uid: str
    title: str
    pinned: bool
    created_at: datetime
    updated_at: datetime
    system_prompt: str | None
    sampling: dict[str, Any]
    model_name: str | None
    model_sha256: str | None
    model_quant: str | None
    current_leaf_id: int | None
    source: str = "app"


@dataclass(frozen=True)
class ReplyStats:
    """What a finished reply records about itself."""

    finish_reason: str
    seed: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    time_to_first_token_ms: float | None = None
    tokens_per_second: float | None = None
