"""Stop takes effect quickly, during generation and during a long prompt, every time.

These are bounds, not benchmarks (bench/engine.py measures the p95): generous
enough for a loaded CI machine, tight enough to fail if stop waited for the
reply or the prompt to finish.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.engine.stop_event import StopEvent
from tests.helpers.tiny_gguf import REPLY, write_tiny_llama

RUNS = 10
GENERATION_BOUND_S = 0.25
PROMPT_BOUND_S = 0.5


@pytest.fixture(scope="module")
def slow_model(model_dir: Path) -> Path:
    # Wider and deeper, same replies: a 2,500-token prompt takes seconds to read.
    return write_tiny_llama(model_dir / "slow.gguf", chatty=True, context_length=4096,
                            n_layer=4, min_embd=1024)


@pytest.fixture(scope="module")
def chatty_session(chatty_model: Path) -> Iterator[ModelSession]:
    session = ModelSession.load(chatty_model, LoadOptions(state_cache_bytes=0))
    yield session
    session.close()


def _stop_after(stop: threading.Event, delay: float) -> list[float]:
    stamp: list[float] = []

    def fire() -> None:
        stamp.append(time.perf_counter())
        stop.set()

    threading.Timer(delay, fire).start()
    return stamp


def test_stop_during_generation(chatty_session: ModelSession) -> None:
    latencies = []
    for run in range(RUNS):
        stop = threading.Event()
        pieces: list[str] = []
        fired: list[list[float]] = []

        def receive(piece: str, stop: threading.Event = stop, pieces: list[str] = pieces,
                    fired: list[list[float]] = fired) -> None:
            # Timed from the first piece, so a slow prompt on a busy machine is not
            # mistaken for the reply (the stop must come during generation).
            if not pieces:
                fired.append(_stop_after(stop, 0.15))
            pieces.append(piece)
        result = chatty_session.generate([ChatMessage("user", f"Talk {run}")],
                                         SamplingParams(seed=run), receive, stop)
        latencies.append(time.perf_counter() - fired[0][0])
        assert result.finish_reason == "cancelled"
        assert result.text == "".join(pieces) and result.text.startswith(REPLY)
    assert max(latencies) < GENERATION_BOUND_S, latencies
    # Still usable, with a consistent cache: the next reply is the known one.
    after = chatty_session.generate([ChatMessage("user", "Again")],
                                    SamplingParams(max_tokens=6), lambda _: None)
    assert after.text == "Hello from a tiny llama."


@pytest.mark.parametrize("kind", [threading.Event, StopEvent])
def test_stop_during_prompt_evaluation(slow_model: Path, kind: type[threading.Event]) -> None:
    """A plain Event is watched by a thread; the app's StopEvent tells llama.cpp itself."""
    session = ModelSession.load(slow_model, LoadOptions(state_cache_bytes=0))
    long_paste = "word " * 500  # about 2,500 tokens of this vocabulary
    latencies = []
    for run in range(RUNS):
        stop = kind()
        stamp = _stop_after(stop, 0.1)
        result = session.generate([ChatMessage("user", f"{run} {long_paste}")],
                                  SamplingParams(), lambda _: None, stop)
        latencies.append(time.perf_counter() - stamp[0])
        assert result.finish_reason == "cancelled" and result.text == ""
        assert session.cached_tokens < result.prompt_tokens  # stopped inside the prompt
    assert max(latencies) < PROMPT_BOUND_S, latencies
    after = session.generate([ChatMessage("user", "Hi")], SamplingParams(max_tokens=6),
                             lambda _: None)
    assert after.text == "Hello from a tiny llama."
    session.close()


def test_a_stop_event_raises_the_flag_without_a_watcher_thread(slow_model: Path) -> None:
    session = ModelSession.load(slow_model, LoadOptions(state_cache_bytes=0))
    stop = StopEvent()
    before = {t.name for t in threading.enumerate()}
    seen: list[set[str]] = []

    def look() -> None:
        seen.append({t.name for t in threading.enumerate()} - before)
        stop.set()

    threading.Timer(0.1, look).start()
    result = session.generate([ChatMessage("user", "word " * 500)], SamplingParams(),
                              lambda _: None, stop)
    assert result.finish_reason == "cancelled"
    assert "stop-watch" not in seen[0]
    session.close()


def test_stop_ends_a_slow_template_render_at_once(tmp_path: Path) -> None:
    """A template that would render for its full second stops when asked."""
    # Slow only for a message that asks for it, so the trial render at load is quick.
    looping = ("{% for m in messages %}{% if 'slowly' in m.content %}"
               "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
               "{% endfor %}{% endif %}{{ m.content }}{% endfor %}")
    model = write_tiny_llama(tmp_path / "looping.gguf", chat_template=looping,
                             architecture="llama")
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    stop = StopEvent()
    stamp = _stop_after(stop, 0.1)
    result = session.generate([ChatMessage("user", "Answer slowly")], SamplingParams(),
                              lambda _: None, stop)
    assert result.finish_reason == "cancelled"
    assert time.perf_counter() - stamp[0] < 0.5
    session.close()
