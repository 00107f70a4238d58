"""How many threads llama.cpp reads a prompt and writes a reply with.

The terminal and the API server have no window to keep smooth: they take every
physical core for both (on a 2-core machine, one thread wrote gemma-3-270m at
26.7 tokens/s where llama-bench on two did 46.7). A chosen count (Settings, or
``--threads``) applies to both, everywhere.

The window is where a trade is made (``for_window``): see its docstring.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# From this many physical cores up, the window leaves one free while a reply is
# written. Below it, llama.cpp takes them all: see for_window.
WINDOW_FREE_CORE_FROM = 4


@dataclass(frozen=True)
class Threads:
    prompt: int  # n_threads_batch: reading the prompt
    reply: int  # n_threads: writing the reply, one token at a time

    @classmethod
    def chosen(cls, count: int) -> Threads:
        return cls(count, count)


def physical_cores() -> int:
    try:
        import psutil

        return int(psutil.cpu_count(logical=False) or os.cpu_count() or 1)
    except Exception:  # noqa: BLE001 - psutil may be unavailable in odd frozen builds
        return os.cpu_count() or 1


def headless(chosen: int | None = None) -> Threads:
    """The terminal and the server: the chosen count, else every physical core."""
    return Threads.chosen(chosen) if chosen else Threads.chosen(physical_cores())


def for_window(chosen: int | None = None, cores: int | None = None) -> Threads:
    """The window: every core reads the prompt; one is left free for the window
    while the reply is written, but only from WINDOW_FREE_CORE_FROM cores up.

    Measured on 2 cores with gemma-3-270m writing 200-token replies in the window
    (bench/ui.py --threads, medians of 3, alternating): on every core, 39.5
    tokens/s with the event loop's p99 gap at 3.3 ms and the longest 10.8 ms; with
    one core left free, 23.9 tokens/s (-40 %) for a p99 of 2.3 ms and the same
    longest gap. The window's targets are 16 and 50 ms: the rendering work bounds
    itself (4 ms slices, at most 1,000 characters waiting), so on a small machine
    the free core bought nothing the user could see and cost 40 % of the speed.
    From 4 cores up one core is a quarter or less of the arithmetic, and decoding
    is bound by memory there, so the free core costs little and guards the window
    against heavier rendering."""
    if chosen:
        return Threads.chosen(chosen)
    count = cores or physical_cores()
    return Threads(count, count - 1 if count >= WINDOW_FREE_CORE_FROM else count)
