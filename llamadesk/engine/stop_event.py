"""The event that stops a reply: a threading.Event that can also act when it is set.

Apart from engine/abort_flag.py, which imports llama.cpp, so that the window can
make one for each request without loading llama.cpp before its first frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class StopEvent(threading.Event):
    """A threading.Event that also runs hooks when set (from any thread)."""

    def __init__(self) -> None:
        super().__init__()
        self._hooks: list[Callable[[], None]] = []
        self._hooks_lock = threading.Lock()

    def add_hook(self, hook: Callable[[], None]) -> None:
        with self._hooks_lock:
            self._hooks.append(hook)
        if self.is_set():
            hook()

    def remove_hook(self, hook: Callable[[], None]) -> None:
        with self._hooks_lock:
            if hook in self._hooks:
                self._hooks.remove(hook)

    def set(self) -> None:
        super().set()
        with self._hooks_lock:
            hooks = list(self._hooks)
        for hook in hooks:
            hook()
