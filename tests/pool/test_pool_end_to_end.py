"""A pool on one machine: two `llamadesk pool serve` workers as separate processes on
loopback, each running llama.cpp's real RPC server behind the pairing gate, and
`llamadesk chat --pool` splitting the tiny model's layers across this process and
both. The same reply as without the pool; a wrong code, an unreachable worker and
an empty pool said in a sentence; the code nowhere on disk; a restarted worker
paired again."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.pool import rpc
from llamadesk.pool.worker import free_local_port
from tests.test_cli import llamadesk

CODE = "K7QF2-M9XPA-3RTZB-HW4CE"



class Worker:
    def __init__(self, folder: Path, port: int, *lend: str) -> None:
        self.port = port
        self.log = folder / f"worker-{port}.log"
        environment = {**os.environ, "LLAMADESK_POOL_CODE": CODE}
        with self.log.open("w") as output:  # the child has its own copy
            self.process = subprocess.Popen(
                [sys.executable, "-m", "llamadesk", "--data-dir", str(folder / f"w{port}"),
                 "pool", "serve", "--host", "127.0.0.1", "--port", str(port), "--threads",
                 "1", *lend], stdout=output, stderr=subprocess.STDOUT, env=environment)
        deadline = time.monotonic() + 60
        while "Lending this computer (" not in self.log.read_text():
            assert self.process.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, self.log.read_text()
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


@pytest.fixture(scope="module")
def layered_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Four layers: some for this process and some for each worker.
    return write_tiny_llama(tmp_path_factory.mktemp("pool") / "tiny-layers.gguf", n_layer=4)


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[list[Worker]]:
    started = [Worker(tmp_path, free_local_port()), Worker(tmp_path, free_local_port())]
    yield started
    for worker in started:
        worker.stop()


def _pool(*entries: tuple[int, str]) -> dict[str, str]:
    return {"LLAMADESK_POOL": ";".join(f"127.0.0.1:{port}={code}" for port, code in entries)}


def test_a_reply_split_across_two_workers_is_the_local_reply(
        workers: list[Worker], layered_model: Path, tmp_path: Path) -> None:
    data = tmp_path / "main"
    ask = ("chat", "--model", str(layered_model), "--max-tokens", "24", "--seed", "3", "Hi")
    local = llamadesk(*ask, data_dir=data)
    pooled = llamadesk(*ask, "--pool", data_dir=data,
                       env=_pool(*((w.port, CODE) for w in workers)))
    assert local.returncode == 0 and pooled.returncode == 0, pooled.stderr
    assert pooled.stdout == local.stdout and local.stdout.strip()
    addresses = ", ".join(f"127.0.0.1:{w.port}" for w in workers)
    assert f"Pooled: 3 of 5 layers run on {addresses}." in pooled.stderr
    for worker in workers:  # each paired, and said who is connected
        assert "Connected: 127.0.0.1\n" in worker.log.read_text()
    # The code is the user's to keep: not in the main side's settings, logs or history.
    for path in data.rglob("*"):
        if path.is_file():
            assert CODE.encode() not in path.read_bytes(), path

    # A worker restarted (same address, same code): the pool pairs with it again.
    workers[0].stop()
    workers[0] = Worker(tmp_path, workers[0].port)
    again = llamadesk(*ask, "--pool", data_dir=data,
                      env=_pool(*((w.port, CODE) for w in workers)))
    assert again.returncode == 0 and again.stdout == local.stdout, again.stderr


def test_a_worker_that_cannot_be_used_is_named(workers: list[Worker], layered_model: Path,
                                               tmp_path: Path) -> None:
    data = tmp_path / "main"
    ask = ("chat", "--model", str(layered_model), "--max-tokens", "4", "--pool", "Hi")
    wrong = llamadesk(*ask, data_dir=data,
                      env=_pool((workers[0].port, "AAAAA-BBBBB-CCCCC-DDDDD")))
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert f"The pool worker 127.0.0.1:{workers[0].port} refused the pairing code" \
        in wrong.stderr
    assert "wrong pairing code" in workers[0].log.read_text()
    gone = free_local_port()
    unreachable = llamadesk(*ask, data_dir=data, env=_pool((gone, CODE)))
    assert f"The pool worker 127.0.0.1:{gone} cannot be reached" in unreachable.stderr
    empty = llamadesk(*ask, data_dir=data, env={"LLAMADESK_POOL": ""})
    assert "The pool has no worker yet" in empty.stderr


def test_info_says_pooling_is_available(tmp_path: Path) -> None:
    # The engine build has the RPC backend (packaging/engine/build_wheel.sh): a build
    # without it fails here rather than skipping the pool's tests.
    assert rpc.available()
    shown = llamadesk("info", data_dir=tmp_path)
    assert "pooling available (llama.cpp RPC)" in shown.stdout


def test_info_says_when_the_build_cannot_pool(tmp_path: Path) -> None:
    """A build without ggml-rpc: the same engine, its files linked into another
    package folder but for the RPC module, found first on the path."""
    import llama_cpp

    package = Path(llama_cpp.__file__).parent
    copy = tmp_path / "site" / "llama_cpp"
    (copy / "lib").mkdir(parents=True)
    for item in package.iterdir():
        if item.name != "lib":
            (copy / item.name).symlink_to(item)
    for item in (package / "lib").iterdir():
        if "ggml-rpc" not in item.name:
            (copy / "lib" / item.name).symlink_to(item)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(tmp_path / "site"), os.environ.get("PYTHONPATH", ""), str(Path.cwd())])}
    shown = subprocess.run(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(tmp_path / "data"), "info"],
        capture_output=True, text=True, env=environment, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "pooling not in this build" in shown.stdout
    served = subprocess.run(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(tmp_path / "data"), "pool",
         "serve"], capture_output=True, text=True, env=environment, timeout=120)
    assert served.returncode != 0 and "has no RPC backend" in served.stderr
    assert "Traceback" not in served.stderr


def test_a_worker_killed_mid_reply_is_named_and_the_reply_kept(
        workers: list[Worker], tmp_path: Path) -> None:
    """llama.cpp's RPC client aborts the process when a server stops answering; the
    relay answers in the vanished worker's place (pool/relay.py), so the process goes
    on: the reply stops with a sentence naming the worker, and what streamed before is
    in the history, marked interrupted, with nothing sampled from the stand-in
    answers (it is the start of the same reply made without the pool)."""
    import json

    model = write_tiny_llama(tmp_path / "chatty-layers.gguf", chatty=True, n_layer=4,
                             context_length=4096, min_embd=512)
    data = tmp_path / "main"
    environment = {key: value for key, value in os.environ.items()
                   if key != "LLAMADESK_DATA_DIR"}
    command = ["chat", "--model", str(model), "--temperature", "0", "--speculative", "off",
               "Talk"]
    environment.update(_pool(*((w.port, CODE) for w in workers)))
    chat = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data), *command, "--pool",
         "--max-tokens", "4000"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    assert chat.stdout is not None
    assert chat.stdout.read(200)  # the reply is streaming
    time.sleep(1.0)  # saved as it streams, every quarter of a second
    workers[1].stop()
    out, err = chat.communicate(timeout=60)
    message = err.decode()
    assert chat.returncode == 1, message  # an error said, not an abort (-6)
    assert f"The pool worker 127.0.0.1:{workers[1].port} stopped answering, so the reply " \
           "stops here" in message
    assert "gdb" not in message and "Traceback" not in message
    exported = tmp_path / "export.json"
    done = llamadesk("export", "--format", "json", "-o", str(exported), data_dir=data)
    assert done.returncode == 0, done.stderr
    reply = json.loads(exported.read_text())["conversations"][0]["messages"][-1]
    assert reply["finish_reason"] == "interrupted" and len(reply["content"]) >= 150
    # The same reply made here alone, a token or more past the cut (a token is at
    # least a character): the cut one is its beginning.
    cut = reply["content"]
    local = llamadesk(*command, "--max-tokens", str(len(cut) + 1),
                      data_dir=tmp_path / "local")
    assert local.returncode == 0, local.stderr
    whole = local.stdout.strip()
    assert whole.startswith(cut) and len(cut) < len(whole)


def test_the_api_server_goes_on_alone_after_a_worker_vanishes(
        layered_model: Path, tmp_path: Path) -> None:
    """`serve --pool`'s engine: the request a vanished worker cut off is told so, and
    the next one is answered by the model loaded again on this computer alone."""
    from llamadesk.engine.options import LoadOptions, SamplingParams
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.errors import PoolWorkerLost
    from llamadesk.pool.client import PoolWorker, connect
    from llamadesk.server.engine_thread import EngineThread

    worker = Worker(tmp_path, free_local_port())
    engine = EngineThread()
    try:
        plan = connect([PoolWorker(f"127.0.0.1:{worker.port}", CODE)]).plan
        engine.load(layered_model, LoadOptions(pool=plan, state_cache_bytes=0)).result(60)
        assert engine.model is not None and engine.model.backend == "CPU + 1 machine"

        def reply() -> str:
            return engine.submit(lambda session: session.generate(
                [ChatMessage("user", "Hi")], SamplingParams(temperature=0.0, max_tokens=8),
                lambda _: None).text).result(60)

        pooled = reply()
        worker.stop()
        with pytest.raises(PoolWorkerLost, match=f"127.0.0.1:{worker.port} stopped"):
            reply()
        assert reply() == pooled  # alone now, the same greedy reply
        assert engine.model is not None and engine.model.backend == "CPU"
    finally:
        engine.close()
        worker.stop()


def test_a_worker_lends_only_the_memory_it_is_told(layered_model: Path,
                                                   tmp_path: Path) -> None:
    """`pool serve --memory`: said in the handshake, so the main computer gives the
    worker fewer layers (here, lending 1 MB of a machine's gigabytes: one layer of
    five, against three with all it has free)."""
    small = Worker(tmp_path, free_local_port(), "--memory", "0.001")
    try:
        assert "Lending this computer (0.001 GB of memory)" in small.log.read_text()
        pooled = llamadesk("chat", "--model", str(layered_model), "--max-tokens", "8",
                           "--pool", "Hi", data_dir=tmp_path / "main",
                           env=_pool((small.port, CODE)))
        assert pooled.returncode == 0, pooled.stderr
        assert f"Pooled: 1 of 5 layers run on 127.0.0.1:{small.port}." in pooled.stderr
    finally:
        small.stop()
