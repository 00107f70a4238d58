"""Connections that cannot pile up: idle ones are closed, and there is room for many.

uvicorn closes a keep-alive connection that stays idle after a response, but not one
that never sends a whole request head: sockets that sent half a header stayed open
for good, and about 1,100 of them (a desktop's usual limit of 1,024 open files)
made `/health` time out. So:

- ``HeadTimedH11`` (uvicorn's h11 protocol, one timer added) closes a connection
  that has not sent a complete request head within HEAD_SECONDS of connecting or of
  its last response; a request whose body stalls is cut by the handler
  (requests.BODY_SECONDS).
- ``raise_open_file_limit`` lifts the soft limit on open files to the hard one, so a
  thousand idle sockets leave room for the clients that send requests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

HEAD_SECONDS = 10.0
# uvicorn's own cap on connections and tasks: beyond it, new requests get 503.
MAX_CONNECTIONS = 4096
# Keep-alive between two requests of one client (uvicorn's default is 5 s).
KEEP_ALIVE_SECONDS = 15


class HeadTimedH11(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(HEAD_SECONDS, self._head_too_slow)

    def _disarm(self) -> None:
        if getattr(self, "_head_timer", None) is not None:
            self._head_timer.cancel()  # type: ignore[union-attr]
            self._head_timer = None

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not None and not self.cycle.response_complete:
            self._disarm()  # a whole head came: the request runs

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if (self.cycle is None or self.cycle.response_complete) \
                and not self.transport.is_closing():
            self.transport.close()


def uvicorn_limits() -> dict[str, Any]:
    """The keyword arguments for uvicorn.Config that bound connections."""
    return {"http": HeadTimedH11, "limit_concurrency": MAX_CONNECTIONS,
            "timeout_keep_alive": KEEP_ALIVE_SECONDS}


def raise_open_file_limit() -> None:
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError) as error:
            log.info("Could not raise the open-file limit from %d: %s", soft, error)


def listening_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket for ``host``. For "::" it serves IPv4 too (where the
    system allows IPv6 sockets to): asyncio, and so uvicorn, would set IPV6_V6ONLY and
    leave every IPv4 client out."""
    if ":" in host:
        listener = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        if host == "::":
            with contextlib.suppress(OSError):  # a system without dual-stack sockets
                listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    else:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(1024)
    except OSError:
        listener.close()
        raise
    return listener
