"""Speculative decoding by prompt lookup in LlamaDesk's own token loop: the same reply
as plain decoding (greedy and sampled with a seed, across a stop string, a grammar
and max_tokens), guesses checked in one batch, and the KV cache left as plain
decoding leaves it. Real llama.cpp: the tiny chatty model, which repeats itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.engine.speculation import PromptLookup


@pytest.fixture(scope="module")
def chatty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelSession]:
    model = write_tiny_llama(tmp_path_factory.mktemp("chatty") / "chatty.gguf", chatty=True,
                             context_length=4096)
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    yield session
    session.close()


def _both(session: ModelSession, messages: list[ChatMessage], **params: object
          ) -> tuple[tuple[str, str, int], tuple[str, str, int], int]:
    runs = []
    accepted = 0
    for mode in ("off", "lookup"):
        result = session.generate(messages, SamplingParams(speculative=mode, **params),
                                  lambda _: None)
        runs.append((result.text, result.finish_reason, session.cached_tokens))
        accepted = result.accepted_tokens
    return runs[0], runs[1], accepted


def test_the_lookup_guesses_what_followed() -> None:
    lookup = PromptLookup([5, 6, 7, 8, 9, 5, 6])
    assert lookup.guess() == [7, 8, 9, 5, 6]
    lookup.add(1)
    assert lookup.guess() == []
    lookup = PromptLookup([1, 2, -3, -4, 1, 2])
    assert lookup.guess() == []  # an image's positions are never guessed


def test_greedy_replies_are_identical_and_guesses_are_kept(chatty: ModelSession) -> None:
    ask = [ChatMessage("user", "Talk to me")]
    plain, guessed, accepted = _both(chatty, ask, temperature=0.0, max_tokens=60)
    assert plain == guessed  # text, finish reason and the KV cache's length
    assert accepted > 20  # the chatty model repeats itself: most guesses are right
    # A stop string in the middle of a guessed run, and max_tokens inside one.
    plain, guessed, _ = _both(chatty, ask, temperature=0.0, max_tokens=200,
                              stop=("lazy dog. The quick",))
    assert plain == guessed and plain[1] == "stop"
    plain, guessed, _ = _both(chatty, ask, temperature=0.0, max_tokens=33)
    assert plain == guessed and plain[1] == "length"


def test_sampled_replies_are_identical_for_a_seed(chatty: ModelSession) -> None:
    ask = [ChatMessage("user", "Talk to me")]
    for seed in (1, 2, 3):
        plain, guessed, _ = _both(chatty, ask, temperature=0.7, seed=seed, max_tokens=50)
        assert plain == guessed, seed


def test_a_grammar_holds_with_guesses(chatty: ModelSession) -> None:
    ask = [ChatMessage("user", "Talk to me")]
    grammar = 'root ::= ("Hello" | " from" | " a" | " tiny" | " llama." | " The" | " quick")+'
    plain, guessed, _ = _both(chatty, ask, temperature=0.0, max_tokens=40, grammar=grammar)
    assert plain == guessed


def test_the_next_turn_reuses_the_same_cache(chatty: ModelSession) -> None:
    ask = [ChatMessage("user", "Again and again")]
    reused = []
    for mode in ("off", "lookup"):
        first = chatty.generate(ask, SamplingParams(temperature=0.0, max_tokens=40,
                                                    speculative=mode), lambda _: None)
        follow = [*ask, ChatMessage("assistant", first.text), ChatMessage("user", "More")]
        second = chatty.generate(follow, SamplingParams(temperature=0.0, max_tokens=5,
                                                        speculative=mode), lambda _: None)
        reused.append((first.text, second.evaluated_prompt_tokens, second.text))
        chatty.generate([ChatMessage("user", "reset")], SamplingParams(max_tokens=1),
                        lambda _: None)
    assert reused[0] == reused[1]


def test_stop_during_guessed_batches(chatty: ModelSession) -> None:
    """Stop between (and inside) batches of guesses ends the reply as quickly as in
    plain decoding, and leaves a cache the next reply reads correctly."""
    import threading
    import time

    latencies = []
    for run in range(5):
        stop = threading.Event()
        fired: list[float] = []
        pieces: list[str] = []

        def receive(piece: str, stop: threading.Event = stop, fired: list[float] = fired,
                    pieces: list[str] = pieces) -> None:
            if not pieces:
                def fire() -> None:
                    fired.append(time.perf_counter())
                    stop.set()
                threading.Timer(0.1, fire).start()
            pieces.append(piece)
        result = chatty.generate([ChatMessage("user", f"Talk {run}")],
                                 SamplingParams(temperature=0.0, speculative="lookup"),
                                 receive, stop)
        latencies.append(time.perf_counter() - fired[0])
        assert result.finish_reason == "cancelled" and result.accepted_tokens > 0
        assert result.text == "".join(pieces)
    assert max(latencies) < 0.25, latencies
    plain = chatty.generate([ChatMessage("user", "Once more")],
                            SamplingParams(temperature=0.0, max_tokens=20), lambda _: None)
    guessed = chatty.generate([ChatMessage("user", "Once more")],
                              SamplingParams(temperature=0.0, max_tokens=20,
                                             speculative="lookup"), lambda _: None)
    assert plain.text == guessed.text


def test_the_terminal_takes_speculative(tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.test_cli import llamadesk

    model = write_tiny_llama(tmp_path_factory.mktemp("cli") / "chatty.gguf", chatty=True)
    data = tmp_path_factory.mktemp("data")
    runs = [llamadesk("chat", "--model", str(model), "--max-tokens", "40", "--seed", "1",
                      *flag, "Talk", data_dir=data) for flag in ([], ["--speculative",
                                                                      "lookup"])]
    assert all(run.returncode == 0 for run in runs), runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and "lazy dog" in runs[0].stdout


def test_auto_guesses_only_while_it_pays(chatty: ModelSession) -> None:
    from llamadesk.engine.speculation import AutoSwitch

    switch = AutoSwitch()
    for _ in range(3):
        switch.record(8, 1)  # mostly wrong
    assert not switch.guessing
    for _ in range(AutoSwitch.RETRY_AFTER):
        switch.plain_token()
    assert switch.guessing  # tried again later
    switch.record(8, 8)
    switch.record(8, 7)
    switch.record(8, 8)
    assert switch.guessing  # paying: kept on
    # On the model: the same reply as plain decoding, with guesses kept.
    ask = [ChatMessage("user", "Talk to me")]
    plain = chatty.generate(ask, SamplingParams(temperature=0.0, max_tokens=60),
                            lambda _: None)
    auto = chatty.generate(ask, SamplingParams(temperature=0.0, max_tokens=60,
                                               speculative="auto"), lambda _: None)
    assert plain.text == auto.text and auto.accepted_tokens > 20
