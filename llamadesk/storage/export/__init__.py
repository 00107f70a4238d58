"""Exporters: one module per format, all reading through HistoryRepository.

``export_bytes`` writes the given conversations into one file of a format;
``export_zip`` writes one file per conversation into a zip archive.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from llamadesk.storage.export.html_export import export_html
from llamadesk.storage.export.json_export import export_json
from llamadesk.storage.export.markdown_export import export_markdown, markdown_images
from llamadesk.storage.export.text_export import export_text_plain
from llamadesk.storage.repository import HistoryRepository

Exporter = Callable[[HistoryRepository, list[int]], "str | bytes"]


def _pdf(repository: HistoryRepository, ids: list[int]) -> bytes:
    # Imported on use: it starts Qt, which the other formats never need.
    from llamadesk.storage.export.pdf_export import export_pdf

    return export_pdf(repository, ids)


FORMATS: dict[str, Exporter] = {
    "json": export_json,
    "md": export_markdown,
    "html": export_html,
    "txt": export_text_plain,
    "pdf": _pdf,
}
EXTENSIONS = {"json": "json", "md": "md", "html": "html", "txt": "txt", "pdf": "pdf"}


def export_bytes(repository: HistoryRepository, conversation_ids: list[int], fmt: str) -> bytes:
    """One file of ``fmt``; Markdown whose messages hold images is a zip of the
    Markdown and its images (is_zip), since Markdown can only link them."""
    result = FORMATS[fmt](repository, conversation_ids)
    data = result.encode("utf-8") if isinstance(result, str) else result
    if fmt == "md":
        images = markdown_images(repository, conversation_ids)
        if images:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                title = repository.get_conversation(conversation_ids[0]).title \
                    if len(conversation_ids) == 1 else "conversations"
                archive.writestr(f"{_slug(title)}.md", data)
                _add_images(archive, repository, images)
            return buffer.getvalue()
    return data


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _add_images(archive: zipfile.ZipFile, repository: HistoryRepository,
                images: dict[str, str]) -> None:
    for path, sha256 in sorted(images.items()):
        # Stored, not deflated: pictures are compressed already.
        archive.writestr(zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0)),
                         repository.image_data(sha256), compress_type=zipfile.ZIP_STORED)


def export_text(repository: HistoryRepository, conversation_ids: list[int], fmt: str) -> str:
    """A text format's export as str (not for pdf)."""
    return export_bytes(repository, conversation_ids, fmt).decode("utf-8")


def _slug(title: str) -> str:
    words = re.sub(r"[^\w\s-]", "", title, flags=re.UNICODE).strip().lower()
    return re.sub(r"[\s_-]+", "-", words)[:50].strip("-") or "conversation"


def export_zip(repository: HistoryRepository, conversation_ids: list[int], fmt: str) -> bytes:
    """One file per conversation, named ``0001-title.ext``, in a zip archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, cid in enumerate(conversation_ids, start=1):
            title = repository.get_conversation(cid).title
            name = f"{number:04d}-{_slug(title)}.{EXTENSIONS[fmt]}"
            if fmt == "md":  # the Markdown here; its images once, beside them all
                text = FORMATS[fmt](repository, [cid])
                archive.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)
            else:
                archive.writestr(name, export_bytes(repository, [cid], fmt))
        if fmt == "md":
            _add_images(archive, repository, markdown_images(repository, conversation_ids))
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write beside ``path``, then rename: never a half-written export."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        if isinstance(data, str):
            temporary.write_text(data, encoding="utf-8")
        else:
            temporary.write_bytes(data)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
