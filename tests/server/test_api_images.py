"""Images through the local API, sent by the official openai client as data: URLs
in image_url parts; a remote URL is refused with a clear 400 (the server is offline
by design), as are a bad image and a model that cannot see. Real server process,
real libmtmd with the suite's tiny projector."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest
from PIL import Image

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from tests.helpers.api_server import Server, install, request, running_server
from tests.helpers.tiny_vision import write_tiny_projector


def _data_url(colour: tuple[int, int, int] = (250, 120, 0)) -> str:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), colour).save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


@pytest.fixture(scope="module")
def serve_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("serve-data")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, serve_data: Path) -> Iterator[Server]:
    seeing_dir = tmp_path_factory.mktemp("seeing")
    seeing = write_tiny_llama(seeing_dir / "tiny-seeing.gguf", name="Tiny Seeing")
    write_tiny_projector(seeing_dir / "mmproj-tiny-seeing.gguf", 512)
    blind = write_tiny_llama(tmp_path_factory.mktemp("blind") / "tiny-blind.gguf",
                             name="Tiny Blind")
    install(serve_data, seeing, blind)
    with running_server(serve_data, "--model", str(seeing), "--keep-history") as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=server.key, base_url=server.url + "/v1",
                       max_retries=0) as made:
        yield made


def _model(client: openai.OpenAI, name: str) -> str:
    return next(m.id for m in client.models.list().data if name in m.id)


def test_a_data_url_image_is_read(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(
        model=_model(client, "seeing"), seed=1, max_tokens=8,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "What colour is this?"},
            {"type": "image_url", "image_url": {"url": _data_url()}}]}])
    assert reply.choices[0].message.content
    text_only = client.chat.completions.create(
        model=_model(client, "seeing"), seed=1, max_tokens=1,
        messages=[{"role": "user", "content": "What colour is this?"}])
    assert reply.usage is not None and text_only.usage is not None
    # The image's positions count in the prompt.
    assert reply.usage.prompt_tokens > text_only.usage.prompt_tokens + 4


def test_a_kept_api_chat_keeps_its_image(client: openai.OpenAI, serve_data: Path,
                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.test_cli import llamadesk

    url = _data_url((0, 160, 90))
    client.chat.completions.create(
        model=_model(client, "seeing"), seed=1, max_tokens=2,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Keep this green one"},
            {"type": "image_url", "image_url": {"url": url}}]}])
    out = tmp_path_factory.mktemp("export") / "all.json"
    exported = llamadesk("export", "--format", "json", "--output", str(out),
                         data_dir=serve_data)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text())
    stored = base64.b64decode(url.split(",", 1)[1])
    assert any(base64.b64decode(entry["data"]) == stored
               for entry in document["images"].values())


def test_what_is_refused(client: openai.OpenAI, server: Server) -> None:
    model = _model(client, "seeing")
    for part, said in (
            ({"url": "https://example.com/cat.png"}, "only data: URLs"),
            ({"url": "data:image/png;base64,not base64!"}, "not valid base64"),
            ({"url": "data:image/png;base64," + base64.b64encode(b"<svg/>").decode()},
             "is not an image LlamaDesk can read")):
        with pytest.raises(openai.BadRequestError, match=said):
            client.chat.completions.create(model=model, max_tokens=2, messages=[
                {"role": "user", "content": [{"type": "image_url", "image_url": part}]}])
    status, _, body = request(server, "POST", "/v1/chat/completions", json.dumps({
        "model": _model(client, "blind"), "max_tokens": 2, "messages": [
            {"role": "user", "content": [{"type": "image_url",
                                          "image_url": {"url": _data_url()}}]}]}).encode())
    assert status == 400 and b"cannot read images" in body
