"""Speculative decoding by prompt lookup in LlamaDesk's own token loop: the same reply
as plain decoding (greedy and sampled with a seed, across a stop string, a grammar
and max_tokens), guesses checked in one batch, and the KV cache left as plain
decoding leaves it. Real llama.cpp: the tiny chatty model, which repeats itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.diagnostics.tiny_model import write_tiny_bpe, write_tiny_llama
from llamadesk.engine.draft import DraftError
from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.engine.speculation import PromptLookup
from llamadesk.errors import ModelLoadError


@pytest.fixture(scope="module")
def chatty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelSession]:
    model = write_tiny_llama(tmp_path_factory.mktemp("chatty") / "chatty.gguf", chatty=True,
                             context_length=4096)
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    yield session
    session.close()


def _both(session: ModelSession, messages: list[ChatMessage], mode: str = "lookup",
          **params: object) -> tuple[tuple[str, str, int], tuple[str, str, int], int]:
    """The reply with speculation off and with ``mode``: (text, finish reason, KV cache
    length) of each, and how many guesses ``mode`` kept."""
    runs = []
    accepted = 0
    for each in ("off", mode):
        result = session.generate(messages, SamplingParams(speculative=each, **params),
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


@pytest.mark.parametrize("source", ["lookup", "draft"])
def test_stop_during_guessed_batches(chatty: ModelSession, source: str) -> None:
    """Stop between (and inside) batches of guesses ends the reply as quickly as in
    plain decoding, and leaves a cache the next reply reads correctly; with guesses
    from prompt lookup, and from a draft model (the model itself)."""
    import threading
    import time

    mode = f"draft:{chatty.info.facts.path}" if source == "draft" else "lookup"
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
                                 SamplingParams(temperature=0.0, speculative=mode),
                                 receive, stop)
        latencies.append(time.perf_counter() - fired[0])
        assert result.finish_reason == "cancelled" and result.accepted_tokens > 0
        assert result.text == "".join(pieces)
    assert max(latencies) < 0.25, latencies
    plain = chatty.generate([ChatMessage("user", "Once more")],
                            SamplingParams(temperature=0.0, max_tokens=20), lambda _: None)
    guessed = chatty.generate([ChatMessage("user", "Once more")],
                              SamplingParams(temperature=0.0, max_tokens=20,
                                             speculative=mode), lambda _: None)
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
    # A draft: the model itself (the same reply), then one with another vocabulary.
    drafted = llamadesk("chat", "--model", str(model), "--max-tokens", "40", "--seed", "1",
                        "--speculative", f"draft:{model}", "--guess-tokens", "4", "Talk",
                        data_dir=data)
    assert drafted.returncode == 0 and drafted.stdout == runs[0].stdout, drafted.stderr
    bpe = write_tiny_bpe(model.parent / "bpe.gguf", control_tokens=("<s>", "</s>"),
                         bos="<s>", eos="</s>")
    refused = llamadesk("chat", "--model", str(model), "--speculative", f"draft:{bpe}",
                        "Talk", data_dir=data)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "bpe.gguf cannot be the draft for this model" in refused.stderr
    wrong = llamadesk("chat", "--model", str(model), "--speculative", "draft", "Talk",
                      data_dir=data)
    assert wrong.returncode == 2 and "off, lookup, auto or draft:PATH" in wrong.stderr


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


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory, chatty: ModelSession) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("drafts")
    return {
        # The same model as its own draft: every guess is what it writes.
        "self": chatty.info.facts.path,
        # The same vocabulary, other weights: most guesses are wrong.
        "other": write_tiny_llama(folder / "plain.gguf", context_length=4096),
        # Another tokenizer (byte-level BPE), and the same kind with ids moved.
        "bpe": write_tiny_bpe(folder / "bpe.gguf", control_tokens=("<s>", "</s>"),
                              bos="<s>", eos="</s>"),
        "moved": write_tiny_llama(folder / "moved.gguf", extra_control_tokens=("<think>",)),
    }


def test_a_draft_model_gives_the_same_reply(chatty: ModelSession,
                                            drafts: dict[str, Path]) -> None:
    ask = [ChatMessage("user", "Talk to me")]
    grammar = 'root ::= ("Hello" | " from" | " a" | " tiny" | " llama." | " The" | " quick")+'
    for name in ("self", "other"):
        mode = f"draft:{drafts[name]}"
        plain, guessed, accepted = _both(chatty, ask, mode, temperature=0.0, max_tokens=60)
        assert plain == guessed, name  # text, finish reason and the KV cache's length
        if name == "self":
            assert accepted > 20  # of 59 (the switch times plain decoding too)
        for seed in (1, 2):
            plain, guessed, _ = _both(chatty, ask, mode, temperature=0.7, seed=seed,
                                      max_tokens=40)
            assert plain == guessed, (name, seed)
        plain, guessed, _ = _both(chatty, ask, mode, temperature=0.0, max_tokens=200,
                                  stop=("lazy dog. The quick",))
        assert plain == guessed and plain[1] == "stop"
        plain, guessed, _ = _both(chatty, ask, mode, temperature=0.0, max_tokens=33)
        assert plain == guessed and plain[1] == "length"
        plain, guessed, _ = _both(chatty, ask, mode, temperature=0.0, max_tokens=40,
                                  grammar=grammar, speculative_tokens=3)
        assert plain == guessed
    # Guesses a model does not make are counted, and cost nothing in the text.
    result = chatty.generate(ask, SamplingParams(temperature=0.0, max_tokens=60,
                                                 speculative=f"draft:{drafts['other']}"),
                             lambda _: None)
    assert result.guessed_tokens > result.accepted_tokens


def test_a_draft_with_another_vocabulary_is_refused_in_a_sentence(
        chatty: ModelSession, drafts: dict[str, Path], tmp_path: Path) -> None:
    for name, why in (("bpe", "another kind of tokenizer"), ("moved", "differs")):
        with pytest.raises(DraftError) as refused:
            chatty.use_draft(drafts[name])
        message = str(refused.value)
        assert f"{drafts[name].name} cannot be the draft for this model" in message
        assert "vocabulary is not the same" in message and why in message
    text = tmp_path / "notes.gguf"
    text.write_text("not a model at all")
    with pytest.raises(ModelLoadError):
        chatty.use_draft(text)
    # A reply asked with a draft that cannot be used guesses by lookup instead: the
    # same reply, never an error (the choice was checked when it was made).
    ask = [ChatMessage("user", "Talk to me")]
    plain, guessed, accepted = _both(chatty, ask, f"draft:{drafts['bpe']}",
                                     temperature=0.0, max_tokens=40)
    assert plain == guessed and accepted > 0


def test_auto_weighs_the_measured_speed() -> None:
    from llamadesk.engine.speculation import AutoSwitch

    slow = AutoSwitch()
    for _ in range(20):
        slow.timed("plain", 0.010, 1)  # 10 ms a token alone
    for _ in range(10):
        slow.record(2, 2)  # every guess right: the rate alone would keep guessing
        slow.timed("guessed", 0.036, 3)  # but 12 ms a token: slower than plain
    assert slow.per_token("plain") == pytest.approx(0.010)
    assert not slow.guessing  # guessing costs here: plain decoding for a while
    fast = AutoSwitch()
    for _ in range(20):
        fast.timed("plain", 0.010, 1)
    for _ in range(10):
        fast.record(2, 2)
        fast.timed("guessed", 0.015, 3)  # 5 ms a token
    assert fast.guessing


def test_auto_times_plain_decoding_when_every_step_guessed() -> None:
    from llamadesk.engine.speculation import AutoSwitch

    switch = AutoSwitch()
    for _ in range(10):
        switch.record(2, 2)
        switch.timed("guessed", 0.036, 3)
        if not switch.guessing:
            break
    assert not switch.guessing  # a short plain stretch, to time plain decoding
    for _ in range(AutoSwitch.TIMED):
        switch.plain_token()
        switch.timed("plain", 0.010, 1)
    assert switch.guessing and switch.per_token("plain") == pytest.approx(0.010)
    switch.timed("guessed", 0.036, 3)
    assert not switch.guessing  # and now it knows guessing costs here


@pytest.mark.parametrize("source", ["lookup", "draft"])
def test_penalties_and_logit_bias_hold_with_guesses(chatty: ModelSession, source: str) -> None:
    mode = f"draft:{chatty.info.facts.path}" if source == "draft" else "lookup"
    ask = [ChatMessage("user", "Talk to me")]
    fox = chatty._llama.tokenize(b" fox", add_bos=False, special=False)
    for params in ({"repeat_penalty": 1.3}, {"frequency_penalty": 0.8, "presence_penalty": 0.5},
                   {"logit_bias": tuple((token, -100.0) for token in fox)}):
        for temperature, seed in ((0.0, None), (0.7, 4)):
            plain, guessed, _ = _both(chatty, ask, mode, temperature=temperature, seed=seed,
                                      max_tokens=40, **params)
            assert plain == guessed, (params, temperature)
            if "logit_bias" in params:
                assert " fox" not in plain[0]


def test_switching_conversations_with_the_state_cache(tmp_path: Path) -> None:
    """Guesses cut from the KV cache never reach a saved conversation state: switching
    back and forth gives the replies plain decoding gives."""
    model = write_tiny_llama(tmp_path / "chatty.gguf", chatty=True, context_length=4096)
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=64 << 20))
    try:
        replies: dict[str, list[str]] = {}
        for mode in ("off", "lookup"):
            first = [ChatMessage("user", "One")]
            second = [ChatMessage("user", "Two, a different chat")]
            texts = []
            for turn in range(3):
                for name, chat in (("a", first), ("b", second)):
                    result = session.generate(chat, SamplingParams(
                        temperature=0.0, max_tokens=12, speculative=mode), lambda _: None,
                        conversation=f"{mode}-{name}")
                    chat.extend([ChatMessage("assistant", result.text),
                                 ChatMessage("user", f"More {turn}")])
                    texts.append(result.text)
            replies[mode] = texts
        assert replies["off"] == replies["lookup"]
    finally:
        session.close()


def test_guessing_that_never_pays_rests_longer_each_time() -> None:
    from llamadesk.engine.speculation import AutoSwitch

    switch = AutoSwitch()
    rests = []
    for _ in range(5):
        for _ in range(3):
            switch.record(8, 0)  # every guess wrong
        assert not switch.guessing
        rest = 0
        while not switch.guessing:
            switch.plain_token()
            rest += 1
        rests.append(rest)
    assert rests == [64, 128, 256, 512, 1024]
    # A guessed step that pays brings the rests back to short ones.
    for _ in range(20):
        switch.timed("plain", 0.010, 1)
    for _ in range(6):
        switch.record(3, 3)
        switch.timed("guessed", 0.012, 4)
    for _ in range(3):
        switch.record(8, 0)
    rest = 0
    while not switch.guessing:
        switch.plain_token()
        rest += 1
    assert rest == AutoSwitch.RETRY_AFTER


def test_auto_guesses_as_many_tokens_as_pay() -> None:
    """At 88 % right, eight guesses pay where a guessed position is cheap (a large
    model, whose batch costs about what one token costs), four where each costs over
    a third of a token (gemma-3-270m's whole-vocabulary output layer)."""
    from llamadesk.engine.speculation import AutoSwitch

    def switch_with(step_seconds: float) -> AutoSwitch:
        switch = AutoSwitch()
        assert switch.best_length(8) == 8  # nothing measured yet
        for _ in range(20):
            switch.timed("plain", 0.010, 1)
        for _ in range(10):
            switch.record(25, 22)  # 88 % right
            switch.timed("guessed", step_seconds, 6, fed=9)
        return switch

    assert switch_with(0.012).best_length(8) == 8  # each guessed position: 2.5 % of a token
    assert switch_with(0.040).best_length(8) == 4  # each: 37.5 %
