"""A model without a chat template (a base model): said at load, and its replies get
a length cap and a repeat penalty unless the conversation chose its own. Real
llama.cpp (the tiny model that never stops), real SQLite."""

from __future__ import annotations

from pathlib import Path

from llamadesk.app import AppContext
from llamadesk.chat import ChatService
from llamadesk.engine.prompt import TemplateKind
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.notes import BASE_MODEL
from llamadesk.sampling import PlainTextLimits
from llamadesk.settings import Settings
from tests.test_cli import llamadesk


def test_a_base_model_is_named_and_its_replies_are_capped(
        context: AppContext, chatty_model: Path, tiny_model: Path) -> None:
    limits = PlainTextLimits(max_tokens=7, repeat_penalty=1.3)
    service = ChatService(context.repository, plain_limits=lambda: limits)
    base = ModelSession.load(chatty_model, LoadOptions(template=TemplateKind.PLAIN))
    try:
        [first, *_] = base.info.notes
        assert first == "Not a chat model: text is continued as written."
        assert getattr(first, "topic", "") == BASE_MODEL
        reply = service.send(base, None, "Once upon a time", SamplingParams(seed=1))
        # It never stops on its own: the cap ends it, and the stored facts say so.
        assert reply.finish_reason == "length" and reply.completion_tokens == 7
        assert reply.params["max_tokens"] == 7 and reply.params["repeat_penalty"] == 1.3
        chosen = service.send(base, None, "Again", SamplingParams(max_tokens=3,
                                                                  repeat_penalty=1.1))
        assert chosen.completion_tokens == 3 and chosen.params["repeat_penalty"] == 1.1
    finally:
        base.close()
    chat = ModelSession.load(tiny_model, LoadOptions())
    try:
        assert not any(getattr(n, "topic", "") == BASE_MODEL for n in chat.info.notes)
        reply = service.send(chat, None, "Hi", SamplingParams())
        assert reply.params["max_tokens"] is None and reply.params["repeat_penalty"] == 1.0
    finally:
        chat.close()


def test_the_limits_come_from_the_settings(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert PlainTextLimits.from_settings(settings) == PlainTextLimits(512, 1.15)
    settings.update(plain_max_tokens=200, plain_repeat_penalty=1.25)
    settings.save()
    again = Settings(tmp_path / "settings.json")
    assert PlainTextLimits.from_settings(again) == PlainTextLimits(200, 1.25)


def test_the_terminal_names_its_flags(data_dir: Path, chatty_model: Path) -> None:
    result = llamadesk("chat", "--model", str(chatty_model), "--template", "plain",
                       "--max-tokens", "4", "Once", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert ("llamadesk: Not a chat model: text is continued as written. Its replies are "
            "capped (--max-tokens) and repetition is penalised.") in result.stderr
    assert "Settings ›" not in result.stderr
