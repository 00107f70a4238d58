"""Tool calls through the local API with the official openai client: tools shown to
the model's own template, calls returned as message.tool_calls and streamed as
delta.tool_calls, tool_choice auto / none / required / a named function, and results
sent back as tool messages. Real server process, real llama.cpp: the tiny model,
which would rather say its one sentence, is held to a call by the grammar that
tool_choice "required" brings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from tests.helpers.api_server import Server, install, request, running_server
from tests.helpers.tiny_gguf import REPLY

TEMPLATES = Path(__file__).parents[1] / "data" / "templates"
WEATHER = {"type": "function", "function": {
    "name": "weather", "description": "Today's weather in a city",
    "parameters": {"type": "object", "properties": {
        "city": {"type": "string", "maxLength": 10}, "unit": {"enum": ["C", "F"]}},
        "required": ["city", "unit"], "additionalProperties": False}}}
TIME = {"type": "function", "function": {"name": "time", "parameters": {
    "type": "object", "properties": {}, "additionalProperties": False}}}
ASK = [{"role": "user", "content": "What is the weather in Paris?"}]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    models = tmp_path_factory.mktemp("models")
    template = (TEMPLATES / "Qwen-Qwen2.5-7B-Instruct.jinja").read_text("utf-8")
    tooled = write_tiny_llama(models / "tiny-tools.gguf", chat_template=template,
                              extra_control_tokens=("<|im_start|>", "<|im_end|>"),
                              name="Tiny Tools", context_length=8192)
    plain = write_tiny_llama(models / "tiny-plain.gguf", name="Tiny Plain")
    data_dir = tmp_path_factory.mktemp("serve-data")
    install(data_dir, tooled, plain)
    with running_server(data_dir, "--model", str(tooled)) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as made:
        yield made


def _model(client: openai.OpenAI, name: str) -> str:
    return next(m.id for m in client.models.list().data if name in m.id)


def test_required_calls_a_tool_and_the_result_goes_back(client: openai.OpenAI) -> None:
    model = _model(client, "tools")
    reply = client.chat.completions.create(model=model, messages=ASK, tools=[WEATHER, TIME],
                                           tool_choice="required", seed=1)
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    [call] = choice.message.tool_calls
    assert call.type == "function" and call.id
    arguments = json.loads(call.function.arguments)
    if call.function.name == "weather":
        assert isinstance(arguments["city"], str) and arguments["unit"] in ("C", "F")
    else:
        assert call.function.name == "time" and arguments == {}
    assert not choice.message.content

    # The result goes back as a tool message; the model (free now) answers in words.
    turns = [*ASK, choice.message.model_dump(exclude_none=True),
             {"role": "tool", "tool_call_id": call.id, "content": '{"sky": "clear"}'}]
    answer = client.chat.completions.create(model=model, messages=turns,  # type: ignore[arg-type]
                                            tools=[WEATHER, TIME])
    assert answer.choices[0].finish_reason == "stop"
    assert answer.choices[0].message.content == REPLY
    assert answer.choices[0].message.tool_calls is None
    # The template was given the call and its result: the prompt grew by them.
    assert answer.usage.prompt_tokens > reply.usage.prompt_tokens


def test_a_named_function_is_the_one_called(client: openai.OpenAI) -> None:
    model = _model(client, "tools")
    for seed in (1, 2):
        reply = client.chat.completions.create(
            model=model, messages=ASK, tools=[WEATHER, TIME], seed=seed,
            tool_choice={"type": "function", "function": {"name": "weather"}})
        assert reply.choices[0].finish_reason == "tool_calls"
        assert [c.function.name for c in reply.choices[0].message.tool_calls] == ["weather"]


def test_auto_and_none_leave_the_model_to_answer(client: openai.OpenAI) -> None:
    model = _model(client, "tools")
    for choice in ("auto", "none"):
        reply = client.chat.completions.create(model=model, messages=ASK, tools=[WEATHER],
                                               tool_choice=choice)
        message = reply.choices[0].message
        assert reply.choices[0].finish_reason == "stop"
        assert message.content == REPLY and message.tool_calls is None
    # "none": the template is not shown the tools at all.
    shown = client.chat.completions.create(model=model, messages=ASK, tools=[WEATHER])
    hidden = client.chat.completions.create(model=model, messages=ASK, tools=[WEATHER],
                                            tool_choice="none")
    assert hidden.usage.prompt_tokens < shown.usage.prompt_tokens


def test_streamed_calls_reassemble(server: Server, client: openai.OpenAI) -> None:
    model = _model(client, "tools")
    chunks = list(client.chat.completions.create(
        model=model, messages=ASK, tools=[WEATHER], tool_choice="required", stream=True,
        seed=3))
    pieces = [c.choices[0].delta.tool_calls for c in chunks
              if c.choices and c.choices[0].delta.tool_calls is not None]
    assert pieces and all(len(p) == 1 for p in pieces)  # never an empty list
    first = pieces[0][0]
    assert first.id and first.type == "function" and first.function.name == "weather"
    assert all(p[0].id is None and p[0].function.name is None for p in pieces[1:])
    arguments = "".join(p[0].function.arguments or "" for p in pieces)
    assert set(json.loads(arguments)) == {"city", "unit"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    # The SDK's own helper puts them together the same way.
    with client.chat.completions.stream(model=model, messages=ASK,  # type: ignore[arg-type]
                                        tools=[WEATHER], tool_choice="required",
                                        seed=3) as stream:
        final = stream.get_final_completion()
    [call] = final.choices[0].message.tool_calls
    assert call.function.name == "weather" and call.function.arguments == arguments


def test_bad_tool_requests_get_clear_400s(server: Server, client: openai.OpenAI) -> None:
    model = _model(client, "tools")
    cases = [
        ({"tools": [{"type": "function", "function": {"name": "no spaces"}}]}, "tools"),
        ({"tools": [WEATHER], "tool_choice": {"type": "function",
                                              "function": {"name": "other"}}},
         "tool_choice"),
        ({"tools": [WEATHER], "tool_choice": "sometimes"}, "tool_choice"),
        ({"tools": [WEATHER, WEATHER]}, "tools"),
        ({"functions": [WEATHER["function"]]}, "functions"),
    ]
    for extra, param in cases:
        status, _, body = request(server, "POST", "/v1/chat/completions", json.dumps(
            {"model": model, "messages": ASK, **extra}).encode())
        assert status == 400, body
        assert json.loads(body)["error"]["param"] == param
    # A model whose template shows no tool calls says so, rather than ignoring them.
    plain = _model(client, "plain")
    status, _, body = request(server, "POST", "/v1/chat/completions", json.dumps(
        {"model": plain, "messages": ASK, "tools": [WEATHER]}).encode())
    assert status == 400 and "cannot call tools" in json.loads(body)["error"]["message"]
