"""The API's answer to a request it cannot serve, in OpenAI's error shape."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An answer with OpenAI's error object: {"error": {"message", "type", "code"}}."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error",
                 code: str | None = None, param: str | None = None,
                 retry_after: int = 1) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code, self.param = (
            status, message, kind, code, param)
        self.retry_after = retry_after  # seconds, for a 503

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.kind, "code": self.code,
                          "param": self.param}}
