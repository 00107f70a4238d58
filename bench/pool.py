"""A pool on this machine against the same model run locally, in the same run: two
`llamadesk pool serve` workers as separate processes on loopback, the model's layers
split across this process and both (#35).

    .venv/bin/python bench/pool.py [--model PATH.gguf] [--runs N] [--lan]

Prints the time to load and tokens/s pooled and local, their ratios (medians of
alternating runs), and whether greedy replies were identical. Loopback has no
network delay: on a home LAN each token also pays a round trip per worker.
``--lan`` (root) adds a third run like a home LAN: each worker in a network
namespace of its own, joined by a veth pair shaped to 1 Gbit/s (tc tbf), with
0.5 ms added each way (tc netem where the kernel has it, else bench/delay_proxy.py).
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


def _worker(folder: Path, port: int, host: str = "127.0.0.1",
            namespace: str | None = None) -> subprocess.Popen[bytes]:
    log = folder / f"worker-{host}-{port}.log"
    inside = ["ip", "netns", "exec", namespace] if namespace else []
    with log.open("w") as output:
        process = subprocess.Popen(
            [*inside, sys.executable, "-m", "llamadesk", "--data-dir",
             str(folder / f"w{host}-{port}"), "pool", "serve", "--host", host, "--port",
             str(port), "--threads", "1"],
            stdout=output, stderr=subprocess.STDOUT,
            env={**os.environ, "LLAMADESK_POOL_CODE": CODE})
    wait_until_lending(log, process)
    return process


def wait_until_lending(log: Path, process: subprocess.Popen[bytes]) -> None:
    """Until the worker says it listens; its log, and the end, if it never does."""
    deadline = time.monotonic() + 60
    while "Lending this computer (" not in log.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            sys.exit(log.read_text())
        time.sleep(0.1)


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True)


def _lan_namespace(index: int) -> tuple[str, str, bool]:
    """Network namespace ``index`` joined to this one by a veth pair at 1 Gbit/s;
    returns its name, the worker's address there, and whether netem adds the delay."""
    name, near, far = f"ldbench{index}", f"ldb{index}m", f"ldb{index}w"
    _run("ip", "netns", "add", name)
    _run("ip", "link", "add", near, "type", "veth", "peer", "name", far)
    _run("ip", "link", "set", far, "netns", name)
    _run("ip", "addr", "add", f"10.77.{index}.1/24", "dev", near)
    _run("ip", "link", "set", near, "up")
    _run("ip", "netns", "exec", name, "ip", "addr", "add", f"10.77.{index}.2/24", "dev", far)
    _run("ip", "netns", "exec", name, "ip", "link", "set", far, "up")
    _run("ip", "netns", "exec", name, "ip", "link", "set", "lo", "up")
    netem = True
    for inside, device in (([], near), (["ip", "netns", "exec", name], far)):
        try:
            _run(*inside, "tc", "qdisc", "add", "dev", device, "root", "netem", "delay",
                 "0.5ms", "rate", "1gbit")
        except subprocess.CalledProcessError:  # no sch_netem: the rate here, delay in a relay
            netem = False
            _run(*inside, "tc", "qdisc", "add", "dev", device, "root", "tbf", "rate",
                 "1gbit", "burst", "256kb", "latency", "50ms")
    return name, f"10.77.{index}.2", netem


def _lan_workers(folder: Path) -> tuple[list[str], list[subprocess.Popen[bytes]], list[str]]:
    """Two workers in namespaces; their addresses as this process reaches them (through
    a delaying relay where netem is missing), every process started, and the
    namespaces to remove."""
    from llamadesk.pool.worker import free_local_port

    addresses, processes, namespaces = [], [], []
    for index in (1, 2):
        namespace, host, netem = _lan_namespace(index)
        namespaces.append(namespace)
        processes.append(_worker(folder, 50052, host, namespace))
        if netem:
            addresses.append(f"{host}:50052")
            continue
        local = free_local_port()
        relay = subprocess.Popen([sys.executable, str(Path(__file__).parent / "delay_proxy.py"),
                                  str(local), host, "50052", "0.5"], stdout=subprocess.PIPE)
        assert relay.stdout is not None
        relay.stdout.readline()  # listening
        processes.append(relay)
        addresses.append(f"127.0.0.1:{local}")
    return addresses, processes, namespaces


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--lan", action="store_true",
                        help="also a run through network namespaces shaped like a LAN")
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
    namespaces: list[str] = []
    try:
        pools = {"pooled": connect([PoolWorker(f"127.0.0.1:{port}", CODE)
                                    for port in ports]).plan}
        if args.lan:
            addresses, started_lan, namespaces = _lan_workers(folder)
            workers += started_lan
            pools["LAN"] = connect([PoolWorker(address, CODE) for address in addresses]).plan
        names = ["local", *pools]
        results: dict[str, dict[str, list[float]]] = {
            name: {"load": [], "rate": []} for name in names}
        texts: dict[str, set[str]] = {name: set() for name in names}
        for run in range(args.runs):
            for name in names if run % 2 == 0 else names[::-1]:
                started = time.perf_counter()
                session = ModelSession.load(model, LoadOptions(
                    state_cache_bytes=0, n_ctx=1024, pool=pools.get(name),
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
        print(f"model: {model.name}, 2 workers on loopback"
              + (", 2 in namespaces like a LAN (1 Gbit/s, 0.5 ms each way)" if args.lan
                 else "") + f", {args.runs} runs alternating")
        for name in pools:
            for what, unit in (("load", "s"), ("rate", "tok/s")):
                local = statistics.median(results["local"][what])
                pooled = statistics.median(results[name][what])
                print(f"  {name:6} {what:5} {pooled:7.2f} {unit:5}  local {local:7.2f} "
                      f"{unit:5}  {name} / local {pooled / local:5.2f}")
            same = texts["local"] == texts[name] and len(texts["local"]) == 1
            print(f"  {name:6} greedy replies identical to local: {'yes' if same else 'NO'}")
    finally:
        for process in workers:
            process.kill()
            process.wait()
        for namespace in namespaces:
            subprocess.run(["ip", "netns", "del", namespace], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
