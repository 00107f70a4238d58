"""A vision model read by the real libmtmd: a tiny text model and a tiny Gemma 3-style
projector that the suite writes itself. The projector is found beside the model,
an image is encoded and decoded into the context as its span of positions, the
reply follows, and the next turn reuses the image from the prompt cache."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.engine.images import read_image
from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.engine.vision import find_projector, libmtmd
from llamadesk.errors import GenerationError, ModelLoadError
from tests.helpers.tiny_vision import TOKENS_PER_IMAGE, write_tiny_projector

TEXT_WIDTH = 512  # the tiny model's width (one-hot embeddings over its vocabulary)


def test_the_engine_build_has_libmtmd() -> None:
    # packaging/engine/build_wheel.sh builds it (LLAVA_BUILD=ON): never skipped.
    assert libmtmd() is not None


@pytest.fixture(scope="module")
def vision_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vision")
    model = write_tiny_llama(folder / "tiny-vision.gguf")
    write_tiny_projector(folder / "mmproj-tiny-vision.gguf", TEXT_WIDTH)
    return model


def _photo(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 80), colour).save(out, "PNG")
    return out.getvalue()


def test_the_projector_is_found_beside_its_model(tmp_path: Path) -> None:
    model = tmp_path / "gemma-3-4b-it-Q4_K_M.gguf"
    model.write_bytes(b"GGUF")
    assert find_projector(model) is None
    (tmp_path / "mmproj-model-f16.gguf").write_bytes(b"GGUF")
    assert find_projector(model) == tmp_path / "mmproj-model-f16.gguf"  # the only one
    (tmp_path / "mmproj-other.gguf").write_bytes(b"GGUF")
    assert find_projector(model) is None  # two: none is taken by guess
    (tmp_path / "mmproj-other.gguf").unlink()
    (tmp_path / "llama-2-7b.Q4_K_M.gguf").write_bytes(b"GGUF")
    assert find_projector(model) is None  # beside another model: it may be its
    (tmp_path / "llama-2-7b.Q4_K_M.gguf").unlink()
    named = tmp_path / "mmproj-gemma-3-4b-it-Q4_K_M.gguf"  # as downloads store it
    named.write_bytes(b"GGUF")
    assert find_projector(model) == named


def test_an_image_is_read_and_answered_then_reused(vision_model: Path) -> None:
    session = ModelSession.load(vision_model, LoadOptions())
    try:
        assert session.info.projector == vision_model.with_name("mmproj-tiny-vision.gguf")
        assert session.info.no_images is None
        image = read_image(_photo(), "red.png")
        asked = [ChatMessage("user", "What is this?", images=(image,))]
        said: list[str] = []
        first = session.generate(asked, SamplingParams(seed=1, max_tokens=8), said.append)
        assert first.finish_reason in ("stop", "length") and first.completion_tokens > 0
        plain = session.fit([ChatMessage("user", "What is this?")], 64)
        text_only = len(session.tokenize_prompt(session.build_prompt(plain.messages)))
        # The image's positions (four) and the text the projector puts around it.
        assert first.prompt_tokens >= text_only + TOKENS_PER_IMAGE
        follow_up = [*asked, ChatMessage("assistant", first.text),
                     ChatMessage("user", "And now?")]
        second = session.generate(follow_up, SamplingParams(seed=1, max_tokens=4),
                                  lambda _: None)
        # The image came from the prompt cache: only the new turn was read.
        assert second.evaluated_prompt_tokens < second.prompt_tokens - first.prompt_tokens // 2
        # Another image in its place is read again.
        other = read_image(_photo((10, 10, 240)), "blue.png")
        third = session.generate([ChatMessage("user", "What is this?", images=(other,))],
                                 SamplingParams(seed=1, max_tokens=2), lambda _: None)
        assert third.evaluated_prompt_tokens > TOKENS_PER_IMAGE
        assert "".join(said)  # the reply after the image
    finally:
        session.close()


def test_a_model_that_cannot_see_says_so_before_reading(tmp_path: Path,
                                                          vision_model: Path) -> None:
    blind = write_tiny_llama(tmp_path / "blind.gguf")
    session = ModelSession.load(blind, LoadOptions())
    try:
        assert session.info.projector is None and "projector" in str(session.info.no_images)
        image = read_image(_photo(), "red.png")
        with pytest.raises(GenerationError, match="cannot read images"):
            session.generate([ChatMessage("user", "Look", images=(image,))],
                             SamplingParams(max_tokens=2), lambda _: None)
        assert session.cached_tokens == 0  # nothing was read
    finally:
        session.close()
    # A projector made for another width is refused with a sentence.
    wrong = write_tiny_projector(tmp_path / "mmproj-wrong.gguf", 64)
    with pytest.raises(ModelLoadError, match="could not be loaded with this model"):
        ModelSession.load(vision_model, LoadOptions(projector=wrong)).close()


def test_images_that_cannot_fit_are_said_so(vision_model: Path) -> None:
    from llamadesk.engine.context_budget import ContextTooLong

    session = ModelSession.load(vision_model, LoadOptions(n_ctx=64))
    try:
        images = tuple(read_image(_photo((n * 30, 0, 0)), f"{n}.png") for n in range(8))
        with pytest.raises(ContextTooLong, match="This message and its images do not fit"):
            session.generate([ChatMessage("user", "All of these", images=images)],
                             SamplingParams(max_tokens=8), lambda _: None)
    finally:
        session.close()


def test_stop_while_the_image_is_read(vision_model: Path, tmp_path: Path) -> None:
    """The encoder cannot be interrupted: on a Stop it finishes on its own thread
    and the reply ends at once, cancelled; the next reply waits for it."""
    import threading
    import time

    slow = write_tiny_projector(tmp_path / "mmproj-slow.gguf", TEXT_WIDTH, image_size=672,
                                width=256, ffn=1024, blocks=8)
    session = ModelSession.load(vision_model, LoadOptions(projector=slow, n_ctx=4096))
    try:
        def ask(colour: tuple[int, int, int], stop: threading.Event | None = None):  # type: ignore[no-untyped-def]
            image = read_image(_photo(colour), "big.png")
            return session.generate([ChatMessage("user", "Look", images=(image,))],
                                    SamplingParams(max_tokens=2, seed=1), lambda _: None,
                                    stop_event=stop)
        started = time.monotonic()
        assert ask((1, 1, 1)).finish_reason in ("stop", "length")
        whole = time.monotonic() - started  # reading one image, unstopped
        stop = threading.Event()
        threading.Timer(0.1, stop.set).start()
        started = time.monotonic()
        stopped = ask((2, 2, 2), stop)
        assert stopped.finish_reason == "cancelled" and stopped.completion_tokens == 0
        assert time.monotonic() - started < 0.1 + whole / 2, whole
        assert ask((3, 3, 3)).finish_reason in ("stop", "length")  # after the encoder
    finally:
        session.close()
