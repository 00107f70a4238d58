"""Importing our own JSON export: exact, all-or-nothing, and never twice."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select, update

from llamadesk.errors import StorageError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.storage.database import Database
from llamadesk.storage.export.json_export import SCHEMA, SCHEMA_VERSION
from llamadesk.storage.records import Source, ToolCallRecord, ToolRound
from llamadesk.storage.schema import (
    Conversation,
    Message,
    MessageImage,
    MessageStatus,
    StoredImageRow,
)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    # Conversations already present (same uid): left as they are.
    skipped: int


class _Invalid(Exception):
    pass


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise _Invalid(reason)


# Times outside these years are damage (or a trap: 9999-12-31 cannot be shown in
# a time zone east of UTC).
_YEARS = range(1900, 9000)
# SQLite stores integers in 64 bits.
_INT64 = range(-(2**63), 2**63)


def _time(value: Any, where: str) -> datetime:
    _require(isinstance(value, str), f"{where} is not a time")
    try:
        parsed = datetime.fromisoformat(value)
        if not parsed.tzinfo:
            parsed = parsed.replace(tzinfo=timezone.utc)
        in_utc = parsed.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise _Invalid(f"{where} is not a time: {value[:40]!r}") from None
    _require(in_utc.year in _YEARS, f"{where} is not a plausible time: {value[:40]!r}")
    return parsed


def _optional(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    _require(value is None or isinstance(value, kind), f"{where} has the wrong type")
    if isinstance(value, bool) and kind in (int, (int, float)):
        raise _Invalid(f"{where} has the wrong type")
    if isinstance(value, int):
        _require(value in _INT64, f"{where} is too large")
    if isinstance(value, float):
        _require(value == value and abs(value) < 1e300, f"{where} is not a number")
    if isinstance(value, str):
        _text(value, where)
    return value


def _text(value: str, where: str) -> str:
    """Text that SQLite can store: a lone surrogate (\\ud800) cannot be UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Invalid(f"{where} contains text that is not valid Unicode") from None
    return value


@dataclass
class _Parsed:
    conversation: Conversation
    messages: list[Message]
    # parents[i] is the list position of message i's parent.
    parents: list[int | None]
    leaf: int | None


def _image_list(value: Any, at: str, images: dict[str, StoredImageRow]) -> list[str]:
    if value is None:
        return []
    _require(isinstance(value, list) and all(isinstance(v, str) for v in value),
             f"{at}: images is not a list of hashes")
    for sha256 in value:
        _require(sha256 in images, f"{at} names an image the file does not hold")
    return list(value)


# As engine/images.py: the types and size an attached image may have.
_IMAGE_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}
_IMAGE_BYTES = 40 * 1024 * 1024


def _images(value: Any) -> dict[str, StoredImageRow]:
    """The document's images, each checked against its hash (a damaged file is
    refused whole, as for every other field)."""
    if value is None:
        return {}
    _require(isinstance(value, dict), "its images are not an object")
    out: dict[str, StoredImageRow] = {}
    for sha256, entry in value.items():
        where = f"image {sha256[:12]}"
        _require(isinstance(entry, dict), f"{where} is not an object")
        _require(entry.get("mime") in _IMAGE_TYPES, f"{where} has an unknown type")
        for key in ("width", "height"):
            _require(isinstance(entry.get(key), int) and 0 < entry[key] < 1 << 20,
                     f"{where} has no valid {key}")
        encoded = entry.get("data")
        _require(isinstance(encoded, str) and len(encoded) <= _IMAGE_BYTES * 4 // 3 + 4,
                 f"{where} has no data, or too much")
        try:
            data = base64.b64decode(encoded, validate=True)
        except ValueError:
            raise _Invalid(f"{where} is not valid base64") from None
        _require(hashlib.sha256(data).hexdigest() == sha256,
                 f"{where} does not match its hash (the file is damaged)")
        name = entry.get("name") or ""
        _require(isinstance(name, str), f"{where} has an invalid name")
        out[sha256] = StoredImageRow(sha256=sha256, mime=entry["mime"], width=entry["width"],
                                     height=entry["height"], size=len(data),
                                     name=_text(name, where)[:300], data=data)
    return out


def _conversation(doc: Any, number: int,
                  images: dict[str, StoredImageRow] | None = None) -> _Parsed:
    where = f"conversation {number}"
    images = images or {}
    _require(isinstance(doc, dict), f"{where} is not an object")
    uid = doc.get("uid")
    _require(isinstance(uid, str) and 0 < len(uid) <= 32, f"{where} has no valid uid")
    _text(uid, f"{where} uid")
    _require(isinstance(doc.get("title"), str), f"{where} has no title")
    _text(doc["title"], f"{where} title")
    messages_doc = doc.get("messages")
    _require(isinstance(messages_doc, list), f"{where} has no message list")
    model = doc.get("model") or {}
    _require(isinstance(model, dict), f"{where}: model is not an object")
    conversation = Conversation(
        uid=uid,
        title=doc["title"],
        pinned=bool(doc.get("pinned", False)),
        created_at=_time(doc.get("created_at"), f"{where} created_at"),
        updated_at=_time(doc.get("updated_at"), f"{where} updated_at"),
        system_prompt=_optional(doc.get("system_prompt"), str, f"{where} system_prompt"),
        sampling=_optional(doc.get("sampling"), dict, f"{where} sampling") or {},
        model_name=_optional(model.get("name"), str, f"{where} model name"),
        model_sha256=_optional(model.get("sha256"), str, f"{where} model sha256"),
        model_quant=_optional(model.get("quantization"), str, f"{where} quantization"),
        # Older exports have none: the app's. Anything unknown is the app's too.
        source="api" if doc.get("source") == "api" else "app",
        collections=_collections(doc.get("collections"), where),
    )
    messages: list[Message] = []
    parents: list[int | None] = []
    for position, item in enumerate(messages_doc):
        at = f"{where}, message {position}"
        _require(isinstance(item, dict), f"{at} is not an object")
        _require(item.get("index") == position, f"{at} is out of order")
        parent = item.get("parent")
        _require(parent is None or (isinstance(parent, int) and 0 <= parent < position),
                 f"{at} has an invalid parent")
        _require(item.get("role") in ("user", "assistant", "system"), f"{at} has no valid role")
        _require(isinstance(item.get("content"), str), f"{at} has no text")
        _text(item["content"], at)
        stats = item.get("stats") or {}
        msg_model = item.get("model") or {}
        _require(isinstance(stats, dict) and isinstance(msg_model, dict), f"{at} is malformed")
        status = item.get("status", MessageStatus.COMPLETE.value)
        _require(status in {s.value for s in MessageStatus}, f"{at} has an unknown status")
        # A thinking model's reasoning (older exports have none).
        reasoning = _optional(item.get("reasoning"), str, f"{at} reasoning")
        if reasoning is not None:
            _text(reasoning, f"{at} reasoning")
        message = Message(
            role=item["role"],
            content=item["content"],
            # A reply that was streaming when exported can only be an interrupted one now.
            status=MessageStatus.INTERRUPTED.value
            if status == MessageStatus.STREAMING.value else status,
            finish_reason=_optional(item.get("finish_reason"), str, f"{at} finish_reason"),
            created_at=_time(item.get("created_at"), f"{at} created_at"),
            updated_at=_time(item.get("updated_at"), f"{at} updated_at"),
            model_name=_optional(msg_model.get("name"), str, f"{at} model"),
            model_sha256=_optional(msg_model.get("sha256"), str, f"{at} model sha256"),
            params=_optional(item.get("params"), dict, f"{at} params") or {},
            seed=_optional(item.get("seed"), int, f"{at} seed"),
            prompt_tokens=_optional(stats.get("prompt_tokens"), int, f"{at} prompt_tokens"),
            completion_tokens=_optional(stats.get("completion_tokens"), int,
                                        f"{at} completion_tokens"),
            time_to_first_token_ms=_optional(stats.get("time_to_first_token_ms"), (int, float),
                                             f"{at} time_to_first_token_ms"),
            tokens_per_second=_optional(stats.get("tokens_per_second"), (int, float),
                                        f"{at} tokens_per_second"),
            guessed_tokens=_optional(stats.get("guessed_tokens"), int, f"{at} guessed_tokens"),
            accepted_tokens=_optional(stats.get("accepted_tokens"), int,
                                      f"{at} accepted_tokens"),
            sources=_sources(item.get("sources"), at),
            reasoning=reasoning,
            thinking_ms=_optional(item.get("thinking_ms"), (int, float), f"{at} thinking_ms"),
            tool_rounds=_tool_rounds(item.get("tool_rounds"), at),
        )
        for number, sha256 in enumerate(_image_list(item.get("images"), at, images)):
            message.image_links.append(MessageImage(position=number, sha256=sha256))
        messages.append(message)
        parents.append(parent)
    leaf = doc.get("current_leaf")
    _require(leaf is None or (isinstance(leaf, int) and 0 <= leaf < len(messages)),
             f"{where} has an invalid current_leaf")
    return _Parsed(conversation, messages, parents, leaf)


def _tool_rounds(value: Any, at: str) -> list[dict[str, Any]] | None:
    """A reply's rounds of tool calls (older exports have none), checked field by
    field, as they are stored."""
    if value is None:
        return None
    _require(isinstance(value, list), f"{at}: tool_rounds is not a list")
    rounds = []
    for number, item in enumerate(value):
        where = f"{at}, tool round {number}"
        _require(isinstance(item, dict) and isinstance(item.get("text"), str)
                 and isinstance(item.get("calls"), list), f"{where} is malformed")
        reasoning = _optional(item.get("reasoning"), str, f"{where} reasoning")
        calls = []
        for call in item["calls"]:
            _require(isinstance(call, dict) and all(
                isinstance(call.get(key), str)
                for key in ("id", "name", "arguments", "server", "status", "result"))
                and isinstance(call.get("is_error", False), bool),
                f"{where}: a call is malformed")
            _require(call["status"] in ("done", "denied", "failed", "cancelled"),
                     f"{where}: a call has an unknown status")
            calls.append(ToolCallRecord.from_json(
                {key: _text(call[key], where) if isinstance(call[key], str) else call[key]
                 for key in call}).to_json())
        rounds.append(ToolRound(_text(item["text"], where),
                                tuple(ToolCallRecord.from_json(c) for c in calls),
                                reasoning).to_json())
    return rounds or None


def _collections(value: Any, where: str) -> list[str] | None:
    if value is None:  # older exports have none
        return None
    _require(isinstance(value, list) and all(isinstance(n, str) for n in value),
             f"{where}: collections is not a list of names")
    return [_text(name, f"{where} collection") for name in value] or None


def _sources(value: Any, at: str) -> list[dict[str, Any]] | None:
    """A reply's sources, checked field by field and stored in the app's own shape."""
    if value is None:  # older exports have none
        return None
    _require(isinstance(value, list), f"{at}: sources is not a list")
    sources = []
    for item in value:
        _require(isinstance(item, dict) and isinstance(item.get("path"), str)
                 and isinstance(item.get("passage"), str), f"{at} has a malformed source")
        _optional(item.get("page"), int, f"{at} source page")
        _optional(item.get("heading"), str, f"{at} source heading")
        _optional(item.get("collection"), str, f"{at} source collection")
        _text(item["path"], f"{at} source")
        _text(item["passage"], f"{at} source")
        sources.append(Source.from_dict(item).as_dict())
    return sources or None


def _json_storable(value: Any) -> bool:
    try:
        json.dumps(value).encode("utf-8")
    except (ValueError, TypeError, RecursionError, UnicodeEncodeError):
        return False
    return True


def import_json(database: Database, data: bytes | str, source: str = "the file") -> ImportResult:
    """Add the conversations in an export; raises StorageError and changes nothing if invalid."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise StorageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is not valid JSON (%2)."), source, error)) from None
    except RecursionError:
        raise StorageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is not valid JSON (%2)."), source,
            "nested too deeply")) from None
    try:
        _require(isinstance(document, dict) and document.get("schema") == SCHEMA,
                 "it is not a LlamaDesk export")
        version = document.get("version")
        _require(version == SCHEMA_VERSION,
                 f"it uses export version {version!r}; this LlamaDesk reads {SCHEMA_VERSION}")
        items = document.get("conversations")
        _require(isinstance(items, list), "it has no conversation list")
        images = _images(document.get("images"))
        parsed = [_conversation(item, n, images) for n, item in enumerate(items, start=1)]
        for item in parsed:  # sampling and params go into JSON columns as they are
            _require(_json_storable(item.conversation.sampling)
                     and all(_json_storable(m.params) for m in item.messages),
                     "its settings cannot be stored")
    except _Invalid as error:
        raise StorageError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 cannot be imported: %2."), source, error)) from None

    imported = skipped = 0
    with database.session() as session:
        existing = {uid: deleted for uid, deleted in
                    session.execute(select(Conversation.uid, Conversation.deleted_at))}
        for item in parsed:
            conversation, messages = item.conversation, item.messages
            if conversation.uid in existing:
                if existing[conversation.uid] is not None:
                    # In the trash (deleted this session): importing brings it back.
                    session.execute(update(Conversation)
                                    .where(Conversation.uid == conversation.uid)
                                    .values(deleted_at=None))
                    existing[conversation.uid] = None
                    imported += 1
                else:
                    skipped += 1
                continue
            existing[conversation.uid] = None
            for sha256 in {link.sha256 for m in messages for link in m.image_links}:
                if session.get(StoredImageRow, sha256) is None:  # stored once
                    session.add(images[sha256])
            session.add(conversation)
            session.flush()
            for message, parent in zip(messages, item.parents, strict=True):
                message.conversation_id = conversation.id
                message.parent_id = None if parent is None else messages[parent].id
                session.add(message)
                session.flush()  # assigns the id that later children refer to
            conversation.current_leaf_id = None if item.leaf is None else messages[item.leaf].id
            imported += 1
        # One commit for the whole file: a failure part-way leaves nothing behind.
        session.commit()
    return ImportResult(imported, skipped)
