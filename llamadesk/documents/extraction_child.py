"""The child side of budgeted extraction (documents/extraction_budget.py):
``llamadesk --extract-documents``.

It reads one JSON line per file on stdin and answers one JSON line on stdout: the
file's sections, or the reason it was skipped. Anything a parser prints goes to
stderr, so the answers cannot be mixed with it. Running out of its time or memory
is the parent's business: it kills this process and starts another.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXTRACT_FLAG = "--extract-documents"


def main(_argv: Sequence[str]) -> int:
    from llamadesk.documents.formats import Skipped, extract

    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr  # a library's print() must not reach the answers
    for line in sys.stdin:
        path = Path(json.loads(line)["path"])
        try:
            sections = extract(path)
            answer: dict[str, object] = {"sections": [
                [section.text, section.page, section.heading] for section in sections]}
        except Skipped as skip:
            answer = {"skipped": str(skip)}
        except MemoryError:
            answer = {"skipped": "needs more memory to read than LlamaDesk allows"}
        # ensure_ascii: one answer is one line, whatever the text holds.
        answers.write(json.dumps(answer, ensure_ascii=True) + "\n")
        answers.flush()
    return 0
