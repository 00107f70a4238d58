"""A thinking model through the local API, with the official openai client: the
reasoning in message.reasoning_content and delta.reasoning_content, inline with
reasoning_format "none", the switch through chat_template_kwargs, and an earlier
reply's reasoning_content handed to the template. Real server process, real llama.cpp
(the tiny thinking model), real SQLite."""

from __future__ import annotations

import json
from collections.abc import Iterator

import openai
import pytest

from llamadesk.diagnostics.tiny_model import THINKING, write_tiny_llama
from tests.helpers.api_server import Server, install, running_server
from tests.helpers.tiny_gguf import REPLY

# Qwen3's shape in small: <think> markers, an enable_thinking switch that closes the
# thinking in the generation prompt, earlier reasoning_content printed back.
TEMPLATE = ("{% for m in messages %}[{{ m.role }}] "
            "{% if m.reasoning_content %}<think>{{ m.reasoning_content }}</think>{% endif %}"
            "{{ m.content }}\n{% endfor %}{% if add_generation_prompt %}[assistant] "
            "{% if enable_thinking is defined and enable_thinking is false %}"
            "<think></think>{% endif %}{% endif %}")
HELLO = [{"role": "user", "content": "Hi there"}]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    model = write_tiny_llama(tmp_path_factory.mktemp("models") / "tiny-thinker.gguf",
                             thinking=True, chat_template=TEMPLATE, name="Tiny Thinker")
    data_dir = tmp_path_factory.mktemp("serve-data")
    install(data_dir, model)
    with running_server(data_dir, "--model", str(model)) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as made:
        yield made


def test_reasoning_content_whole_and_streamed(client: openai.OpenAI) -> None:
    model = client.models.list().data[0].id
    reply = client.chat.completions.create(model=model, messages=HELLO)
    message = reply.choices[0].message
    assert message.content == REPLY
    assert message.reasoning_content.strip() == THINKING

    chunks = list(client.chat.completions.create(model=model, messages=HELLO, stream=True))
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    reasoning = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
    answer = "".join(d.content or "" for d in deltas)
    assert reasoning.strip() == THINKING and answer == REPLY
    # Every reasoning piece comes before the first piece of the answer.
    kinds = ["r" if getattr(d, "reasoning_content", None) else "a" for d in deltas
             if getattr(d, "reasoning_content", None) or d.content]
    assert kinds == sorted(kinds, reverse=True)


def test_reasoning_inline_when_asked(client: openai.OpenAI) -> None:
    model = client.models.list().data[0].id
    reply = client.chat.completions.create(model=model, messages=HELLO,
                                           extra_body={"reasoning_format": "none"})
    message = reply.choices[0].message
    assert message.content.startswith("<think>") and message.content.endswith(REPLY)
    assert getattr(message, "reasoning_content", None) is None


def test_the_switch_and_earlier_reasoning_reach_the_template(server: Server,
                                                             client: openai.OpenAI) -> None:
    from tests.helpers.api_server import request

    model = client.models.list().data[0].id
    # The tiny model thinks whatever it is told, so the switch shows in the prompt the
    # server built: its token count grows by the closed block.
    on = client.chat.completions.create(model=model, messages=HELLO)
    off = client.chat.completions.create(
        model=model, messages=HELLO, extra_body={"chat_template_kwargs":
                                                 {"enable_thinking": False}})
    assert off.usage.prompt_tokens > on.usage.prompt_tokens
    turns = [*HELLO, {"role": "assistant", "content": "Hello!",
                      "reasoning_content": "They said hi."},
             {"role": "user", "content": "And?"}]
    without = [*HELLO, {"role": "assistant", "content": "Hello!"},
               {"role": "user", "content": "And?"}]
    kept = client.chat.completions.create(model=model, messages=turns)  # type: ignore[arg-type]
    plain = client.chat.completions.create(model=model, messages=without)  # type: ignore[arg-type]
    assert kept.usage.prompt_tokens > plain.usage.prompt_tokens
    status, _, body = request(server, "POST", "/v1/chat/completions", json.dumps({
        "model": model, "messages": HELLO, "reasoning_effort": "extreme"}).encode())
    assert status == 400 and "reasoning_effort" in json.loads(body)["error"]["message"]
