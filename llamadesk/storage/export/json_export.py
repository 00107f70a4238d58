"""JSON export, schema ``llamadesk.export`` version 1.

Layout (all times are ISO 8601 in UTC)::

    {
      "schema": "llamadesk.export", "version": 1,
      "app_version": "0.1.0", "exported_at": "...",
      "conversations": [{
        "id", "title", "pinned", "created_at", "updated_at",
        "system_prompt", "sampling", "model": {"name", "sha256", "quantization"},
        "current_leaf_id",
        "messages": [{               # every message of every branch, oldest first
          "id", "parent_id", "role", "content", "status", "finish_reason",
          "created_at", "updated_at",
          "model": {"name", "sha256"}, "params", "seed",
          "stats": {"prompt_tokens", "completion_tokens",
                    "time_to_first_token_ms", "tokens_per_second"}
        }]
      }]
    }
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from llamadesk import __version__
from llamadesk.storage.records import MessageRecord
from llamadesk.storage.repository import HistoryRepository

SCHEMA = "llamadesk.export"
SCHEMA_VERSION = 1


def _message(message: MessageRecord) -> dict[str, Any]:
    return {
        "id": message.id,
        "parent_id": message.parent_id,
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
        },
    }


def conversation_document(repository: HistoryRepository, conversation_id: int) -> dict[str, Any]:
    conversation = repository.get_conversation(conversation_id)
    return {
        "id": conversation.id,
        "title": conversation.title,
        "pinned": conversation.pinned,
        "created_at": conversation.created_at.isoformat(),
        "updated_at": conversation.updated_at.isoformat(),
        "system_prompt": conversation.system_prompt,
        "sampling": conversation.sampling,
        "model": {
            "name": conversation.model_name,
            "sha256": conversation.model_sha256,
            "quantization": conversation.model_quant,
        },
        "current_leaf_id": conversation.current_leaf_id,
        "messages": [_message(m) for m in repository.all_messages(conversation_id)],
    }


def export_json(repository: HistoryRepository, conversation_ids: list[int]) -> str:
    document = {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(timezone.utc).isoformat(),
        "conversations": [conversation_document(repository, cid) for cid in conversation_ids],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
