"""A stop flag that llama.cpp reads without calling into Python.

llama.cpp asks its abort callback before every node of the compute graph:
~600 times per token for a small model. A Python callback (ctypes) takes the
GIL each time, and in the window, where the GUI thread holds the GIL to show
tokens, every one of those calls waits for it: replies ran at 2/3 of the
speed llama.cpp reaches alone.

So the callback is C's own ``strlen``, pointed at a two-byte buffer: it returns
0 (carry on) while the buffer holds "", and 1 (abort) once its first byte is
set. No Python runs while llama.cpp computes.

A StopEvent sets the byte itself, at once. Any other threading.Event gets a
watcher thread that looks at it every 10 ms: on a 2-core machine each of its
wake-ups takes a core from llama.cpp's spinning workers, so the app's own stop
events are StopEvents.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Iterator

import llama_cpp

from llamadesk.engine.stop_event import StopEvent

# How often the watcher looks at the stop event: adds at most this to a stop
# that lands inside llama_decode (between tokens, the Python loop sees it at once).
POLL_SECONDS = 0.01


def _strlen_address() -> int:
    if sys.platform == "win32":
        library = ctypes.CDLL("msvcrt")
    else:
        library = ctypes.CDLL(ctypes.util.find_library("c") or None)
    address = ctypes.cast(library.strlen, ctypes.c_void_p).value
    if not address:
        raise OSError("libc's strlen was not found")
    return address


class NativeAbortFlag:
    """Installed on one llama context; ``watch`` ties it to a stop event."""

    def __init__(self, ctx: llama_cpp.llama_context_p) -> None:
        self._buffer = ctypes.create_string_buffer(2)
        # Only while the prompt is read: a decode aborted between two tokens leaves
        # llama.cpp redoing its setup on the next call (140 ms here), and stopping
        # between tokens is quick anyway.
        self._armed = False
        # A function pointer made from an address: calling it runs no Python.
        # Kept as attributes: the C side holds these pointers while the context lives.
        self._callback = llama_cpp.ggml_abort_callback(_strlen_address())
        llama_cpp.llama_set_abort_callback(ctx, self._callback,
                                           ctypes.cast(self._buffer, ctypes.c_void_p))

    def raise_flag(self) -> None:
        if self._armed:
            self._buffer[0] = b"x"

    @contextlib.contextmanager
    def armed(self, stop: threading.Event) -> Iterator[None]:
        """Let the flag be raised inside this block (reading a prompt)."""
        self._armed = True
        if stop.is_set():
            self.raise_flag()
        try:
            yield
        finally:
            self._armed = False
            self.lower()

    def lower(self) -> None:
        self._buffer[0] = b"\0"

    @contextlib.contextmanager
    def watching(self, stop: threading.Event) -> Iterator[None]:
        """Raise the flag when ``stop`` is set, for the length of the block."""
        self.lower()
        if isinstance(stop, StopEvent):
            with self._hooked(stop):
                yield
            return
        done = threading.Event()
        # Held while raising and while ending: a watcher that wakes as the block ends
        # must not raise the flag on the next generation.
        lock = threading.Lock()

        def run() -> None:
            while not done.is_set():
                if stop.wait(POLL_SECONDS):
                    with lock:
                        if not done.is_set():
                            self.raise_flag()
                    return

        threading.Thread(target=run, name="stop-watch", daemon=True).start()
        try:
            yield
        finally:
            with lock:
                done.set()

    @contextlib.contextmanager
    def _hooked(self, stop: StopEvent) -> Iterator[None]:
        active = True
        lock = threading.Lock()

        def hook() -> None:
            with lock:
                if active:
                    self.raise_flag()

        stop.add_hook(hook)
        try:
            yield
        finally:
            with lock:
                active = False
            stop.remove_hook(hook)
