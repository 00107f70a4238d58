"""SIGKILL in mid-reply, 20 times: nothing completed is lost, the partial reply is kept."""

from __future__ import annotations

import random
from pathlib import Path

from llamadesk.app import open_context
from tests.helpers.crash_loop import crash_round

ROUNDS = 20


def test_killed_mid_reply_loses_nothing(data_dir: Path, chatty_model: Path) -> None:
    rng = random.Random(20261127)
    for number in range(ROUNDS):
        crash_round(data_dir, chatty_model, number, rng)

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
