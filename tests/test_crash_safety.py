"""SIGKILL in mid-reply, 20 times: nothing completed is lost, the partial reply is kept."""

from __future__ import annotations

import random
from pathlib import Path

from llamadesk.app import open_context
from tests.helpers.crash_loop import crash_round
from tests.helpers.tiny_gguf import write_tiny_llama

ROUNDS = 20


def test_killed_mid_reply_loses_nothing(data_dir: Path, tmp_path: Path) -> None:
    # Wider and deeper than the chatty fixture, same replies: a reply lasts many
    # seconds, so the kill (at most 1.2 s after the first piece) always lands mid-reply.
    model = write_tiny_llama(tmp_path / "slow-chatty.gguf", chatty=True, context_length=8192,
                             n_layer=4, min_embd=1024)
    rng = random.Random(20261127)
    for number in range(ROUNDS):
        crash_round(data_dir, model, number, rng)

    # The next start settles every cut-off reply as interrupted, text intact.
    context = open_context(str(data_dir))
    try:
        assert len(context.repository.list_conversations()) == ROUNDS
        replies = [m for cid in context.repository.conversation_ids()
                   for m in context.repository.all_messages(cid) if m.role == "assistant"]
        assert len(replies) == ROUNDS
        assert all((m.status, m.finish_reason) == ("interrupted", "interrupted")
                   for m in replies)
        assert sum(bool(m.content) for m in replies) >= ROUNDS // 2
        assert context.repository.search("quick brown fox")
    finally:
        context.close()
