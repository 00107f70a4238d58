"""`llamadesk serve` in a child process, as a user starts it, on a free port."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

KEY = "test-key-0123456789"


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT
    key: str
    process: subprocess.Popen[str]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}


def request(server: Server, method: str, path: str, body: bytes | None = None, *,
            key: bool | str = True, headers: dict[str, str] | None = None
            ) -> tuple[int, dict[str, str], bytes]:
    """One raw HTTP request: (status, headers in lower case, body)."""
    port = int(server.url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    sent = dict(headers or {})
    if key:
        sent.setdefault("Authorization", f"Bearer {server.key if key is True else key}")
    if body is not None:
        sent.setdefault("Content-Type", "application/json")
    try:
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        return (response.status, {k.lower(): v for k, v in response.getheaders()},
                response.read())
    finally:
        connection.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def install(data_dir: Path, *models: Path) -> None:
    """Register ``models`` (used in place) as `llamadesk models import` would."""
    from llamadesk.commands.models import model_manager
    from llamadesk.paths import AppPaths

    manager = model_manager(AppPaths.resolve(str(data_dir)).ensure())
    for model in models:
        manager.import_file(model, copy=False)


@contextlib.contextmanager
def running_server(data_dir: Path, *args: str, env: dict[str, str] | None = None,
                   nofile: int | None = None) -> Iterator[Server]:
    """``nofile``: the server starts with this soft limit on open files (a desktop's
    1,024), as a user's session would start it."""
    port = free_port()
    environment = {**os.environ, "LLAMADESK_API_KEY": KEY, **(env or {})}

    def limit_files() -> None:
        import resource

        if nofile is not None:
            _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, hard))

    process = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "serve",
         "--port", str(port), *args],
        env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=limit_files if nofile is not None else None)
    server = Server(f"http://127.0.0.1:{port}", KEY, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                said = process.stdout.read() if process.stdout else ""
                raise RuntimeError(f"serve exited: {said}")
            with contextlib.suppress(OSError):
                if request(server, "GET", "/health", key=False)[0] == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("serve did not start in 60 s")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
