"""The server's gate, before any route: the Host header, the key, the body's size.

Plain ASGI, so a refused request never reaches Starlette's routing (or a
handler that might read a body of any size).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

OPEN_PATHS = ("/health",)  # no key needed, and nothing to learn from it


def host_allowed(host_header: str) -> bool:
    """A DNS-rebinding page reaches us under its own domain name: only IP literals
    and localhost names are accepted, whatever address the server listens on."""
    host = host_header.strip().lower()
    if host.startswith("["):  # [::1]:8080
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _TooLarge(Exception):
    pass


class Gate:
    def __init__(self, app: ASGIApp, api_key: str, max_body_bytes: int) -> None:
        self.app, self.api_key, self.max_body_bytes = app, api_key, max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        if not host_allowed(headers.get("host", "")):
            await _refuse(send, 400, "The Host header names neither this computer's address "
                          "nor localhost.", "invalid_host")
            return
        if scope["path"] not in OPEN_PATHS and scope["method"] != "OPTIONS":
            scheme, _, given = headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                    given.strip().encode(), self.api_key.encode()):
                await _refuse(send, 401, "A valid API key is needed: Authorization: Bearer "
                              "<key> (Settings › API server, or `llamadesk serve`).",
                              "invalid_api_key", {"www-authenticate": "Bearer"})
                return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body_bytes:
            await _refuse(send, 413, f"The request body is larger than "
                          f"{self.max_body_bytes:,} bytes.", "request_too_large")
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _TooLarge
            return message

        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if not started:
                await _refuse(send, 413, f"The request body is larger than "
                              f"{self.max_body_bytes:,} bytes.", "request_too_large")


async def _refuse(send: Send, status: int, message: str, code: str,
                  extra: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": {"message": message, "type": "invalid_request_error",
                                 "code": code, "param": None}}).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
