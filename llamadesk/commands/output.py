"""What every command shares: exit statuses and the error line."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def print_error(message: str) -> None:
    """One line on stderr; errors the user can act on never show a traceback."""
    print(f"llamadesk: error: {message}", file=sys.stderr)
