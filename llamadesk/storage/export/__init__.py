"""Exporters: one module per format, all reading through HistoryRepository."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from llamadesk.storage.export.json_export import export_json
from llamadesk.storage.export.markdown_export import export_markdown
from llamadesk.storage.repository import HistoryRepository

Exporter = Callable[[HistoryRepository, list[int]], str]

FORMATS: dict[str, Exporter] = {
    "json": export_json,
    "md": export_markdown,
}


def export_text(repository: HistoryRepository, conversation_ids: list[int], fmt: str) -> str:
    """The export of the given conversations in format ``fmt`` as text."""
    return FORMATS[fmt](repository, conversation_ids)


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written export."""
    temporary = path.with_name(f".{path.name}.partial")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
