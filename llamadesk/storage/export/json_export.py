"""JSON export, schema ``llamadesk.export`` version 1: the lossless format.

It holds every message of every branch and everything needed to reproduce a
reply, and it is what ``llamadesk import`` reads back. It names nothing by
database id, so exporting, importing elsewhere and exporting again gives the
same document (apart from ``exported_at``). All times are ISO 8601 in UTC.

    {
      "schema": "llamadesk.export", "version": 1,
      "app_version": "0.1.0", "exported_at": "...",
      "conversations": [{
        "uid": "32 hex digits, stable across export and import",
        "title", "pinned", "created_at", "updated_at", "system_prompt",
        "source": "app" | "api" (a program's, through the local API server),
        "sampling": {...},
        "model": {"name", "sha256", "quantization"},
        "collections": [names of the document collections its replies draw on],
        "current_leaf": index of the message the view follows, or null,
        "messages": [{                  # oldest first; a parent precedes its children
          "index": 0, 1, 2...,           # position in this list
          "parent": index or null,       # the tree: versions share a parent
          "role": "user" | "assistant" | "system",
          "content", "status", "finish_reason", "created_at", "updated_at",
          "model": {"name", "sha256"}, "params": {...}, "seed",
          "stats": {"prompt_tokens", "completion_tokens",
                    "time_to_first_token_ms", "tokens_per_second",
                    "guessed_tokens", "accepted_tokens"},  # the last two: speculative
                                         # decoding's guesses and those kept, or null
          "sources": [{"path", "collection", "page", "heading", "passage"}],
                                         # the document passages a reply was given
          "reasoning": a thinking model's reasoning, apart from content, or null,
          "thinking_ms": how long it thought, or null,
          "tool_rounds": [{              # tool calls made before the answer, or null
            "text", "reasoning",         # what the reply said (and thought) first
            "calls": [{"id", "name", "arguments" (JSON text), "server",
                       "status": "done" | "denied" | "failed" | "cancelled",
                       "result", "is_error"}]
          }],
          "images": [sha256, ...]        # attached images, in order (see below)
        }]
      }],
      "images": {                        # every attached image once, by the SHA-256
        sha256: {"mime", "width", "height", "name",   # of its bytes, which are
                 "data": base64}                       # exactly the original file
      }
    }

Fields added later ("images") are optional: older exports import as before.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from typing import Any

from llamadesk import __version__
from llamadesk.storage.records import MessageRecord
from llamadesk.storage.repository import HistoryRepository

SCHEMA = "llamadesk.export"
SCHEMA_VERSION = 1


def _message(message: MessageRecord, index: dict[int, int]) -> dict[str, Any]:
    return {
        "index": index[message.id],
        "parent": None if message.parent_id is None else index[message.parent_id],
        "role": message.role,
        "content": message.content,
        "status": message.status,
        "finish_reason": message.finish_reason,
        "created_at": message.created_at.isoformat(),
        "updated_at": message.updated_at.isoformat(),
        "model": {"name": message.model_name, "sha256": message.model_sha256},
        "params": message.params,
        "seed": message.seed,
        "stats": {
            "prompt_tokens": message.prompt_tokens,
            "completion_tokens": message.completion_tokens,
            "time_to_first_token_ms": message.time_to_first_token_ms,
            "tokens_per_second": message.tokens_per_second,
            "guessed_tokens": message.guessed_tokens,
            "accepted_tokens": message.accepted_tokens,
        },
        "sources": [source.as_dict() for source in message.sources],
        "reasoning": message.reasoning,
        "thinking_ms": message.thinking_ms,
        "tool_rounds": [r.to_json() for r in message.tool_rounds] or None,
        "images": [image.sha256 for image in message.images],
    }


def _images(repository: HistoryRepository, conversation_ids: list[int]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for cid in conversation_ids:
        for message in repository.all_messages(cid):
            for image in message.images:
                if image.sha256 not in found:
                    found[image.sha256] = {
                        "mime": image.mime, "width": image.width, "height": image.height,
                        "name": image.name, "data": base64.b64encode(
                            repository.image_data(image.sha256)).decode("ascii")}
    return found


def conversation_document(repository: HistoryRepository, conversation_id: int) -> dict[str, Any]:
    conversation = repository.get_conversation(conversation_id)
    messages = repository.all_messages(conversation_id)
    index = {message.id: position for position, message in enumerate(messages)}
    return {
        "uid": conversation.uid,
        "title": conversation.title,
        "pinned": conversation.pinned,
        "created_at": conversation.created_at.isoformat(),
        "updated_at": conversation.updated_at.isoformat(),
        "system_prompt": conversation.system_prompt,
        "source": conversation.source,
        "sampling": conversation.sampling,
        "model": {
            "name": conversation.model_name,
            "sha256": conversation.model_sha256,
            "quantization": conversation.model_quant,
        },
        "collections": list(conversation.collections),
        "current_leaf": index.get(conversation.current_leaf_id)
        if conversation.current_leaf_id is not None else None,
        "messages": [_message(m, index) for m in messages],
    }


def export_json(repository: HistoryRepository, conversation_ids: list[int]) -> str:
    conversations = [conversation_document(repository, cid) for cid in conversation_ids]
    document = {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(timezone.utc).isoformat(),
        "conversations": conversations,
        "images": _images(repository, conversation_ids),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
