"""Logging to a rotating file in the platform's log folder.

A redacting filter runs on every record, so that a Hugging Face token can
never reach the log even if some library prints one.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from collections import deque
from pathlib import Path

_TOKEN_PATTERN = re.compile(r"hf_[A-Za-z0-9]{8,}")
_HANDLER_NAME = "llamadesk"
_FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"


def redact(text: str) -> str:
    """Replace anything shaped like a Hugging Face token."""
    return _TOKEN_PATTERN.sub("hf_***", text)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RecentLines(logging.Handler):
    """Keeps the last lines in memory, for attaching to a crash report."""

    def __init__(self, capacity: int = 50) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def setup_logging(log_file: Path, level: int = logging.INFO) -> RecentLines:
    """Send the app's logs to ``log_file`` (rotated at 2 MB, 3 kept)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    recent = RecentLines()
    handlers: list[logging.Handler] = [recent]
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        # A read-only or full disk: the app still runs (reading the history needs no
        # log), and the recent lines still go with a crash report.
        print(f"llamadesk: not logging to {log_file}: {error.strerror or error}",
              file=sys.stderr)
    else:
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        handlers.insert(0, file_handler)
    for handler in handlers:
        handler.addFilter(_RedactingFilter())
        # Named so a second setup (tests, --self-test) replaces rather than doubles them.
        handler.set_name(_HANDLER_NAME)
        root.addHandler(handler)
    return recent
