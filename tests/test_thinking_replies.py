"""A thinking model's reply through the chat service: its reasoning streamed apart
from its answer and stored beside it, with how long it thought; the next prompt
carries the answer. Real llama.cpp (a tiny model that says "<think>Let me
think</think>" before its reply), real SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.app import AppContext
from llamadesk.chat import ChatService
from llamadesk.diagnostics.tiny_model import (
    LLAMA2_TEMPLATE,
    THINKING,
    THINKING_TEMPLATE,
    write_tiny_llama,
)
from llamadesk.engine.reasoning import COMMAND_R, THINK
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from tests.helpers.tiny_gguf import REPLY, THINK_SWITCH_TEMPLATE


@pytest.fixture(scope="module")
def thinking_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_llama(tmp_path_factory.mktemp("thinking") / "tiny-thinking.gguf",
                            thinking=True, chat_template=THINKING_TEMPLATE)


@pytest.fixture
def session(thinking_model: Path) -> Iterator[ModelSession]:
    loaded = ModelSession.load(thinking_model, LoadOptions())
    yield loaded
    loaded.close()


def test_the_reasoning_streams_apart_and_is_stored_beside_the_answer(
        context: AppContext, session: ModelSession) -> None:
    assert session.reasoning == THINK  # read from its template
    service = ChatService(context.repository)
    answer: list[str] = []
    reasoning: list[str] = []
    reply = service.send(session, None, "Hi", SamplingParams(seed=1), on_text=answer.append,
                         on_reasoning=reasoning.append)
    assert "".join(reasoning).strip() == THINKING
    assert "".join(answer) == REPLY and reply.content == REPLY
    assert reply.reasoning is not None and reply.reasoning.strip() == THINKING
    assert reply.thinking_ms is not None and reply.thinking_ms >= 0
    stored = context.repository.get_message(reply.id)
    assert (stored.content, stored.reasoning) == (reply.content, reply.reasoning)
    # Search finds the answer, not the thinking.
    assert [hit.message_id for hit in context.repository.search("tiny llama")] == [reply.id]
    assert context.repository.search("Let me think") == []
    # The next turn's prompt carries the answer alone (the template drops thinking).
    again = service.send(session, reply.conversation_id, "And?", SamplingParams(seed=1))
    prompt = "".join(piece.text for piece in session.build_prompt(
        service.prompt_messages(again.conversation_id, again.parent_id, session)).pieces)
    assert "<think>" not in prompt and REPLY in prompt


def test_a_reply_cut_off_while_thinking_keeps_its_thinking(context: AppContext,
                                                          session: ModelSession) -> None:
    service = ChatService(context.repository)
    reply = service.send(session, None, "Hi", SamplingParams(seed=1, max_tokens=3))
    assert reply.finish_reason == "length"
    assert reply.content == "" and reply.reasoning is not None
    assert reply.reasoning.strip() == "Let me"


def test_a_model_that_does_not_think_is_left_as_it_was(context: AppContext,
                                                       tiny_model: Path) -> None:
    plain = ModelSession.load(tiny_model, LoadOptions())
    try:
        assert plain.reasoning is None
        reply = ChatService(context.repository).send(plain, None, "Hi", SamplingParams())
        assert reply.content == REPLY and reply.reasoning is None and reply.thinking_ms is None
    finally:
        plain.close()


def test_the_terminal_shows_the_thinking_apart_or_hides_it(data_dir: Path,
                                                           thinking_model: Path) -> None:
    from tests.test_cli import llamadesk

    shown = llamadesk("chat", "--model", str(thinking_model), "Hi", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    # A pipe gets markers, not escape codes; the answer after them.
    assert shown.stdout.endswith(f"[thinking]\n{THINKING}\n[answer]\n{REPLY}\n")
    assert "\033[" not in shown.stdout
    hidden = llamadesk("chat", "--model", str(thinking_model), "--hide-thinking", "Hi",
                       data_dir=data_dir)
    assert hidden.returncode == 0, hidden.stderr
    assert hidden.stdout.endswith(f"{REPLY}\n") and THINKING not in hidden.stdout
    # Stored either way.
    import sqlite3

    with sqlite3.connect(data_dir / "history.sqlite3") as raw:
        stored = raw.execute("SELECT reasoning FROM messages WHERE role = 'assistant'").fetchall()
    assert [row[0].strip() for row in stored] == [THINKING, THINKING]



def test_the_thinking_switch_reaches_the_template(tmp_path: Path, data_dir: Path) -> None:
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.engine.reasoning import Toggle
    from tests.test_cli import llamadesk

    model = write_tiny_llama(tmp_path / "switched.gguf", thinking=True,
                             chat_template=THINK_SWITCH_TEMPLATE)
    session = ModelSession.load(model, LoadOptions())
    try:
        assert session.reasoning is not None
        assert session.reasoning.toggle is Toggle.ENABLE_THINKING
        hello = [ChatMessage("user", "Hello")]

        def rendered(think: str | None) -> str:
            return "".join(p.text for p in session.build_prompt(hello, think).pieces)

        assert rendered(None).endswith("[assistant] ")  # the template's default
        assert rendered("on").endswith("[assistant] ")
        assert rendered("off").endswith("[assistant] <think></think>")
    finally:
        session.close()
    shown = llamadesk("chat", "--model", str(model), "--think", "off", "--show-prompt", "Hi",
                      data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "[assistant] <think></think>" in shown.stdout


def test_a_conversation_keeps_its_thinking_switch() -> None:
    from llamadesk.sampling import SamplingChoice

    choice = SamplingChoice.from_json({"preset": "precise", "think": "off"})
    assert choice is not None and choice.think == "off" and choice.params().think == "off"
    assert SamplingChoice.from_json(choice.to_json()) == choice
    odd = SamplingChoice.from_json({"preset": "precise", "think": "always"})
    assert odd is not None and odd.think is None  # not a choice: ignored
    assert "think" not in SamplingChoice().to_json()  # nothing stored for automatic


def test_search_finds_answers_and_reasoning_when_asked(context: AppContext,
                                                       session: ModelSession,
                                                       data_dir: Path) -> None:
    import json

    from tests.test_cli import llamadesk

    reply = ChatService(context.repository).send(session, None, "Hi", SamplingParams(seed=1))
    assert context.repository.search("think") == []  # the answer alone by default
    [hit] = context.repository.search("think", reasoning=True)
    assert hit.message_id == reply.id and hit.in_reasoning and "think" in hit.snippet.lower()
    # "tiny" is in the answer: found once, as an answer, even when reasoning is searched.
    [answer] = context.repository.search("tiny", reasoning=True)
    assert not answer.in_reasoning
    context.close()
    found = llamadesk("search", "think", "--reasoning", "--json", data_dir=data_dir)
    assert found.returncode == 0, found.stderr
    [listed] = json.loads(found.stdout)
    assert listed["message"] == reply.id and listed["in_reasoning"] is True
    plain = llamadesk("search", "think", data_dir=data_dir)
    assert "No matches." in plain.stdout


def test_markers_that_are_control_tokens_still_split(context: AppContext,
                                                     tmp_path: Path) -> None:
    """Command R7B's (and gpt-oss's) markers are control tokens, which llama.cpp's
    detokenizing leaves empty: the reply must spell them, or thinking and answer run
    together."""
    template = LLAMA2_TEMPLATE + "{# <|START_THINKING|>{{ thinking }}<|END_THINKING|> #}"
    model = write_tiny_llama(tmp_path / "tiny-r7b.gguf", chat_template=template,
                             thinking_markers=("<|START_THINKING|>", "<|END_THINKING|>"))
    session = ModelSession.load(model, LoadOptions())
    try:
        assert session.reasoning == COMMAND_R and session.markers_are_control
        reply = ChatService(context.repository).send(session, None, "Hi", SamplingParams())
        assert reply.content == REPLY
        assert reply.reasoning is not None and reply.reasoning.strip() == THINKING
    finally:
        session.close()
