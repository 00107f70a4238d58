"""SIGKILL while a model thinks: after the restart the thinking so far is there, saved
while it streamed, and the reply is marked interrupted. Real `llamadesk chat` process,
real llama.cpp (a tiny model that never stops thinking), real SQLite."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from llamadesk.app import open_context
from llamadesk.diagnostics.tiny_model import THINKING_TEMPLATE, write_tiny_llama


def test_killed_while_thinking_keeps_the_thinking(data_dir: Path, tmp_path: Path) -> None:
    # Wider and deeper than the plain tiny model: each token takes a while.
    model = write_tiny_llama(tmp_path / "endless-thinker.gguf", endless_thinking=True,
                             chat_template=THINKING_TEMPLATE, context_length=8192,
                             n_layer=4, min_embd=1024)
    environment = {k: v for k, v in os.environ.items() if k != "LLAMADESK_DATA_DIR"}
    child = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat",
         "--model", str(model), "Think hard about foxes"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment)
    assert child.stdout is not None
    os.set_blocking(child.stdout.fileno(), False)
    printed = b""
    deadline = time.monotonic() + 60
    # Until a few sentences of thinking are out, and a save or two has happened.
    while printed.count(b"dog.") < 3:
        assert child.poll() is None, "the child ended while thinking"
        assert time.monotonic() < deadline, "too little thinking within 60 s"
        try:
            printed += os.read(child.stdout.fileno(), 4096)
        except BlockingIOError:
            time.sleep(0.01)
    time.sleep(0.6)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert printed.startswith(b"[thinking]\n")

    context = open_context(str(data_dir))  # the start settles the cut-off reply
    try:
        [conversation] = context.repository.conversation_ids()
        [reply] = [m for m in context.repository.all_messages(conversation)
                   if m.role == "assistant"]
        assert (reply.status, reply.finish_reason) == ("interrupted", "interrupted")
        assert reply.content == ""
        assert reply.reasoning is not None and reply.reasoning.count("dog.") >= 2
        assert "The quick brown fox" in reply.reasoning
    finally:
        context.close()
