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
    assert 0 < reply.usage.completion_tokens_details.reasoning_tokens \
        < reply.usage.completion_tokens

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


def test_responses_api_reasoning_item_whole_and_streamed(client: openai.OpenAI) -> None:
    model = client.models.list().data[0].id
    reply = client.responses.create(model=model, input="Hi there")
    thought, message = reply.output
    assert thought.type == "reasoning" and message.type == "message"
    assert thought.content[0].text.strip() == THINKING
    assert reply.output_text == REPLY
    assert reply.usage.output_tokens_details.reasoning_tokens > 0

    events = list(client.responses.create(model=model, input="Hi there", stream=True))
    kinds = [e.type for e in events]
    deltas = "".join(e.delta for e in events if e.type == "response.reasoning_text.delta")
    assert deltas.strip() == THINKING
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == REPLY
    # The reasoning item opens and closes at index 0 before the message opens at 1.
    added = [(e.output_index, e.item.type) for e in events
             if e.type == "response.output_item.added"]
    assert added == [(0, "reasoning"), (1, "message")]
    assert kinds.index("response.reasoning_text.done") < kinds.index(
        "response.output_text.delta")
    done = [e for e in events if e.type == "response.completed"][0].response
    assert [item.type for item in done.output] == ["reasoning", "message"]
    # The SDK's own stream helper accumulates the same response.
    with client.responses.stream(model=model, input="Hi there") as stream:
        final = stream.get_final_response()
    assert final.output[0].content[0].text.strip() == THINKING
    assert final.output_text == REPLY


def test_responses_api_reasoning_goes_back_and_effort_switches(
        server: Server, client: openai.OpenAI) -> None:
    from tests.helpers.api_server import request

    model = client.models.list().data[0].id
    on = client.responses.create(model=model, input="Hi there")
    off = client.responses.create(model=model, input="Hi there",
                                  reasoning={"effort": "none"})
    assert off.usage.input_tokens > on.usage.input_tokens  # the closed <think></think>

    # The earlier reasoning reaches the template: through previous_response_id...
    followed = client.responses.create(model=model, input="And?",
                                       previous_response_id=on.id)
    answer_only = client.responses.create(model=model, input=[
        {"role": "user", "content": "Hi there"},
        {"role": "assistant", "content": on.output_text},
        {"role": "user", "content": "And?"}])
    assert followed.usage.input_tokens > answer_only.usage.input_tokens
    # ...and as a reasoning item handed back in the input, to the same prompt.
    handed = client.responses.create(model=model, input=[
        {"role": "user", "content": "Hi there"}, on.output[0].model_dump(exclude_none=True),
        {"role": "assistant", "content": on.output_text},
        {"role": "user", "content": "And?"}])  # type: ignore[list-item]
    assert handed.usage.input_tokens == followed.usage.input_tokens

    for wrong, words in (({"reasoning": {"effort": "extreme"}}, "reasoning.effort"),
                         ({"input": [{"type": "reasoning", "summary": []},
                                     {"role": "user", "content": "Hi"}]},
                          "must come just before")):
        status, _, body = request(server, "POST", "/v1/responses", json.dumps(
            {"model": model, "input": "Hi", **wrong}).encode())
        assert status == 400 and words in json.loads(body)["error"]["message"]
