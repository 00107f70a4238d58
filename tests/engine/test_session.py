"""The real llama.cpp running the tiny generated model."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.errors import GenerationError, ModelLoadError
from tests.helpers.tiny_gguf import REPLY, write_tiny_llama


@pytest.fixture(scope="module")
def session(tiny_model: Path) -> ModelSession:
    loaded = ModelSession.load(tiny_model)
    yield loaded
    loaded.close()


def test_loads_with_facts(session: ModelSession) -> None:
    assert session.info.n_ctx == 2048
    assert session.info.backend == "CPU"
    assert session.info.template.value == "llama2"


def test_bos_and_eos_are_single_special_tokens(session: ModelSession) -> None:
    prompt = session.build_prompt([
        ChatMessage("user", "a"), ChatMessage("assistant", "b"), ChatMessage("user", "c"),
    ])
    tokens = session.tokenize_prompt(prompt)
    bos, eos = 1, 2  # the ids tiny_gguf gives <s> and </s>
    assert tokens[0] == bos
    assert tokens.count(bos) == 2 and tokens.count(eos) == 1
    # Typed by a user, "</s>" is text: it must not become the EOS token.
    typed = session.tokenize_prompt(session.build_prompt([ChatMessage("user", "x </s> <s>")]))
    assert typed.count(eos) == 0 and typed.count(bos) == 1


def test_streams_the_known_reply(session: ModelSession) -> None:
    pieces: list[str] = []
    result = session.generate([ChatMessage("user", "Hi!")], SamplingParams(seed=1), pieces.append)
    assert result.text == REPLY
    assert "".join(pieces) == REPLY
    assert len(pieces) > 3  # it streamed, piece by piece
    assert result.finish_reason == "stop"
    assert result.completion_tokens >= 6
    assert result.prompt_tokens > 3
    assert result.time_to_first_token_ms is not None


def test_stop_ends_a_long_reply_and_session_stays_usable(chatty_model: Path) -> None:
    chatty = ModelSession.load(chatty_model)
    stop = threading.Event()
    received: list[float] = []
    stopped_at: list[float] = []

    def on_text(_piece: str) -> None:
        received.append(time.perf_counter())
        if len(received) == 20:
            stopped_at.append(time.perf_counter())
            stop.set()

    result = chatty.generate([ChatMessage("user", "Talk.")], SamplingParams(), on_text, stop)
    assert result.finish_reason == "cancelled"
    assert len(received) == 20  # not one more piece after the stop
    second = chatty.generate([ChatMessage("user", "Again.")], SamplingParams(max_tokens=12),
                             lambda _: None)
    assert second.finish_reason == "length"
    assert second.text.startswith("Hello from a tiny llama.")
    chatty.close()


def test_stop_during_prompt_evaluation(chatty_model: Path) -> None:
    chatty = ModelSession.load(chatty_model)
    stop = threading.Event()
    stop.set()  # already set: the abort callback ends the very first llama_decode
    long_text = "word " * 500  # about 2,500 tokens of this tiny vocabulary
    result = chatty.generate([ChatMessage("user", long_text)], SamplingParams(), lambda _: None,
                             stop)
    assert result.finish_reason == "cancelled"
    assert result.text == ""
    # Aborted inside llama_decode: the prompt was never fully evaluated.
    assert chatty.cached_tokens < result.prompt_tokens
    after = chatty.generate([ChatMessage("user", "Hi")], SamplingParams(max_tokens=6),
                            lambda _: None)
    assert after.text.startswith("Hello from a tiny llama")
    chatty.close()


def test_prompt_longer_than_context_is_a_clear_error(tiny_model: Path) -> None:
    small = ModelSession.load(tiny_model, LoadOptions(n_ctx=128))
    with pytest.raises(GenerationError, match="too long for the model's context window"):
        small.generate([ChatMessage("user", "many words " * 200)], SamplingParams(), print)
    small.close()


def test_old_turns_leave_the_prompt_first(tiny_model: Path) -> None:
    small = ModelSession.load(tiny_model, LoadOptions(n_ctx=256))
    history = [ChatMessage("system", "Be kind.")]
    for i in range(30):
        history += [ChatMessage("user", f"question {i}"), ChatMessage("assistant", REPLY)]
    history.append(ChatMessage("user", "last question"))
    fitted = small.fit(history, reserve=64)
    assert fitted.messages[0].content == "Be kind."
    assert fitted.messages[-1].content == "last question"
    assert fitted.dropped > 0 and fitted.dropped % 2 == 0
    assert fitted.prompt_tokens + 64 <= 256
    small.close()


def test_unsupported_architecture_is_explained(tmp_path: Path) -> None:
    odd = write_tiny_llama(tmp_path / "odd.gguf", architecture="no-such-arch")
    with pytest.raises(ModelLoadError, match="architecture 'no-such-arch'"):
        ModelSession.load(odd)


def test_template_can_be_overridden(tiny_model: Path) -> None:
    from llamadesk.engine.prompt import TemplateKind

    plain = ModelSession.load(tiny_model, LoadOptions(template=TemplateKind.PLAIN))
    assert plain.info.template is TemplateKind.PLAIN
    assert plain.build_prompt([ChatMessage("user", "Hi")]).display() == "<s>User: Hi\n\nAssistant:"
    plain.close()
    jinja = ModelSession.load(tiny_model, LoadOptions(template=TemplateKind.JINJA))
    messages = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hi"),
                ChatMessage("assistant", "Hello"), ChatMessage("user", "Bye")]
    rendered = jinja.build_prompt(messages)
    assert rendered.template is TemplateKind.JINJA
    exact = ModelSession.load(tiny_model)
    # The fixture's (Hugging Face style) template spells the same text as Meta's format.
    assert rendered.display() == exact.build_prompt(messages).display()
    jinja.close()
    exact.close()


def test_llama2_tokens_match_metas_reference(session: ModelSession) -> None:
    """Token by token against Meta's chat_completion, written out independently here."""
    llama = session._llama

    def encode(text: str, bos: bool, eos: bool) -> list[int]:
        # Meta's Tokenizer.encode: SentencePiece on the text, BOS/EOS as ids around it.
        ids = llama.tokenize(text.encode(), add_bos=False, special=False)
        return ([llama.token_bos()] if bos else []) + ids + ([llama.token_eos()] if eos else [])

    dialog = [ChatMessage("system", "Answer in French."), ChatMessage("user", "Hello there"),
              ChatMessage("assistant", "Bonjour !"), ChatMessage("user", "How are you?"),
              ChatMessage("assistant", "Très bien."), ChatMessage("user", "Bye </s> now")]
    reference = (
        encode("[INST] <<SYS>>\nAnswer in French.\n<</SYS>>\n\nHello there [/INST] Bonjour ! ",
               True, True)
        + encode("[INST] How are you? [/INST] Très bien. ", True, True)
        + encode("[INST] Bye </s> now [/INST]", True, False)
    )
    assert session.tokenize_prompt(session.build_prompt(dialog)) == reference
    assert reference.count(llama.token_eos()) == 2  # "</s>" typed by the user stays text


def test_previous_turns_and_other_conversations_are_not_evaluated_again(tiny_model: Path) -> None:
    session = ModelSession.load(tiny_model)
    first = [ChatMessage("user", "conversation A opens with this question")]
    one = session.generate(first, SamplingParams(seed=1), lambda _: None, conversation=1)
    assert one.evaluated_prompt_tokens == one.prompt_tokens
    turns = first
    for n in range(5):
        turns = [*turns, ChatMessage("assistant", REPLY), ChatMessage("user", f"next {n}")]
        later = session.generate(turns, SamplingParams(seed=1), lambda _: None, conversation=1)
        assert later.evaluated_prompt_tokens < 25 < later.prompt_tokens  # only the new turn
    other = session.generate([ChatMessage("user", "a different chat")], SamplingParams(),
                             lambda _: None, conversation=2)
    assert other.finish_reason == "stop"
    turns = [*turns, ChatMessage("assistant", REPLY), ChatMessage("user", "back to A")]
    back = session.generate(turns, SamplingParams(seed=1), lambda _: None, conversation=1)
    assert back.evaluated_prompt_tokens < 25 < back.prompt_tokens  # the state cache
    assert back.context_used == back.prompt_tokens + back.completion_tokens
    session.close()


def test_state_saved_only_when_switching_conversations(chatty_model: Path) -> None:
    session = ModelSession.load(chatty_model, LoadOptions(state_cache_bytes=256 << 20))
    states = session._states
    assert states is not None
    long_text = " ".join(f"line {n}: the quick brown fox." for n in range(60))
    params = SamplingParams(max_tokens=8, seed=1)
    first = session.generate([ChatMessage("user", long_text)], params, lambda _: None,
                             conversation="a")
    # Replies in one conversation save nothing: the next message starts at once.
    again = session.generate([ChatMessage("user", long_text),
                              ChatMessage("assistant", first.text),
                              ChatMessage("user", "more")], params, lambda _: None,
                             conversation="a")
    assert states.used == 0
    assert again.evaluated_prompt_tokens < 40  # the shared prefix came from the KV cache
    # Another conversation takes the model: "a" is saved, once.
    other = session.generate([ChatMessage("user", "Something else entirely")], params,
                             lambda _: None, conversation="b")
    assert "a" in states and states.used > 0
    assert other.evaluated_prompt_tokens > 0
    # Back to "a": its state comes back, and only the new message is read.
    back = session.generate([ChatMessage("user", long_text),
                             ChatMessage("assistant", first.text),
                             ChatMessage("user", "more"),
                             ChatMessage("assistant", again.text),
                             ChatMessage("user", "and more")], params, lambda _: None,
                            conversation="a")
    assert back.prompt_tokens > 300 and back.evaluated_prompt_tokens < 40
    session.close()


def test_saved_states_stay_within_their_budget(chatty_model: Path) -> None:
    session = ModelSession.load(chatty_model, LoadOptions(state_cache_bytes=1 << 30))
    states = session._states
    assert states is not None
    text = " ".join(f"line {n}: the quick brown fox." for n in range(40))

    def ask(name: str) -> None:
        session.generate([ChatMessage("user", f"{name} {text}")],
                         SamplingParams(max_tokens=4, seed=1), lambda _: None,
                         conversation=name)

    ask("a")
    ask("b")
    one = states.used  # "a"'s state
    states.budget = int(2.5 * one)  # room for two
    for name in "cdef":
        ask(name)
    assert 0 < states.used <= states.budget
    assert "e" in states and "d" in states and "a" not in states  # the oldest went first
    session.close()


def test_automatic_threads_take_every_core_headless_and_in_a_small_window(
        tiny_model: Path) -> None:
    import psutil

    from llamadesk.engine.threads import Threads, for_window

    cores = psutil.cpu_count(logical=False) or 1
    automatic = ModelSession.load(tiny_model, LoadOptions(n_ctx=256))
    try:
        # The terminal and the server: every physical core reads and writes.
        assert automatic._llama.n_threads_batch == cores  # noqa: SLF001
        assert automatic._llama.n_threads == cores  # noqa: SLF001
    finally:
        automatic.close()
    window = ModelSession.load(tiny_model, LoadOptions(n_ctx=256, for_window=True))
    try:
        expected = for_window(None, cores)
        assert (window._llama.n_threads_batch, window._llama.n_threads) == (  # noqa: SLF001
            expected.prompt, expected.reply)
    finally:
        window.close()
    # A free core for the window only from 4 cores up.
    assert for_window(None, 2) == Threads(2, 2) and for_window(None, 8) == Threads(8, 7)
    chosen = ModelSession.load(tiny_model, LoadOptions(n_ctx=256, n_threads=3,
                                                       for_window=True))
    try:
        assert (chosen._llama.n_threads, chosen._llama.n_threads_batch) == (3, 3)  # noqa: SLF001
    finally:
        chosen.close()
