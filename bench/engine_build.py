"""bench/engine.py's rows for the engine build (issue: one build for every CPU).

- `llamadesk chat` as a user runs it (automatic threads, its own start included),
  tokens/s against llama.cpp's llama-bench tg128 on every physical core;
- `llamadesk chat` from start to the first token, against a bare load plus one
  token (target <= 1.5x);
- the CPU probe's one-time cost (a fresh cache each time);
- the portable build's tokens/s against a native one (--native-python: a Python
  whose llama-cpp-python was built with -march=native), same model and threads.

Each pair alternates, and the medians are printed with their ratio.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from llamadesk.engine.threads import physical_cores

RAW_DECODE = """
import sys, time, json
import llama_cpp
lib = __import__("pathlib").Path(llama_cpp.__file__).parent / "lib"
if any(lib.glob("libggml-cpu-*.so")):
    from llamadesk.engine import backends
    backends.load_backends()
llama = llama_cpp.Llama(sys.argv[1], n_ctx=512, n_threads=int(sys.argv[2]),
                        n_threads_batch=int(sys.argv[2]), verbose=False)
tokens = llama.tokenize(b"Once upon a time", add_bos=True)
llama.eval(tokens)
began = time.perf_counter()
for _ in range(128):
    llama.eval([int(llama.scores[llama.n_tokens - 1].argmax())])
print(json.dumps(128 / (time.perf_counter() - began)))
"""


def _chat(model: Path, data_dir: Path, seed: int) -> tuple[float, float]:
    """One `llamadesk chat` run: (tokens/s of its reply, seconds from start to the
    first printed byte)."""
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat", "--model",
         str(model), "--max-tokens", "128", "--seed", str(seed), "Once upon a time"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    assert child.stdout is not None
    child.stdout.read(1)
    first = time.perf_counter() - began
    child.stdout.read()
    child.wait()
    with sqlite3.connect(data_dir / "history.sqlite3") as raw:
        [(rate,)] = raw.execute("SELECT tokens_per_second FROM messages WHERE role = "
                                "'assistant' ORDER BY id DESC LIMIT 1").fetchall()
    return float(rate), first


def _bare_first_token(model: Path) -> float:
    code = ("import time; t=time.perf_counter(); import llama_cpp\n"
            "from llamadesk.engine import backends; backends.load_backends()\n"
            f"l = llama_cpp.Llama({str(model)!r}, n_ctx=4096, verbose=False)\n"
            "l.eval(l.tokenize(b'Once upon a time', add_bos=True)); print(time.perf_counter()-t)")
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - began


def _llama_bench_tg128(binary: Path, model: Path) -> float:
    out = subprocess.run([str(binary), "-m", str(model), "-p", "0", "-n", "128",
                          "-t", str(physical_cores()), "-r", "1", "-o", "json"],
                         check=True, capture_output=True, text=True).stdout
    return float(json.loads(out)[0]["avg_ts"])


def _probe_seconds(model: Path) -> float:
    from llamadesk.engine.cpu_probe import CpuProbe
    from llamadesk.engine.gguf_file import read_model_facts

    with tempfile.TemporaryDirectory() as folder:
        choice = CpuProbe(Path(folder) / "probe.json", in_process=lambda: None).choose(
            read_model_facts(model))
    return choice.probe_seconds


def _raw_rate(python: str, model: Path) -> float:
    out = subprocess.run([python, "-c", RAW_DECODE, str(model), str(physical_cores())],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def build_rows(model: Path, runs: int, llama_bench: Path, native_python: str | None) -> None:
    chat_rates, bench_rates, chat_first, bare_first, probes = [], [], [], [], []
    portable, native = [], []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        _chat(model, data_dir, 0)  # the probe runs on the first use: not in the rows
        for turn in range(runs):
            pair = ("chat", "bench") if turn % 2 == 0 else ("bench", "chat")
            for which in pair:
                if which == "chat":
                    rate, first = _chat(model, data_dir, turn + 1)
                    chat_rates.append(rate)
                    chat_first.append(first)
                else:
                    bench_rates.append(_llama_bench_tg128(llama_bench, model))
                    bare_first.append(_bare_first_token(model))
            probes.append(_probe_seconds(model))
            if native_python:
                order = ((sys.executable, portable), (native_python, native))
                for python, into in (order if turn % 2 == 0 else order[::-1]):
                    into.append(_raw_rate(python, model))
    from llamadesk.engine import backends

    backends.load_backends()
    loaded = backends.loaded()
    med = statistics.median
    print()
    print(f"engine build: {backends.engine_build().label}; CPU variant "
          f"{loaded.cpu_variant if loaded else '?'}; {physical_cores()} physical cores")
    print(f"{'measure':52} {'value':>10}  target")
    print(f"{'llamadesk chat (median tok/s)':52} {med(chat_rates):10.1f}")
    print(f"{'llama-bench tg128, every core (median tok/s)':52} {med(bench_rates):10.1f}")
    print(f"{'ratio chat / llama-bench (median of pairs)':52} "
          f"{med(c / b for c, b in zip(chat_rates, bench_rates, strict=True)):10.3f}  >= 0.95")
    print(f"{'llamadesk chat, start to first token (median s)':52} {med(chat_first):10.3f}")
    print(f"{'bare load + one token, new process (median s)':52} {med(bare_first):10.3f}")
    print(f"{'ratio chat start / bare (median of pairs)':52} "
          f"{med(c / b for c, b in zip(chat_first, bare_first, strict=True)):10.3f}  <= 1.5")
    print(f"{'CPU probe, once per model kind (median s)':52} {med(probes):10.3f}")
    if native:
        print(f"{'portable build, raw decode (median tok/s)':52} {med(portable):10.1f}")
        print(f"{'native build, raw decode (median tok/s)':52} {med(native):10.1f}")
        print(f"{'ratio portable / native (median of pairs)':52} "
              f"{med(p / n for p, n in zip(portable, native, strict=True)):10.3f}  >= 0.97")
    else:
        print("portable / native: pass --native-python (a Python with a -march=native "
              "llama-cpp-python)")
