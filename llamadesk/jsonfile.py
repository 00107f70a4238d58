"""Small JSON state files (registry, license acceptances, hash cache): read leniently,
written atomically, so a crash mid-write never leaves half a file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def read_json(path: Path, default: Any) -> Any:
    """The file's JSON, or ``default`` if it is missing or unreadable as JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: nested thousands deep
        return default


def write_json(path: Path, data: Any) -> None:
    """Write beside ``path`` and rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".partial")
    temporary.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
