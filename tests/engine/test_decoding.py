"""The token loop: stop strings, token counts, logit bias and penalties, on real models."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.engine.decoding import DecodeOutcome, Sampling, _possible_stop_start, sample_tokens
from llamadesk.engine.options import LoadOptions, SamplingParams
from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import ModelSession
from tests.helpers.tiny_gguf import REPLY, write_tiny_llama

GREEDY = Sampling(temperature=0.0, top_k=0, top_p=1.0, min_p=0.0, repeat_penalty=1.0, seed=1)


@pytest.fixture(scope="module")
def markdown_session(model_dir: Path) -> Iterator[ModelSession]:
    path = write_tiny_llama(model_dir / "markdown-loop.gguf", markdown=True)
    session = ModelSession.load(path, LoadOptions(state_cache_bytes=0, n_ctx=1024))
    yield session
    session.close()


def _run(session: ModelSession, sampling: Sampling, max_tokens: int | None,
         stops: tuple[str, ...]) -> tuple[list[str], DecodeOutcome]:
    prompt = session.tokenize_prompt(session.build_prompt([ChatMessage("user", "Go")]))
    outcome = DecodeOutcome()
    pieces = list(sample_tokens(session._llama, prompt, sampling, max_tokens, stops,
                                threading.Event(), outcome))
    return pieces, outcome


def test_stop_string_ends_the_reply_and_is_never_shown(markdown_session: ModelSession) -> None:
    free, _ = _run(markdown_session, GREEDY, 40, ())
    text = "".join(free)
    assert "**bold**" in text
    pieces, outcome = _run(markdown_session, GREEDY, 40, ("**bold**",))
    assert "".join(pieces) == text[:text.index("**bold**")]
    assert outcome.finish_reason == "stop"
    # No piece ever showed the start of the stop string on its own.
    assert not any(piece.endswith("*") for piece in pieces)


def test_max_tokens_and_logit_bias(tiny_model: Path) -> None:
    session = ModelSession.load(tiny_model, LoadOptions(state_cache_bytes=0))
    try:
        reply = session.generate([ChatMessage("user", "Hi")], SamplingParams(seed=1),
                                 lambda _: None)
        assert reply.text == REPLY and reply.finish_reason == "stop"
        eos = session._llama.token_eos()
        banned = session.generate(
            [ChatMessage("user", "Hi")],
            SamplingParams(seed=1, max_tokens=12, logit_bias=((eos, float("-inf")),)),
            lambda _: None)
        assert banned.finish_reason == "length" and banned.completion_tokens == 12
        assert banned.text.startswith(REPLY)
        penalised = session.generate([ChatMessage("user", "Hi")],
                                     SamplingParams(seed=1, repeat_penalty=1.3, max_tokens=8),
                                     lambda _: None)
        assert 0 < penalised.completion_tokens <= 8
    finally:
        session.close()


def test_possible_stop_start() -> None:
    stops = ("\nUser:", "###")
    assert _possible_stop_start("Hello\nUs", stops, 6) == "\nUs"
    assert _possible_stop_start("Hello #", stops, 6) == "#"
    assert _possible_stop_start("Hello", stops, 6) == ""
