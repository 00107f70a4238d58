"""A pool on this machine against the same model run locally, in the same run: two
`llamadesk pool serve` workers as separate processes on loopback, the model's layers
split across this process and both (#35).

    .venv/bin/python bench/pool.py [--model PATH.gguf] [--runs N]

Prints the time to load and tokens/s pooled and local, their ratios (medians of
alternating runs), and whether greedy replies were identical. Loopback has no
network delay: on a home LAN each token also pays a round trip per worker.
Both sides run without repacked weights: an RPC worker never repacks, and the
repacked kernels round differently, so this compares like with like.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The repository root, so `bench.engine` imports when run as a script.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CODE = "K7QF2-M9XPA-3RTZB-HW4CE"
PROMPT = "The history of the lighthouse at the end of the harbour wall began"


def _worker(folder: Path, port: int) -> subprocess.Popen[bytes]:
    log = folder / f"worker-{port}.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "llamadesk", "--data-dir", str(folder / f"w{port}"),
             "pool", "serve", "--host", "127.0.0.1", "--port", str(port), "--threads", "1"],
            stdout=output, stderr=subprocess.STDOUT,
            env={**os.environ, "LLAMADESK_POOL_CODE": CODE})
    deadline = time.monotonic() + 60
    while "Lending this computer (" not in log.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            sys.exit(log.read_text())
        time.sleep(0.1)
    return process


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    from bench.engine import find_model
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
    from llamadesk.pool.client import PoolWorker, connect
    from llamadesk.pool.worker import free_local_port

    model = find_model(args.model)
    folder = Path(tempfile.mkdtemp(prefix="llamadesk-pool-bench-"))
    ports = [free_local_port(), free_local_port()]
    workers = [_worker(folder, port) for port in ports]
    try:
        pool = connect([PoolWorker(f"127.0.0.1:{port}", CODE) for port in ports]).plan
        results: dict[str, dict[str, list[float]]] = {
            name: {"load": [], "rate": []} for name in ("local", "pooled")}
        texts: dict[str, set[str]] = {"local": set(), "pooled": set()}
        for run in range(args.runs):
            for name in ("local", "pooled") if run % 2 == 0 else ("pooled", "local"):
                started = time.perf_counter()
                session = ModelSession.load(model, LoadOptions(
                    state_cache_bytes=0, n_ctx=1024, pool=pool if name == "pooled" else None,
                    n_gpu_layers=0, repack=False))
                loaded = time.perf_counter()
                result = session.generate([ChatMessage("user", PROMPT)], SamplingParams(
                    temperature=0.0, max_tokens=args.tokens), lambda _: None)
                session.close()
                results[name]["load"].append(loaded - started)
                results[name]["rate"].append(result.tokens_per_second or 0.0)
                texts[name].add(result.text)
                if run == 0 and name == "pooled":
                    print(f"split: {session.info.notes[-1]}")
        print(f"model: {model.name}, 2 workers on loopback, {args.runs} runs alternating")
        for what, unit in (("load", "s"), ("rate", "tok/s")):
            local = statistics.median(results["local"][what])
            pooled = statistics.median(results["pooled"][what])
            print(f"  {what:5} pooled {pooled:7.2f} {unit:5}  local {local:7.2f} {unit:5}  "
                  f"pooled / local {pooled / local:5.2f}")
        same = texts["local"] == texts["pooled"] and len(texts["local"]) == 1
        print(f"  greedy replies identical: {'yes' if same else 'NO'}")
    finally:
        for process in workers:
            process.kill()
            process.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
