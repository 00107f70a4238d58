"""Conversation titles as the sidebar shows them: whatever the text, it reads as written.

A title can come from an export someone shared. A right-to-left override
(U+202E) inside it made "gnp.exe" show as "exe.png"; embeddings and isolates
can likewise reorder the text around them. They are dropped for display, and
the title is shown as one isolate (U+2068 … U+2069), so an Arabic title sits
correctly in an English list and the other way round.
"""

from __future__ import annotations

import re

_EXPLICIT_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def display_title(title: str) -> str:
    return FIRST_STRONG_ISOLATE + _EXPLICIT_BIDI.sub("", title) + POP_ISOLATE


def edited_title(shown: str) -> str:
    """The title typed into an item that showed ``display_title``: the isolate removed."""
    return shown.removeprefix(FIRST_STRONG_ISOLATE).removesuffix(POP_ISOLATE)
