"""What the window asks the inference worker for: one reply, and how to stop it.

In its own module, without Qt's namespace or the chat service, so that the
window's first frame does not wait for them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from llamadesk.engine.options import SamplingParams
from llamadesk.engine.stop_event import StopEvent


@dataclass(frozen=True)
class GenerateRequest:
    conversation_id: int | None
    text: str
    params: SamplingParams = SamplingParams()
    # "send" a new message, "edit" message_id, "regenerate" or "continue" reply message_id.
    action: str = "send"
    message_id: int | None = None
    # Set by the GUI to stop this reply; a thread-safe flag, not Qt state.
    # A StopEvent also stops llama.cpp inside a long prompt at once (engine/abort_flag.py).
    stop_event: threading.Event = field(default_factory=StopEvent, compare=False)
