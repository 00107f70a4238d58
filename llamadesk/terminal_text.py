"""Text from the history made safe to print on a terminal.

A title or message can come from an export someone shared. Printed raw, its
control characters are commands to the terminal: "\x1b]0;…\x07" retitles the
window, "\x1b[2J" clears it. Bidirectional overrides (U+202E…) make text read
other than it is. Each becomes a visible escape instead.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with control and bidi-override characters shown as escapes (\\x1b, \\u202e)."""
    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)
