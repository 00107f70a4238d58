"""The real proof for pooling (#35): a model that no one process here may hold runs
across three, each capped by the kernel (a memory cgroup), and the same model
without the pool is refused in a sentence.

    sudo .venv/bin/python bench/pool_proof.py [--model PATH.gguf] [--room GB]

Each process (this computer's and two `pool serve` helpers) gets a cgroup whose
limit leaves ``--room`` of memory above what the process uses once started (its
interpreter and llama.cpp's libraries): less than the model needs on one
computer. The helpers also lend only that much (`--memory`). LlamaDesk reads a
cgroup's limit as the memory it has (engine/memory_limit.py), so it plans within
it; the kernel would end a process that went over. Needs root and the memory
controller (cgroup v1 or v2); it says so and stops otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CODE = "K7QF2-M9XPA-3RTZB-HW4CE"
PROMPT = "The history of the lighthouse at the end of the harbour wall began"


def memory_root() -> tuple[Path, str, str] | None:
    """The memory controller's folder, and its limit and usage file names."""
    v1 = Path("/sys/fs/cgroup/memory")
    if (v1 / "memory.limit_in_bytes").exists():
        return v1, "memory.limit_in_bytes", "memory.usage_in_bytes"
    v2 = Path("/sys/fs/cgroup")
    controllers = v2 / "cgroup.controllers"
    if controllers.exists() and "memory" in controllers.read_text().split():
        return v2, "memory.max", "memory.current"
    return None


class Cap:
    """One cgroup: processes join it, then its limit is set to their use plus a room."""

    def __init__(self, name: str) -> None:
        found = memory_root()
        assert found is not None
        root, self._limit, self._usage = found
        self.folder = root / f"llamadesk-proof-{name}-{os.getpid()}"
        self.folder.mkdir()

    def join_command(self, command: list[str]) -> list[str]:
        return ["sh", "-c", f'echo $$ > "{self.folder}/cgroup.procs" && exec "$@"', "sh",
                *command]

    def leave_room(self, room: int) -> int:
        used = int((self.folder / self._usage).read_text())
        (self.folder / self._limit).write_text(str(used + room))
        return used

    def peak(self) -> int:
        """The most the cgroup has used (0 where the kernel does not say)."""
        for name in ("memory.max_usage_in_bytes", "memory.peak"):
            if (self.folder / name).exists():
                return int((self.folder / name).read_text())
        return 0

    def remove(self) -> None:
        for _ in range(50):
            try:
                self.folder.rmdir()
                return
            except OSError:
                time.sleep(0.1)


def _helper(folder: Path, port: int, cap: Cap, room: int) -> subprocess.Popen[bytes]:
    log = folder / f"helper-{port}.log"
    command = [sys.executable, "-m", "llamadesk", "--data-dir", str(folder / f"h{port}"),
               "pool", "serve", "--host", "127.0.0.1", "--port", str(port), "--threads", "1",
               "--memory", f"{room / (1 << 30):.3f}"]
    with log.open("w") as output:
        process = subprocess.Popen(cap.join_command(command), stdout=output,
                                   stderr=subprocess.STDOUT,
                                   env={**os.environ, "LLAMADESK_POOL_CODE": CODE})
    from bench.pool import wait_until_lending

    wait_until_lending(log, process)
    cap.leave_room(room)
    return process


def main_side(model: Path, room: int, ports: list[int], cap_folder: str) -> int:
    """This computer's side, in its own cgroup: alone (refused), then pooled."""
    from llamadesk.engine.backends import load_backends
    from llamadesk.engine.placement import available_memory
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
    from llamadesk.errors import ModelLoadError
    from llamadesk.pool.client import PoolWorker, connect

    load_backends()
    pool = connect([PoolWorker(f"127.0.0.1:{port}", CODE) for port in ports]).plan
    folder = Path(cap_folder)
    limit_file = "memory.limit_in_bytes" if (folder / "memory.limit_in_bytes").exists() \
        else "memory.max"
    usage_file = "memory.usage_in_bytes" if limit_file == "memory.limit_in_bytes" \
        else "memory.current"
    used = int((folder / usage_file).read_text())
    (folder / limit_file).write_text(str(used + room))
    print(f"  this computer: {available_memory() / (1 << 30):.2f} GB free under its cap")
    options = LoadOptions(state_cache_bytes=0, n_ctx=1024, n_gpu_layers=0, repack=False)
    try:
        ModelSession.load(model, options).close()
        print("  alone: LOADED (the cap did not bind)")
        return 1
    except ModelLoadError as error:
        print(f"  alone: refused: {error}")
    session = ModelSession.load(model, LoadOptions(
        state_cache_bytes=0, n_ctx=1024, n_gpu_layers=0, repack=False, pool=pool))
    print(f"  pooled: {session.info.notes[-1]}")
    result = session.generate([ChatMessage("user", PROMPT)],
                              SamplingParams(temperature=0.0, max_tokens=24), lambda _: None)
    session.close()
    peak = int((folder / ("memory.max_usage_in_bytes" if usage_file.startswith("memory.usage")
                          else "memory.peak")).read_text()) if any(
        (folder / name).exists() for name in ("memory.max_usage_in_bytes", "memory.peak")) \
        else 0
    print(f"  pooled reply ({result.completion_tokens} tokens): {result.text.strip()!r}")
    if peak:
        print(f"  this computer's peak use: {(peak - used) / (1 << 30):.2f} GB above its start")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--room", type=float, default=0.75,
                        help="GB each process may use beyond its start")
    parser.add_argument("--main-side", nargs=2, metavar=("PORTS", "CGROUP"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    from bench.engine import find_model

    model = find_model(args.model)
    room = int(args.room * (1 << 30))
    if args.main_side:
        ports = [int(port) for port in args.main_side[0].split(",")]
        return main_side(model, room, ports, args.main_side[1])
    if memory_root() is None or os.geteuid() != 0:
        print("The proof needs root and the memory cgroup controller; neither is here.")
        return 1
    from llamadesk.pool.worker import free_local_port

    print(f"model: {model.name}, {model.stat().st_size / (1 << 20):.0f} MB; each process "
          f"may use {args.room:.2f} GB beyond its start")
    folder = Path(tempfile.mkdtemp(prefix="llamadesk-pool-proof-"))
    caps = [Cap("helper1"), Cap("helper2"), Cap("main")]
    helpers: list[subprocess.Popen[bytes]] = []
    try:
        ports = [free_local_port(), free_local_port()]
        helpers = [_helper(folder, port, cap, room)
                   for port, cap in zip(ports, caps[:2], strict=True)]
        done = subprocess.run(caps[2].join_command(
            [sys.executable, __file__, "--model", str(model), "--room", str(args.room),
             "--main-side", ",".join(map(str, ports)), str(caps[2].folder)]))
        for helper, port, cap in zip(helpers, ports, caps, strict=False):
            alive = helper.poll() is None
            print(f"  helper {port}: {'alive' if alive else 'ENDED'} under its cap, "
                  f"peak {cap.peak() / (1 << 30):.2f} GB")
        return done.returncode
    finally:
        for helper in helpers:
            helper.kill()
            helper.wait()
        for cap in caps:
            cap.remove()


if __name__ == "__main__":
    sys.exit(main())
