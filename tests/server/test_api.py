"""`llamadesk serve` with the tiny models, through the official openai client and raw HTTP."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openai
import psutil
import pytest

from llamadesk.engine.options import SamplingParams
from llamadesk.engine.prompt import ChatMessage
from llamadesk.paths import AppPaths
from llamadesk.settings import Settings
from llamadesk.speculation_choice import SpeculationChoice
from tests.helpers.api_server import Server, install, request, running_server
from tests.helpers.tiny_gguf import REPLY

HELLO = [{"role": "user", "content": "Hi there"}]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, tiny_model: Path,
           chatty_model: Path) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("serve-data")
    install(data_dir, tiny_model, chatty_model)
    # The chatty model decoded plainly: with its guesses all right, a 200-token reply
    # is written faster than the test's readers read it, and the order in which they
    # read it (test_two_streaming_clients_...) no longer shows the order it was served.
    settings = Settings(AppPaths.resolve(str(data_dir)).settings_file)
    settings.set_speculation(str(chatty_model.resolve()), SpeculationChoice("off"))
    settings.save()
    xdg = tmp_path_factory.mktemp("xdg")
    env = {name: str(xdg / name.lower()) for name in
           ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}
    with running_server(data_dir, "--model", str(tiny_model),
                        "--cors-origin", "http://notes.example", env=env) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as made:
        yield made


def _ids(client: openai.OpenAI) -> list[str]:
    return [model.id for model in client.models.list().data]


def test_models_chat_stream_and_completions_through_the_openai_client(
        client: openai.OpenAI) -> None:
    ids = _ids(client)
    assert ids[0] == "tiny-llama-2-chat" and "tiny-chatty" in ids  # the loaded one first

    reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO)
    assert reply.choices[0].message.content == REPLY
    assert reply.choices[0].finish_reason == "stop"

    chunks = list(client.chat.completions.create(
        model="tiny-llama-2-chat", messages=HELLO, stream=True,
        stream_options={"include_usage": True}))
    pieces = [c.choices[0].delta.content for c in chunks
              if c.choices and c.choices[0].delta.content]
    assert len(pieces) >= 2 and "".join(pieces) == REPLY
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0

    completion = client.completions.create(model="tiny-llama-2-chat", prompt="Once upon",
                                           max_tokens=16)
    assert completion.choices[0].text.strip() == REPLY


def _token_id(model: Path, piece: str) -> int:
    import gguf

    tokens = gguf.GGUFReader(model).fields["tokenizer.ggml.tokens"]
    return [bytes(tokens.parts[i]).decode() for i in tokens.data].index(piece)


def test_json_object_and_json_schema_replies_parse(client: openai.OpenAI,
                                                   tiny_model: Path) -> None:
    # The tiny model would fill any string forever: a logit bias (an OpenAI parameter
    # the server passes on) makes it close them, and the grammar does the rest.
    closing = {str(_token_id(tiny_model, piece)): 10 for piece in ('"', "}")}
    plain = client.chat.completions.create(
        model="tiny-llama-2-chat", messages=HELLO, max_tokens=200, logit_bias=closing,
        temperature=0, response_format={"type": "json_object"})
    assert plain.choices[0].finish_reason == "stop"
    assert isinstance(json.loads(plain.choices[0].message.content or ""), dict)

    schema = {"type": "object", "required": ["greeting", "count"],
              "properties": {"greeting": {"type": "string", "maxLength": 24},
                             "count": {"type": "integer"}}}
    typed = client.chat.completions.create(
        model="tiny-llama-2-chat", messages=HELLO, max_tokens=120, seed=3,
        response_format={"type": "json_schema",
                         "json_schema": {"name": "greeting", "schema": schema}})
    value = json.loads(typed.choices[0].message.content or "")
    assert set(value) == {"greeting", "count"}
    assert isinstance(value["greeting"], str) and len(value["greeting"]) <= 24
    assert isinstance(value["count"], int)


def test_usage_is_the_engines_own_count(client: openai.OpenAI, tiny_model: Path) -> None:
    from llamadesk.engine.session import LoadOptions, ModelSession

    reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO)
    session = ModelSession.load(tiny_model, LoadOptions(n_ctx=2048))
    try:
        result = session.generate([ChatMessage("user", "Hi there")], SamplingParams(),
                                  lambda _text: None)
    finally:
        session.close()
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (
        result.prompt_tokens, result.completion_tokens)
    assert reply.usage.total_tokens == result.prompt_tokens + result.completion_tokens


def test_sse_framing(server: Server) -> None:
    body = json.dumps({"messages": HELLO, "stream": True}).encode()
    status, headers, raw = request(server, "POST", "/v1/chat/completions", body)
    assert status == 200 and headers["content-type"].startswith("text/event-stream")
    events = raw.decode().split("\n\n")
    assert events[-1] == "" and events[-2] == "data: [DONE]"
    for event in events[:-2]:
        assert event.startswith("data: ")
        assert json.loads(event[6:])["object"] == "chat.completion.chunk"


@pytest.mark.parametrize("key", [False, "wrong-key"])
def test_a_missing_or_wrong_key_gets_401(server: Server, key: bool | str) -> None:
    status, headers, raw = request(server, "GET", "/v1/models", key=key)
    assert status == 401 and headers["www-authenticate"] == "Bearer"
    assert json.loads(raw)["error"]["code"] == "invalid_api_key"
    assert request(server, "GET", "/health", key=False)[0] == 200  # no key, nothing secret
    assert json.loads(request(server, "GET", "/health", key=False)[2]) == {
        "status": "ok", "model_loaded": True}


def test_bad_requests_get_openai_error_objects(server: Server) -> None:
    status, _, raw = request(server, "POST", "/v1/chat/completions", b"{not json")
    assert status == 400 and json.loads(raw)["error"]["type"] == "invalid_request_error"

    body = json.dumps({"model": "gpt-4o", "messages": HELLO}).encode()
    status, _, raw = request(server, "POST", "/v1/chat/completions", body)
    assert status == 404 and json.loads(raw)["error"]["code"] == "model_not_found"

    body = json.dumps({"messages": HELLO, "temperature": 7}).encode()
    status, _, raw = request(server, "POST", "/v1/chat/completions", body)
    assert status == 400 and json.loads(raw)["error"]["param"] == "temperature"

    huge = json.dumps({"messages": [{"role": "user", "content": "x" * 5_000_000}]}).encode()
    status, _, raw = request(server, "POST", "/v1/chat/completions", huge)
    assert status == 413 and json.loads(raw)["error"]["code"] == "request_too_large"


def test_a_host_header_from_a_rebinding_page_is_refused(server: Server) -> None:
    for host in ("evil.example", "evil.example:8080", "127.0.0.1.nip.io"):
        status, _, raw = request(server, "GET", "/v1/models", headers={"Host": host})
        assert status == 400 and json.loads(raw)["error"]["code"] == "invalid_host", host
    for host in ("localhost:1234", "127.0.0.1", "[::1]:8080"):
        assert request(server, "GET", "/v1/models", headers={"Host": host})[0] == 200, host


def test_cors_preflight_is_refused_unless_the_origin_is_allowed(server: Server) -> None:
    preflight = {"Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"}
    status, headers, _ = request(server, "OPTIONS", "/v1/chat/completions", key=False,
                                 headers={"Origin": "http://evil.example", **preflight})
    assert status >= 400 and "access-control-allow-origin" not in headers
    status, headers, _ = request(server, "OPTIONS", "/v1/chat/completions", key=False,
                                 headers={"Origin": "http://notes.example", **preflight})
    assert status == 200
    assert headers["access-control-allow-origin"] == "http://notes.example"


def test_an_installed_model_is_loaded_on_request(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(model="tiny-chatty", messages=HELLO, max_tokens=5)
    assert reply.model == "tiny-chatty" and reply.choices[0].finish_reason == "length"
    assert _ids(client)[0] == "tiny-chatty"
    reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=HELLO)
    assert reply.choices[0].message.content == REPLY


def test_two_streaming_clients_are_answered_in_full_one_after_the_other(
        client: openai.OpenAI) -> None:
    arrivals: list[int] = []  # which client each piece reached, in order
    lock = threading.Lock()
    finished: dict[int, tuple[str | None, int]] = {}

    def stream(index: int) -> None:
        count, reason = 0, None
        for chunk in client.chat.completions.create(
                model="tiny-chatty", messages=HELLO, stream=True, max_tokens=200,
                stream_options={"include_usage": True}):
            if chunk.choices and chunk.choices[0].delta.content:
                with lock:
                    arrivals.append(index)
            if chunk.choices and chunk.choices[0].finish_reason:
                reason = chunk.choices[0].finish_reason
            if chunk.usage is not None:
                count = chunk.usage.completion_tokens
        finished[index] = (reason, count)

    threads = [threading.Thread(target=stream, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert finished[0] == finished[1] == ("length", 200)  # both in full
    # One after the other: the pieces of both do not alternate, bar a few around the
    # moment the first ends (the two readers are threads of this process, and read
    # what is buffered when they are scheduled: up to a few dozen times on a loaded
    # 2-core machine). Served together, they would switch a couple of hundred times.
    switches = sum(1 for a, b in zip(arrivals, arrivals[1:], strict=False) if a != b)
    assert switches < 50, arrivals


def test_a_client_that_hangs_up_frees_the_model(server: Server,
                                                client: openai.OpenAI) -> None:
    """The chatty model never stops by itself: only the disconnect can end it."""
    import http.client

    port = int(server.url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/v1/chat/completions", body=json.dumps(
        {"model": "tiny-chatty", "messages": HELLO, "stream": True}),
        headers={**server.headers, "Content-Type": "application/json"})
    response = connection.getresponse()
    for _ in range(5):
        assert response.fp is not None and response.fp.readline()
    response.close()  # hang up mid-stream
    connection.close()
    started = time.monotonic()
    reply = client.chat.completions.create(model="tiny-chatty", messages=HELLO, max_tokens=2)
    assert reply.choices[0].finish_reason == "length"
    # Bounded generously (speed lives in bench/api.py): without the stop this would
    # wait for the whole 4,096-token context to fill.
    assert time.monotonic() - started < 5


def test_it_listens_on_this_computer_only_by_default(server: Server) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    listening = [c for c in psutil.Process(server.process.pid).net_connections("inet")
                 if c.status == psutil.CONN_LISTEN and c.laddr.port == port]
    assert [c.laddr.ip for c in listening] == ["127.0.0.1"]


def test_a_full_queue_answers_503_with_retry_after(
        tmp_path: Path, tiny_model: Path, chatty_model: Path) -> None:
    """One request runs, one waits (--queue 1): a third is told to come back."""
    import http.client

    data_dir = tmp_path / "data"
    install(data_dir, chatty_model)
    with running_server(data_dir, "--model", str(chatty_model), "--queue", "1") as server:
        port = int(server.url.rsplit(":", 1)[1])
        held = []
        for _ in range(2):  # long replies: the first runs, the second waits
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("POST", "/v1/chat/completions", body=json.dumps(
                {"messages": HELLO, "stream": True}),
                headers={**server.headers, "Content-Type": "application/json"})
            # Not read: a waiting stream's status comes with its first piece.
            time.sleep(0.2)
            held.append(connection)
        status, headers, raw = request(server, "POST", "/v1/chat/completions",
                                       json.dumps({"messages": HELLO}).encode())
        # The wait the queue expects: the jobs ahead times a job's mean time so far.
        assert status == 503 and int(headers["retry-after"]) >= 1
        assert json.loads(raw)["error"]["code"] == "busy"
        for connection in held:
            connection.close()
        # Both hung up: the model is free again, as soon as the server has noticed.
        deadline = time.monotonic() + 5
        while True:
            status, _, raw = request(server, "POST", "/v1/chat/completions",
                                     json.dumps({"messages": HELLO, "max_tokens": 3}).encode())
            if status != 503 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert status == 200 and json.loads(raw)["choices"][0]["finish_reason"] == "length"


def test_kept_api_chats_continue_their_conversation_and_are_searchable(
        tmp_path: Path, tiny_model: Path) -> None:
    """--keep-history: one conversation per chat (a request that extends a kept one
    is added to it), marked as the API's, found by search, in the JSON export."""
    from llamadesk.app import open_context

    data_dir = tmp_path / "data"
    with running_server(data_dir, "--model", str(tiny_model), "--keep-history") as server, \
            openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                          max_retries=0) as client:
        first = [{"role": "system", "content": "Be brief."},
                 {"role": "user", "content": "Tell me about zebras"}]
        reply = client.chat.completions.create(model="tiny-llama-2-chat", messages=first)
        second = [*first, {"role": "assistant", "content": reply.choices[0].message.content},
                  {"role": "user", "content": "And okapis?"}]
        client.chat.completions.create(model="tiny-llama-2-chat", messages=second)
        client.chat.completions.create(model="tiny-llama-2-chat", messages=[
            {"role": "user", "content": "Something else entirely"}])
    context = open_context(str(data_dir), writer=False)
    try:
        repository = context.repository
        summaries = repository.list_conversations()
        assert [s.source for s in summaries] == ["api", "api"]
        zebras = next(s for s in summaries if s.title.startswith("Tell me about zebras"))
        branch = repository.current_branch(zebras.id)
        assert [(m.role, m.content) for m in branch] == [
            ("user", "Tell me about zebras"), ("assistant", REPLY),
            ("user", "And okapis?"), ("assistant", REPLY)]
        assert repository.get_conversation(zebras.id).system_prompt == "Be brief."
        assert branch[-1].completion_tokens and branch[-1].model_name == "tiny-llama-2-chat"
        assert [hit.conversation_id for hit in repository.search("okapis")] == [zebras.id]
        from llamadesk.storage.export import export_bytes

        document = json.loads(export_bytes(repository, [zebras.id], "json"))
        assert document["conversations"][0]["source"] == "api"
    finally:
        context.close()


def test_the_log_holds_neither_what_was_said_nor_the_key(
        server: Server, client: openai.OpenAI) -> None:
    secret = "the-password-is-swordfish"
    client.chat.completions.create(model="tiny-llama-2-chat",
                                   messages=[{"role": "user", "content": secret}])
    request(server, "GET", "/v1/models", key="wrong-key-" + secret)  # refused, not logged
    data_dir = Path(server.process.args[server.process.args.index("--data-dir") + 1])
    logs = [path for path in data_dir.rglob("*.log*") if path.is_file()]
    assert logs  # the server does log (its start, the model)
    for path in logs:
        text = path.read_text("utf-8", errors="replace")
        assert secret not in text and server.key not in text, path
