"""A TCP relay that delays every byte by a fixed time each way: a home LAN's round
trip for bench/pool.py where the kernel has no sch_netem (tc's delay). Threads and
time.sleep, not asyncio: epoll's timeout is whole milliseconds, sleep is finer.

    python bench/delay_proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MS
"""

from __future__ import annotations

import queue
import socket
import sys
import threading
import time


def _relay(source: socket.socket, sink: socket.socket, delay: float) -> None:
    pending: queue.Queue[tuple[float, bytes] | None] = queue.Queue()

    def read() -> None:
        try:
            while data := source.recv(1 << 16):
                pending.put((time.perf_counter() + delay, data))
        except OSError:
            pass
        pending.put(None)

    def write() -> None:
        try:
            while (item := pending.get()) is not None:
                due, data = item
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                sink.sendall(data)
            sink.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    threading.Thread(target=read, daemon=True).start()
    threading.Thread(target=write, daemon=True).start()


def main() -> int:
    listen_port, host, port, delay_ms = (int(sys.argv[1]), sys.argv[2], int(sys.argv[3]),
                                         float(sys.argv[4]))
    server = socket.create_server(("127.0.0.1", listen_port))
    print("listening", flush=True)
    while True:
        near, _ = server.accept()
        far = socket.create_connection((host, port))
        for sock in (near, far):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        _relay(near, far, delay_ms / 1000)
        _relay(far, near, delay_ms / 1000)


if __name__ == "__main__":
    sys.exit(main())
