"""One-pass context fitting chooses exactly what dropping turn by turn chooses."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from llamadesk.engine.context_budget import fit_to_context, fit_to_context_stepwise
from llamadesk.engine.options import LoadOptions
from llamadesk.engine.prompt import ChatMessage, TemplateKind
from llamadesk.engine.session import ModelSession
from llamadesk.errors import GenerationError
from tests.helpers.tiny_gguf import write_tiny_llama

CHATML = (Path(__file__).resolve().parent.parent / "data" / "templates"
          / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text("utf-8")
WORDS = "the quick brown fox jumps over a lazy dog Hello from tiny llama".split()


@pytest.fixture(scope="module", params=["llama2", "jinja"])
def session(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[ModelSession]:
    path = write_tiny_llama(tmp_path_factory.mktemp("fit") / "m.gguf", chat_template=CHATML,
                            extra_control_tokens=("<|im_start|>", "<|im_end|>"))
    loaded = ModelSession.load(path, LoadOptions(
        n_ctx=512, n_gpu_layers=0, state_cache_bytes=0,
        template=TemplateKind(request.param)))
    yield loaded
    loaded.close()


def random_conversation(rng: random.Random) -> list[ChatMessage]:
    messages = []
    if rng.random() < 0.7:
        messages.append(ChatMessage("system", " ".join(rng.choices(WORDS, k=rng.randint(0, 30)))))
    for index in range(rng.randint(1, 60)):
        role = "user" if index % 2 == 0 else "assistant"
        if rng.random() < 0.05:  # an odd history: two of a role in a row
            role = "assistant" if role == "user" else "user"
        text = " ".join(rng.choices(WORDS, k=rng.randint(0, 40)))
        messages.append(ChatMessage(role, text))
    if messages[-1].role != "user" and rng.random() < 0.7:
        messages.append(ChatMessage("user", "and then?"))
    if rng.random() < 0.1:  # a question longer than the whole window
        messages.append(ChatMessage("user", " ".join(rng.choices(WORDS, k=600))))
    return messages


def test_one_pass_choice_equals_stepwise_choice(session: ModelSession) -> None:
    rng = random.Random(2026)

    def count(candidate: Sequence[ChatMessage]) -> int:
        return len(session.tokenize_prompt(session.build_prompt(candidate)))

    compared = raised = 0
    for _ in range(150):
        messages = random_conversation(rng)
        reserve = rng.choice([64, 128, 200, 300])
        try:
            expected = fit_to_context_stepwise(messages, count, 512, reserve)
        except GenerationError:
            with pytest.raises(GenerationError):
                fit_to_context(messages, count, 512, reserve, session.message_tokens)
            raised += 1
            continue
        renders: list[int] = []

        def counting(candidate: Sequence[ChatMessage], renders: list[int] = renders) -> int:
            renders.append(len(candidate))
            return count(candidate)

        got = fit_to_context(messages, counting, 512, reserve, session.message_tokens)
        assert got == expected
        # Rendered a handful of times, never once per dropped turn.
        assert len(renders) <= 8, (len(messages), expected.dropped, renders)
        compared += 1
    assert compared > 100 and raised > 0


def test_long_conversation_renders_a_few_candidates_only(session: ModelSession) -> None:
    messages = [ChatMessage("system", "Be brief.")]
    for index in range(5_000):
        messages.append(ChatMessage("user" if index % 2 == 0 else "assistant",
                                    f"message number {index} " + "fox " * (index % 7)))
    renders: list[int] = []

    def counting(candidate: Sequence[ChatMessage]) -> int:
        renders.append(len(candidate))
        return len(session.tokenize_prompt(session.build_prompt(candidate)))

    fitted = fit_to_context(messages, counting, 512, 128, session.message_tokens)
    assert fitted.dropped > 4_900 and fitted.messages[0].role == "system"
    assert len(renders) <= 6
    # Only the window's worth was ever rendered.
    assert max(renders) < 200


def test_a_reply_builds_its_prompt_once(session: ModelSession,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from llamadesk.engine.options import SamplingParams

    builds: list[int] = []
    original = session.build_prompt

    def spy(messages: Sequence[ChatMessage], think: str | None = None,
            tools: object = None) -> object:
        builds.append(len(messages))
        return original(messages, think, tools)  # type: ignore[arg-type]

    monkeypatch.setattr(session, "build_prompt", spy)
    conversation = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hello"),
                    ChatMessage("assistant", "Hi."), ChatMessage("user", "And?")]
    result = session.generate(conversation, SamplingParams(max_tokens=4, seed=1),
                              on_text=lambda _: None)
    assert result.completion_tokens > 0
    assert builds == [4]
