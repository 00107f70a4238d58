"""History at scale: 10,000 conversations, 1,000,000 messages (~400 characters each).

    .venv/bin/python bench/history.py [--conversations N] [--messages-per N] [--keep DIR]

Builds the data folder through LlamaDesk's own schema (migrations, FTS triggers),
then times the app's repository calls against a baseline in the same run: the
same question asked of SQLite directly, with hand-written SQL and no ORM. It
prints both and the ratio app ÷ raw, next to the issue's targets.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from llamadesk.storage.database import Database  # noqa: E402
from llamadesk.storage.repository import HistoryRepository  # noqa: E402
from llamadesk.storage.schema import Role  # noqa: E402
from llamadesk.storage.text_index import cjk_terms  # noqa: E402

COMMON = "the a of to and in is it you that for on with as are this be at or have from".split()
TOPICAL = ("model llama context token prompt python function error value list memory file "
           "network data table query index server client request response cache thread "
           "window button download license quantization layer tensor gradient batch").split()


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Zipf-distributed words, as in real text: a few very common, most rare."""
    syllables = ["ka", "to", "ri", "men", "sa", "lo", "ver", "qui", "dan", "pe", "mo", "zu"]
    synthetic = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(12000)}
    words = COMMON + TOPICAL + sorted(synthetic)
    rng.shuffle(words[len(COMMON):])  # topical words land at random ranks
    weights = [1 / (rank ** 1.07) for rank in range(1, len(words) + 1)]
    total = 0.0
    cumulative = []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return words, cumulative


WORDS: list[str] = []
CUMULATIVE: list[float] = []
CODE = [
    "```python\ndef load(path):\n    with open(path) as handle:\n        return handle.read()\n```",
    "```js\nconst total = items.reduce((sum, x) => sum + x.price, 0);\n```",
    "```sql\nSELECT id, title FROM conversations ORDER BY updated_at DESC LIMIT 100;\n```",
]
CJK = ["東京の天気はどうですか", "我想学习机器学习", "모델을 다운로드하세요"]
QUERIES = ["llama", "python function", "memory error", "quantization layer", "東京",
           "download license", "thread window", "tensor", "cache server", "prompt token",
           "index query", "gradient batch", "機器学習", "context", "response", "value list",
           "client request", "file data", "SELECT", "reduce"]


def _text(rng: random.Random) -> str:
    # A realistic mix: mostly short and medium, some long, some with code or CJK.
    length = int(min(rng.lognormvariate(5.75, 0.7), 4000))
    words: list[str] = []
    size = 0
    while size < length:
        batch = rng.choices(WORDS, cum_weights=CUMULATIVE, k=16)
        words += batch
        size += sum(map(len, batch)) + len(batch)
    text = " ".join(words)[:length]
    roll = rng.random()
    if roll < 0.1:
        text += "\n\n" + rng.choice(CODE)
    elif roll < 0.13:
        text += " " + rng.choice(CJK)
    return text


def build(path: Path, conversations: int, per: int, big: int) -> None:
    Database(path).close()  # the real schema, migrations and triggers
    rng = random.Random(7)
    WORDS[:], CUMULATIVE[:] = _vocabulary(rng)
    raw = sqlite3.connect(path)
    raw.create_function("llamadesk_cjk", 1, cjk_terms, deterministic=True)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=OFF")  # building only; the app never runs like this
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    message_id = 0
    total_chars = 0
    for cid in range(1, conversations + 1):
        count = big if cid == 1 else per
        created = start + timedelta(minutes=cid * 7)
        rows = []
        for n in range(count):
            message_id += 1
            text = _text(rng)
            total_chars += len(text)
            at = (created + timedelta(seconds=n * 30)).strftime("%Y-%m-%d %H:%M:%S.%f")
            rows.append((message_id, cid, message_id - 1 if n else None,
                         "user" if n % 2 == 0 else "assistant", text, "complete",
                         "stop" if n % 2 else None, at, at, "{}"))
        stamp = created.strftime("%Y-%m-%d %H:%M:%S.%f")
        last = (created + timedelta(seconds=(count - 1) * 30)).strftime("%Y-%m-%d %H:%M:%S.%f")
        raw.execute(
            "INSERT INTO conversations (id, uid, title, pinned, created_at, updated_at, sampling,"
            " current_leaf_id) VALUES (?, ?, ?, 0, ?, ?, '{}', ?)",
            (cid, uuid.uuid4().hex, " ".join(rng.choices(WORDS, k=5)), stamp, last, message_id))
        raw.executemany(
            "INSERT INTO messages (id, conversation_id, parent_id, role, content, status,"
            " finish_reason, created_at, updated_at, params) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        if cid % 500 == 0:
            raw.commit()
            print(f"  built {cid:,} conversations, {message_id:,} messages", flush=True)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("ANALYZE")
    raw.close()
    print(f"  {message_id:,} messages, {total_chars / message_id:.0f} characters on average, "
          f"{path.stat().st_size / 1e9:.2f} GB")


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


@contextlib.contextmanager
def data_folder(keep: str | None) -> Iterator[Path]:
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        yield Path(keep)
    else:
        with tempfile.TemporaryDirectory() as folder:
            yield Path(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--messages-per", type=int, default=99)
    parser.add_argument("--big", type=int, default=10_000, help="messages in conversation 1")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (reused)")
    args = parser.parse_args()

    with data_folder(args.keep) as folder:
        path = folder / "history.sqlite3"
        if not path.exists():
            print(f"Building {args.conversations:,} conversations in {path} ...")
            began = time.perf_counter()
            build(path, args.conversations, args.messages_per, args.big)
            print(f"  built in {time.perf_counter() - began:.0f} s")

        results: list[tuple[str, float, float, str]] = []

        # 1. Open the database and list the 100 most recent conversations.
        def app_open_list() -> None:
            database = Database(path)
            HistoryRepository(database).list_conversations(limit=100)
            database.close()

        def raw_open_list() -> None:
            raw = sqlite3.connect(path)
            raw.execute(
                "SELECT c.id, c.title, c.updated_at, (SELECT count(*) FROM messages m"
                " WHERE m.conversation_id = c.id) FROM (SELECT * FROM conversations"
                " WHERE deleted_at IS NULL ORDER BY pinned DESC, updated_at DESC, id DESC"
                " LIMIT 100) c ORDER BY pinned DESC, updated_at DESC, id DESC").fetchall()
            raw.close()

        app_open_list()
        results.append(("open + list 100 most recent", statistics.median(timed(app_open_list, 15)),
                        statistics.median(timed(raw_open_list, 15)), "< 50 ms"))

        database = Database(path)
        repository = HistoryRepository(database)

        # 2. First screenful of the 10,000-message conversation.
        def app_screen() -> None:
            repository.branch_tail(1, 60)

        def raw_screen() -> None:
            raw = sqlite3.connect(path)
            raw.execute("SELECT * FROM messages WHERE conversation_id = 1"
                        " ORDER BY id DESC LIMIT 60").fetchall()
            raw.close()

        results.append(("first screenful of 10,000 messages",
                        statistics.median(timed(app_screen, 15)),
                        statistics.median(timed(raw_screen, 15)), "< 50 ms"))

        # 3. Full-text search over 20 varied queries.
        raw = sqlite3.connect(path)
        raw.create_function("llamadesk_cjk", 1, cjk_terms, deterministic=True)
        # A warm-up round, then three timed rounds: p95 over 60 samples, not 20.
        for query in QUERIES:
            repository.search(query, 20)
        app_samples = [timed(lambda q=q: repository.search(q, 20), 1)[0]
                       for _ in range(3) for q in QUERIES]
        raw_samples = []
        for query in QUERIES * 3:
            words = " ".join(f'"{w}"' for w in query.split())
            began = time.perf_counter()
            try:
                raw.execute("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                            " ORDER BY rank LIMIT 20", (words,)).fetchall()
            except sqlite3.OperationalError:
                pass
            raw_samples.append((time.perf_counter() - began) * 1000)
        # The raw baseline is FTS5's own "ORDER BY rank", which scores every match.
        results.append(("search p50", statistics.median(app_samples),
                         statistics.median(raw_samples), ""))
        results.append(("search p95", p95(app_samples), p95(raw_samples), "< 100 ms"))

        # 4. One streaming-save update of a growing reply.
        conversation = repository.create_conversation()
        repository.add_message(conversation.id, Role.USER, "Write a long answer")
        reply = repository.start_reply(conversation.id, model_name="bench")
        text = ""
        pieces = []
        for _ in range(200):
            text += " word" * 20
            pieces.append(text)
        saves = [timed(lambda t=t: repository.save_partial_reply(reply.id, t), 1)[0]
                 for t in pieces]
        raw.execute("PRAGMA synchronous=FULL")
        raw_saves = []
        for piece in pieces:
            began = time.perf_counter()
            raw.execute("UPDATE messages SET content = ? WHERE id = ?", (piece, reply.id))
            raw.commit()
            raw_saves.append((time.perf_counter() - began) * 1000)
        results.append(("streaming save (median)", statistics.median(saves),
                        statistics.median(raw_saves), "< 2 ms"))
        results.append(("streaming save (p95)", p95(saves), p95(raw_saves), ""))
        raw.close()
        repository.delete_conversation(conversation.id)
        repository.purge_deleted()
        database.close()

    print()
    print(f"{'measure':40} {'app ms':>9} {'raw ms':>9} {'app/raw':>8}  target")
    for name, app, base, target in results:
        ratio = app / base if base > 0 else float("inf")
        print(f"{name:40} {app:9.2f} {base:9.2f} {ratio:8.2f}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
