"""A real Q4_K model (gemma-3-270m) answers in `chat`, `serve` and the window.

The tiny generated model never takes llama.cpp's repacked, quantized kernels; a
first message with a real Q4_K model once crashed the app on a CPU whose flags
announce AMX (llama.cpp #20824). On such a CPU these tests go through the CPU
probe's fault and its fallback; on any CPU they go through the engine build's
best CPU variant with repacked Q4_K weights, as users run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openai
from pytestqt.qtbot import QtBot

from llamadesk.app import open_context
from llamadesk.engine import backends
from llamadesk.paths import AppPaths
from llamadesk.settings import Settings
from llamadesk.ui.launch import build_main_window
from tests.helpers.api_server import install, running_server


def _probe_entry(data_dir: Path) -> dict[str, object]:
    [entry] = json.loads((data_dir / "engine-probe.json").read_text())["entries"].values()
    return entry  # type: ignore[no-any-return]


def test_chat_answers_with_a_real_q4_k_model(data_dir: Path, gemma_model: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat", "--model",
         str(gemma_model), "--max-tokens", "12", "--seed", "1",
         "What is the capital of France?"],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "no reply"
    entry = _probe_entry(data_dir)  # probed before the first use, and it survived
    assert entry["state"] == "ok" and float(entry["seconds"]) > 0  # type: ignore[arg-type]
    info = subprocess.run(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "info", "--json",
         "--model", str(gemma_model)], capture_output=True, text=True, timeout=120)
    report = json.loads(info.stdout)
    assert report["engine"]["cpu_variant"] == entry["config"]["cpu_variant"]  # type: ignore[index]
    assert report["model"]["engine_check"]["repack"] == entry["config"]["repack"]  # type: ignore[index]


def test_serve_answers_with_a_real_q4_k_model(data_dir: Path, gemma_model: Path) -> None:
    install(data_dir, gemma_model)
    with running_server(data_dir, "--model", str(gemma_model)) as server, openai.OpenAI(
            api_key=server.key, base_url=server.url + "/v1", max_retries=0) as client:
        model = client.models.list().data[0].id
        reply = client.completions.create(model=model, prompt="The capital of France is",
                                          max_tokens=8, seed=1)
        assert reply.choices[0].text.strip()


def test_the_window_answers_with_a_real_q4_k_model(
        qtbot: QtBot, data_dir: Path, gemma_model: Path) -> None:
    # Llama 2's format, which ends a reply on EOS alone: in its own plain format this
    # base model sometimes writes "User:" at once, and the reply ends empty.
    settings = Settings(AppPaths.resolve(data_dir).ensure().settings_file)
    settings["template_overrides"] = {str(gemma_model.resolve()): "llama2"}
    settings.save()
    context = open_context(str(data_dir))
    try:
        window = build_main_window(context, str(gemma_model))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.models.model is not None, timeout=120_000)
        model = window.models.model
        assert model is not None
        assert model.cpu_variant in (*backends.usable_variant_names(), backends.BUILT_IN)
        worker = window.parts.workers.worker
        pieces: list[str] = []
        worker.token_generated.connect(lambda _reply, text: pieces.append(text))
        with qtbot.waitSignal(worker.generation_finished, timeout=180_000) as finished:
            window.chat.send_message("What is the capital of France?")
            # A base model talks on: stopped once it has said something.
            qtbot.waitUntil(lambda: len("".join(pieces).strip()) > 20, timeout=120_000)
            window.stop_reply()
        assert finished.args[0].content.strip()
        window.close()
    finally:
        context.close()
