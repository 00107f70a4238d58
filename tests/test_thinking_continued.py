"""Continue on a thinking model's reply: one cut off while thinking thinks on from
where it stopped, one cut off in its answer answers on after its closed thinking;
neither loses the thinking it had. Real llama.cpp (the tiny model that says
"<think>Let me think</think>" before its reply), real SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.app import AppContext
from llamadesk.chat import ChatService, ReplyStarted
from llamadesk.diagnostics.tiny_model import (
    LLAMA2_TEMPLATE,
    THINKING,
    THINKING_TEMPLATE,
    write_tiny_llama,
)
from llamadesk.engine.prompt import ChatMessage, PieceKind
from llamadesk.engine.reasoning import COMMAND_R, HARMONY, MAGISTRAL, THINK, carried_on
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from tests.helpers.tiny_gguf import REPLY


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelSession]:
    model = write_tiny_llama(tmp_path_factory.mktemp("thinking") / "tiny-thinking.gguf",
                             thinking=True, chat_template=THINKING_TEMPLATE)
    loaded = ModelSession.load(model, LoadOptions())
    yield loaded
    loaded.close()


def _tail(session: ModelSession, reply: ChatMessage) -> list[tuple[PieceKind, str]]:
    """The pieces the prompt gets after the generation prompt for ``reply``."""
    question = [ChatMessage("user", "Hi")]
    before = session.build_prompt(question).pieces
    after = session.build_prompt([*question, reply]).pieces
    assert after[:len(before)] == before
    return [(piece.kind, piece.text) for piece in after[len(before):]]


def test_a_reply_cut_off_while_thinking_thinks_on(context: AppContext,
                                                  session: ModelSession) -> None:
    service = ChatService(context.repository)
    cut = service.send(session, None, "Hi", SamplingParams(seed=1, max_tokens=3))
    assert cut.content == "" and cut.reasoning is not None and cut.thinking_ms is not None
    assert _tail(session, ChatMessage("assistant", "", cut.reasoning)) == [
        (PieceKind.TEMPLATE_TEXT, "<think>"), (PieceKind.TEXT, cut.reasoning)]

    started: list[ReplyStarted] = []
    more: list[str] = []
    answer: list[str] = []
    done = service.continue_reply(session, cut.id, SamplingParams(seed=1),
                                  on_started=started.append, on_reasoning=more.append,
                                  on_text=answer.append)
    assert started[0].reasoning == cut.reasoning and started[0].prefix == ""
    assert started[0].thinking_ms == cut.thinking_ms
    # The thinking went on from where it stopped: nothing started again, nothing lost.
    assert done.reasoning == cut.reasoning + "".join(more)
    assert done.reasoning.strip() == THINKING and not THINKING.startswith("".join(more).strip())
    assert done.content == "".join(answer) == REPLY
    assert done.thinking_ms is not None and done.thinking_ms >= cut.thinking_ms
    assert done.finish_reason == "stop"


def test_a_reply_cut_off_in_its_answer_answers_on_after_its_thinking(
        context: AppContext, session: ModelSession) -> None:
    service = ChatService(context.repository)
    cut = service.send(session, None, "Hi", SamplingParams(seed=1, max_tokens=9))
    assert cut.content and REPLY.startswith(cut.content) and cut.content != REPLY
    assert cut.reasoning is not None and cut.reasoning.strip() == THINKING
    assert _tail(session, ChatMessage("assistant", cut.content, cut.reasoning)) == [
        (PieceKind.TEMPLATE_TEXT, "<think>"), (PieceKind.TEXT, cut.reasoning),
        (PieceKind.TEMPLATE_TEXT, "</think>\n\n"), (PieceKind.TEXT, cut.content)]
    reasoning: list[str] = []
    done = service.continue_reply(session, cut.id, SamplingParams(seed=1),
                                  on_reasoning=reasoning.append)
    assert done.content == REPLY and reasoning == []
    assert (done.reasoning, done.thinking_ms) == (cut.reasoning, cut.thinking_ms)


def test_what_a_reply_carried_on_is_prefilled_with_in_each_family() -> None:
    forced = THINK.__class__(**{**THINK.__dict__, "forced_open": True})
    cases = [
        (THINK, "Hmm", "", [("<think>", True), ("Hmm", False)]),
        (THINK, "Hmm", "Hi", [("<think>", True), ("Hmm", False), ("</think>\n\n", True),
                              ("Hi", False)]),
        # Forced open: the generation prompt already opened the thinking.
        (forced, "Hmm", "", [("Hmm", False)]),
        (forced, None, "Hi", [("</think>\n\n", True), ("Hi", False)]),
        (MAGISTRAL, "Hmm", "Hi", [("[THINK]", True), ("Hmm", False), ("[/THINK]", True),
                                  ("Hi", False)]),
        (HARMONY, "Hmm", "Hi", [
            ("<|channel|>analysis<|message|>", True), ("Hmm", False),
            ("<|end|><|start|>assistant<|channel|>final<|message|>", True), ("Hi", False)]),
        (COMMAND_R, "Hmm", "", [("<|START_THINKING|>", True), ("Hmm", False)]),
    ]
    for fmt, reasoning, answer, expected in cases:
        assert carried_on(fmt, reasoning, answer) == expected, (fmt.family, answer)
    # No thinking to carry, or a model that does not think: the answer alone, as before.
    assert carried_on(THINK, None, "Hi") is None
    assert carried_on(None, "Hmm", "Hi") is None


def test_control_token_markers_go_back_as_tokens(tmp_path: Path) -> None:
    """Command R7B's markers are control tokens: carried on, they must be those tokens,
    not their spelling read as text (which the model never saw)."""
    template = LLAMA2_TEMPLATE + "{# <|START_THINKING|>{{ thinking }}<|END_THINKING|> #}"
    model = write_tiny_llama(tmp_path / "tiny-r7b.gguf", chat_template=template,
                             thinking_markers=("<|START_THINKING|>", "<|END_THINKING|>"))
    session = ModelSession.load(model, LoadOptions())
    try:
        assert session.reasoning == COMMAND_R
        control = session._llama.tokenize(b"<|END_THINKING|>", add_bos=False,  # noqa: SLF001
                                          special=True)
        assert len(control) == 1
        prompt = session.build_prompt([ChatMessage("user", "Hi"),
                                       ChatMessage("assistant", "Hel", "Hmm")])
        assert control[0] in session.tokenize_prompt(prompt)
        # Typed by a user, the same spelling stays text.
        typed = session.build_prompt([ChatMessage("user", "<|END_THINKING|>")])
        assert control[0] not in session.tokenize_prompt(typed)
    finally:
        session.close()
