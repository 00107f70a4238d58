"""What the window asks the inference worker for: one reply, and how to stop it.

In its own module, without Qt's namespace or the chat service, so that the
window's first frame does not wait for them.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass, field

from llamadesk.engine.options import SamplingParams
from llamadesk.engine.stop_event import StopEvent


class ReplyAction(enum.Enum):
    """How the reply starts (chat.ChatService's four ways)."""

    SEND = "send"  # a new message, then its reply
    EDIT = "edit"  # a new version of message_id, then its reply
    REGENERATE = "regenerate"  # another reply beside reply message_id
    CONTINUE = "continue"  # carry on reply message_id in place


@dataclass(frozen=True)
class GenerateRequest:
    conversation_id: int | None
    text: str
    params: SamplingParams = SamplingParams()
    action: ReplyAction = ReplyAction.SEND
    message_id: int | None = None
    # The reply may call the user's tools (the conversation's Tools switch).
    tools: bool = False
    # Images attached to a new message (engine/images.py ImageInput), in order, and
    # whether they are kept as they came (Settings › New chats).
    images: tuple[object, ...] = ()
    keep_original_images: bool = True
    # Set by the GUI to stop this reply; a thread-safe flag, not Qt state.
    # A StopEvent also stops llama.cpp inside a long prompt at once (engine/abort_flag.py).
    stop_event: threading.Event = field(default_factory=StopEvent, compare=False)
