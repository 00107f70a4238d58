"""Plain, frozen copies of stored rows: what crosses threads and layers, never ORM objects."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import Any, Protocol
from urllib.parse import quote


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
class Source:
    """A document passage a reply was given: where it is, and its text."""

    path: str  # the file, absolute, as it was indexed
    passage: str
    collection: str = ""
    page: int | None = None  # 1-based, for PDFs
    heading: str | None = None

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def place(self) -> str:
        """File name, then page or heading: how a source is cited."""
        if self.page is not None:
            return f"{self.name}, p. {self.page}"
        if self.heading:
            return f"{self.name} › {self.heading}"
        return self.name

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "collection": self.collection, "page": self.page,
                "heading": self.heading, "passage": self.passage}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        page = data.get("page")
        return cls(path=str(data.get("path") or ""), passage=str(data.get("passage") or ""),
                   collection=str(data.get("collection") or ""),
                   page=int(page) if isinstance(page, int) else None,
                   heading=str(data["heading"]) if data.get("heading") else None)


def file_uri(source: Source) -> str:
    """A link that opens the source's file, at its page where the viewer reads #page=."""
    path = PurePath(source.path)
    uri = path.as_uri() if path.is_absolute() else quote(source.path.replace("\\", "/"))
    return f"{uri}#page={source.page}" if source.page is not None else uri


@dataclass(frozen=True)
class ToolCallRecord:
    """One call a reply made, and what came of it."""

    id: str
    name: str  # as the model named it
    arguments: str  # JSON text
    server: str = ""  # the MCP server that has the tool; "" for none
    # "done", "denied" (by the user), "failed" (the server), "cancelled" (Stop)
    status: str = "done"
    result: str = ""
    is_error: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ToolCallRecord:
        return cls(str(data.get("id", "")), str(data.get("name", "")),
                   str(data.get("arguments", "{}")), str(data.get("server", "")),
                   str(data.get("status", "done")), str(data.get("result", "")),
                   bool(data.get("is_error", False)))


@dataclass(frozen=True)
class ToolRound:
    """What a reply said (and thought) before a round of calls, and the calls."""

    text: str
    calls: tuple[ToolCallRecord, ...]
    reasoning: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "reasoning": self.reasoning,
                "calls": [call.to_json() for call in self.calls]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ToolRound:
        return cls(str(data.get("text", "")),
                   tuple(ToolCallRecord.from_json(c) for c in data.get("calls", [])
                         if isinstance(c, dict)),
                   data.get("reasoning") if isinstance(data.get("reasoning"), str) else None)


def tool_rounds_from_json(data: Any) -> tuple[ToolRound, ...]:
    if not isinstance(data, list):
        return ()
    return tuple(ToolRound.from_json(item) for item in data if isinstance(item, dict))


@dataclass(frozen=True)
class ImageRef:
    """An image attached to a message: what it is, not its bytes
    (Repository.image_data reads them)."""

    sha256: str
    mime: str
    width: int
    height: int
    size: int
    name: str = ""


class ImageData(Protocol):
    """What the history stores of an attached image (engine/images.py ImageInput)."""

    @property
    def data(self) -> bytes: ...
    @property
    def sha256(self) -> str: ...
    @property
    def mime(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def name(self) -> str: ...


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
    # Speculative decoding: tokens guessed, and kept; None when nothing was guessed.
    guessed_tokens: int | None = None
    accepted_tokens: int | None = None
    sources: tuple[Source, ...] = ()
    reasoning: str | None = None  # a thinking model's reasoning, apart from content
    thinking_ms: float | None = None
    tool_rounds: tuple[ToolRound, ...] = ()  # calls made before the answer in content
    images: tuple[ImageRef, ...] = ()  # attached by the user, in order


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
    collections: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReplyStats:
    """What a finished reply records about itself."""

    finish_reason: str
    seed: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    time_to_first_token_ms: float | None = None
    tokens_per_second: float | None = None
    guessed_tokens: int | None = None  # speculative decoding's, when it guessed
    accepted_tokens: int | None = None
    reasoning: str | None = None  # a thinking model's, apart from the answer
    thinking_ms: float | None = None
    tool_rounds: tuple[ToolRound, ...] | None = None  # None: leave them as they are
