"""What a hostile or careless client once got from `llamadesk serve`, now answered
in OpenAI's error shape with the right status, and the process unharmed."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from llamadesk.engine.schema_limits import MAX_ENUM, MAX_REPEAT
from tests.helpers.api_server import Server, install, request, running_server

HELLO = [{"role": "user", "content": "Hi there"}]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, tiny_model: Path,
           chatty_model: Path) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("hostile-data")
    install(data_dir, tiny_model, chatty_model)
    xdg = tmp_path_factory.mktemp("xdg")
    env = {name: str(xdg / name.lower()) for name in
           ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}
    with running_server(data_dir, "--model", str(tiny_model), env=env) as running:
        yield running


def _post(server: Server, body: object | bytes, path: str = "/v1/chat/completions"
          ) -> tuple[int, dict[str, object]]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    status, _headers, answer = request(server, "POST", path, raw)
    return status, json.loads(answer)


def _schema(schema: dict[str, object]) -> dict[str, object]:
    return {"messages": HELLO, "max_tokens": 4, "response_format": {
        "type": "json_schema", "json_schema": {"name": "x", "schema": schema}}}


@pytest.mark.parametrize("schema", [
    # maxLength 30,000 overflowed llama.cpp's grammar parser: SIGSEGV, the process gone.
    {"type": "string", "maxLength": 30_000},
    {"type": "array", "items": {"type": "integer"}, "maxItems": 30_000},
    {"type": "array", "items": {"type": "integer"}, "minItems": 10**7},
    {"enum": list(range(10_000))},
    {"type": "object", "properties": {"a": {"type": "string", "minLength": 2**40}}},
])
def test_schemas_past_the_limits_get_a_400_naming_the_limit(
        server: Server, schema: dict[str, object]) -> None:
    status, answer = _post(server, _schema(schema))
    assert status == 400, answer
    error = answer["error"]
    assert isinstance(error, dict) and error["param"] == "response_format"
    assert any(word in str(error["message"]) for word in (*MAX_REPEAT, "enum"))
    assert server.process.poll() is None  # alive
    assert request(server, "GET", "/health", key=False)[0] == 200


def test_a_deeply_nested_schema_gets_a_400(server: Server) -> None:
    schema: dict[str, object] = {"type": "string"}
    for _ in range(200):
        schema = {"type": "object", "properties": {"a": schema}}
    status, answer = _post(server, _schema(schema))
    assert status == 400 and "nested" in str(answer["error"])


def test_a_schema_within_the_limits_still_works(server: Server) -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string", "maxLength": 20},
                                                "tags": {"type": "array", "maxItems": 3,
                                                         "items": {"enum": ["a", "b"]}}},
              "required": ["name"]}
    status, answer = _post(server, {**_schema(schema), "max_tokens": 64})
    assert status == 200, answer
    assert len(MAX_REPEAT) and MAX_ENUM >= 2


@pytest.mark.parametrize("body", [
    b"[" * 100_000 + b"]" * 100_000,  # RecursionError in the JSON parser
    {"messages": HELLO, "logit_bias": {"\u00b2": 1}},  # "²".isdigit(), int("²") fails
    {"messages": [{"role": "user", "content": "\ud800"}]},  # a lone surrogate
    {"prompt": "abc\udfff", "max_tokens": 2},
])
def test_what_was_a_500_is_a_400(server: Server, body: object) -> None:
    path = "/v1/completions" if isinstance(body, dict) and "prompt" in body \
        else "/v1/chat/completions"
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    status, headers, answer = request(server, "POST", path, raw)
    assert status == 400, answer[:300]
    assert headers["content-type"].startswith("application/json")
    assert json.loads(answer)["error"]["type"] == "invalid_request_error"


def test_unknown_routes_and_methods_get_openai_json(server: Server) -> None:
    for method, path, expected in (("GET", "/v1/nothing", 404),
                                   ("GET", "/v1/chat/completions", 405),
                                   ("DELETE", "/v1/models", 405)):
        status, headers, answer = request(server, method, path)
        assert status == expected
        assert headers["content-type"].startswith("application/json")
        assert "message" in json.loads(answer)["error"]


def test_a_plain_request_whose_client_hangs_up_frees_the_model(server: Server) -> None:
    """Not streamed: the chatty model never stops by itself, only the hang-up ends it."""
    port = int(server.url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/v1/chat/completions", body=json.dumps(
        {"model": "tiny-chatty", "messages": HELLO}),
        headers={**server.headers, "Content-Type": "application/json"})
    time.sleep(0.5)  # it is generating
    connection.close()  # hang up before any answer
    hung_up = time.monotonic()
    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as client:
        reply = client.chat.completions.create(model="tiny-chatty", messages=HELLO,
                                               max_tokens=2)
    assert reply.choices[0].finish_reason == "length"
    # Generous (speed lives in bench/api.py): without the stop, the whole 4,096-token
    # context would fill first.
    assert time.monotonic() - hung_up < 5


def test_a_queued_request_abandoned_before_its_turn_never_runs(
        tmp_path: Path, chatty_model: Path) -> None:
    data_dir = tmp_path / "data"
    install(data_dir, chatty_model)
    with running_server(data_dir, "--model", str(chatty_model)) as server:
        port = int(server.url.rsplit(":", 1)[1])
        connections = []
        for stream in (True, False):  # the first runs (forever); the second waits
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("POST", "/v1/chat/completions", body=json.dumps(
                {"messages": HELLO, "stream": stream}),
                headers={**server.headers, "Content-Type": "application/json"})
            connections.append(connection)
            time.sleep(0.3)
        running = connections[0].getresponse()
        assert running.fp is not None and running.fp.readline()
        connections[1].close()  # the waiting one gives up
        time.sleep(0.3)
        running.close()
        connections[0].close()  # and the running one
        started = time.monotonic()
        status, answer = _post(server, {"messages": HELLO, "max_tokens": 2})
        assert status == 200, answer
        # Had the abandoned job run, it would have filled the context first.
        assert time.monotonic() - started < 5


def test_smaller_gaps_with_openai_fingerprint_usage_null_and_parts_joined(
        server: Server) -> None:
    from llamadesk.engine.options import SamplingParams
    from llamadesk.server.requests import read_request

    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as client:
        reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO)
        assert reply.system_fingerprint and reply.system_fingerprint.startswith("fp_")
        chunks = list(client.chat.completions.create(
            model="tiny-llama-2-chat", messages=HELLO, stream=True,
            stream_options={"include_usage": True}))
    assert all(c.system_fingerprint == reply.system_fingerprint for c in chunks)
    assert all(c.usage is None for c in chunks[:-1]) and chunks[-1].usage is not None
    status, raw_headers, raw = request(server, "POST", "/v1/chat/completions", json.dumps(
        {"messages": HELLO, "stream": True, "stream_options": {"include_usage": True}}
    ).encode())
    events = [json.loads(line[6:]) for line in raw.decode().splitlines()
              if line.startswith("data: {")]
    assert status == 200 and all("usage" in e for e in events)  # null, not left out
    assert raw_headers["content-type"].startswith("text/event-stream")
    parts = read_request({"messages": [{"role": "user", "content": [
        {"type": "text", "text": "What is"}, {"type": "text", "text": "the best book"}]}]},
        SamplingParams(), chat=True)
    assert parts.messages[0].content == "What is\nthe best book"


def test_a_prompt_that_cannot_fit_is_a_400_context_length_exceeded(
        tmp_path: Path, tiny_model: Path) -> None:
    """OpenAI's answer, streamed or not, before any chunk; `truncation: auto` (LlamaDesk's
    extension, named after the Responses API's field) lets the oldest turns go."""
    data_dir = tmp_path / "data"
    install(data_dir, tiny_model)
    long_turns = [{"role": role, "content": "llama " * 60}
                  for role in ("user", "assistant") * 4] + HELLO
    with running_server(data_dir, "--model", str(tiny_model), "--ctx", "256") as server:
        for stream in (False, True):
            status, headers, raw = request(server, "POST", "/v1/chat/completions",
                                           json.dumps({"messages": long_turns,
                                                       "stream": stream}).encode())
            assert status == 400, raw[:300]
            assert headers["content-type"].startswith("application/json")
            error = json.loads(raw)["error"]
            assert error["code"] == "context_length_exceeded"
            assert "256 tokens" in error["message"]
        status, answer = _post(server, {"messages": long_turns, "truncation": "auto"})
        assert status == 200, answer
        status, answer = _post(server, {"prompt": "llama " * 400, "max_tokens": 2},
                               path="/v1/completions")
        assert status == 400 and answer["error"]["code"] == "context_length_exceeded"  # type: ignore[index]
        with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                           max_retries=0) as client, pytest.raises(openai.BadRequestError):
            client.chat.completions.create(model="tiny-llama-2-chat", messages=long_turns)  # type: ignore[arg-type]


def test_a_thousand_idle_connections_leave_health_and_chat_answering(
        tmp_path: Path, tiny_model: Path) -> None:
    """Under a desktop's usual limit of 1,024 open files (set for the server alone):
    1,100 sockets (the number that once stopped /health) that send half a header, then
    /health within a second, and a chat."""
    import resource
    import socket

    data_dir = tmp_path / "data"
    install(data_dir, tiny_model)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard < 2048 or soft < 1200:
        pytest.skip(f"this machine allows {soft}/{hard} open files: too few for the "
                    "test's own 1,000 sockets")
    with running_server(data_dir, "--model", str(tiny_model), nofile=1024) as server:
        port = int(server.url.rsplit(":", 1)[1])
        idle = []
        try:
            for _ in range(1100):
                sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no end
                idle.append(sock)
            started = time.monotonic()
            assert request(server, "GET", "/health", key=False)[0] == 200
            assert time.monotonic() - started < 1.0
            status, answer = _post(server, {"messages": HELLO, "max_tokens": 3})
            assert status == 200, answer
            # And the half-sent heads are let go (HEAD_SECONDS, then closed).
            from llamadesk.server.connections import HEAD_SECONDS

            idle[0].settimeout(HEAD_SECONDS + 10)
            assert idle[0].recv(1) == b""  # closed by the server
        finally:
            for sock in idle:
                sock.close()


def test_host_all_addresses_serves_ipv4_too(tmp_path: Path) -> None:
    import socket

    if not socket.has_ipv6:
        pytest.skip("this system has no IPv6 sockets")
    from tests.helpers.api_server import free_port

    data_dir = tmp_path / "data"
    port = free_port()
    import os
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "serve", "--host",
         "::", "--port", str(port)], env={**os.environ, "LLAMADESK_API_KEY": "k" * 20},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
                    sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 b"Connection: close\r\n\r\n")
                    assert sock.recv(64).startswith(b"HTTP/1.1 200")
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "no IPv4 answer on --host ::"
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stdout is not None:
            process.stdout.close()


def test_n_choices_one_after_another_streamed_and_not(server: Server) -> None:
    from tests.helpers.tiny_gguf import REPLY

    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as client:
        single = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO,
                                                seed=7)
        reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO,
                                               n=2, seed=7)
        assert [c.index for c in reply.choices] == [0, 1]
        assert all(c.message.content == REPLY for c in reply.choices)
        assert reply.usage is not None and single.usage is not None
        assert reply.usage.completion_tokens == 2 * single.usage.completion_tokens
        assert reply.usage.prompt_tokens == single.usage.prompt_tokens
        chunks = list(client.chat.completions.create(
            model="tiny-llama-2-chat", messages=HELLO, n=3, stream=True,
            stream_options={"include_usage": True}))
        texts = {i: "".join(c.choices[0].delta.content or "" for c in chunks
                            if c.choices and c.choices[0].index == i) for i in range(3)}
        assert texts == {0: REPLY, 1: REPLY, 2: REPLY}
        finishes = [c.choices[0].finish_reason for c in chunks
                    if c.choices and c.choices[0].finish_reason]
        assert finishes == ["stop", "stop", "stop"]
        assert chunks[-1].usage is not None
        assert chunks[-1].usage.completion_tokens == 3 * single.usage.completion_tokens
        completions = client.completions.create(model="tiny-llama-2-chat", prompt="Once",
                                                n=2, max_tokens=4)
        assert [c.index for c in completions.choices] == [0, 1]
    status, answer = _post(server, {"messages": HELLO, "n": 9})
    assert status == 400 and answer["error"]["param"] == "n"  # type: ignore[index]


def test_logprobs_in_openai_shapes_streamed_and_not(server: Server) -> None:
    import math

    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as client:
        plain = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO,
                                               seed=3)
        reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO,
                                               seed=3, logprobs=True, top_logprobs=3)
        # The same reply: the distribution is read, the draw is unchanged.
        assert reply.choices[0].message.content == plain.choices[0].message.content
        content = reply.choices[0].logprobs.content  # type: ignore[union-attr]
        assert content and len(content) == reply.usage.completion_tokens  # type: ignore[union-attr]
        assert "".join(t.token for t in content).strip() == reply.choices[0].message.content
        for token in content:
            assert token.logprob <= 0 and len(token.top_logprobs) <= 3
            assert bytes(token.bytes or []).decode("utf-8", "replace") == token.token
            probabilities = [math.exp(t.logprob) for t in token.top_logprobs]
            assert probabilities == sorted(probabilities, reverse=True)
            assert sum(probabilities) <= 1.0 + 1e-6
        assert plain.choices[0].logprobs is None
        chunks = list(client.chat.completions.create(
            model="tiny-llama-2-chat", messages=HELLO, seed=3, logprobs=True, stream=True))
        streamed = [t for c in chunks if c.choices and c.choices[0].logprobs
                    for t in c.choices[0].logprobs.content or []]
        assert [t.token for t in streamed] == [t.token for t in content]
        completion = client.completions.create(model="tiny-llama-2-chat", prompt="Once",
                                               max_tokens=4, logprobs=2)
        shaped = completion.choices[0].logprobs
        assert shaped is not None and len(shaped.tokens or []) == 4
        assert len(shaped.token_logprobs or []) == 4 and len(shaped.top_logprobs or []) == 4
        assert (shaped.text_offset or [])[0] == 0
    status, answer = _post(server, {"messages": HELLO, "top_logprobs": 2})
    assert status == 400 and answer["error"]["param"] == "top_logprobs"  # type: ignore[index]
    status, answer = _post(server, {"messages": HELLO, "logprobs": True, "top_logprobs": 21})
    assert status == 400


def test_the_responses_api_with_the_openai_client(server: Server) -> None:
    from tests.helpers.tiny_gguf import REPLY

    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as client:
        first = client.responses.create(model="tiny-llama-2-chat", input="Hi there",
                                        instructions="Be brief.", max_output_tokens=64)
        assert first.id.startswith("resp_") and first.status == "completed"
        assert first.output_text == REPLY
        assert first.usage is not None and first.usage.output_tokens > 0
        follow = client.responses.create(model="tiny-llama-2-chat", input=[
            {"role": "user", "content": [{"type": "input_text", "text": "And again?"}]}],
            previous_response_id=first.id)
        assert follow.output_text == REPLY and follow.previous_response_id == first.id
        # The earlier turn was in the prompt: more input tokens than the first had.
        assert follow.usage is not None and follow.usage.input_tokens > first.usage.input_tokens
        events = list(client.responses.create(model="tiny-llama-2-chat", input="Hi there",
                                              stream=True))
        kinds = [e.type for e in events]
        assert kinds[:2] == ["response.created", "response.in_progress"]
        assert kinds[-1] == "response.completed"
        deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
        assert deltas == REPLY
        assert events[-1].response.output_text == REPLY  # type: ignore[union-attr]
        with pytest.raises(openai.NotFoundError):
            client.responses.create(model="tiny-llama-2-chat", input="x",
                                    previous_response_id="resp_unknown")


def test_a_grammar_llama_cpp_refuses_is_a_grammar_error_kept_off_stderr(
        tiny_model: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """Was a ValueError (a 500, and llama.cpp printed the grammar whole to stderr): now
    GrammarError, which the API answers with a 400 (create_app's engine_error)."""
    from llamadesk.engine.grammars import GrammarError
    from llamadesk.engine.options import SamplingParams
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.engine.session import LoadOptions, ModelSession

    session = ModelSession.load(tiny_model, LoadOptions(n_ctx=256))
    try:
        capfd.readouterr()
        with pytest.raises(GrammarError):
            session.generate([ChatMessage("user", "Hi")],
                             SamplingParams(grammar='root ::= ( "secret-schema-word"'),
                             lambda _text: None)
        said = capfd.readouterr()
        assert "secret-schema-word" not in said.err + said.out
    finally:
        session.close()
