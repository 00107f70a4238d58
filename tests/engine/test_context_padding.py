"""llama.cpp pads a context to a multiple of 256 tokens and reports the padded size;
the token array LlamaDesk's loop writes into must be as large, or a prompt that fits
the reported window runs past the array (found with --ctx 64 and an image)."""

from __future__ import annotations

from pathlib import Path

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams


def test_a_prompt_that_fits_the_padded_window_is_read(tiny_model: Path) -> None:
    session = ModelSession.load(tiny_model, LoadOptions(n_ctx=100))
    try:
        assert session.info.n_ctx == 256
        assert session._llama.input_ids.shape[0] == session.info.n_ctx  # noqa: SLF001
        long = " ".join(["hello"] * 28)  # about 170 tokens in the tiny vocabulary
        result = session.generate([ChatMessage("user", long)],
                                  SamplingParams(max_tokens=4, seed=1), lambda _: None)
        assert 100 < result.prompt_tokens < 256 and result.completion_tokens > 0
    finally:
        session.close()
