"""Text out of every supported format, with pages and headings; bad files skipped."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from llamadesk.documents.formats import Section, Skipped, extract


def write_pdf(path: Path, pages: list[str]) -> Path:
    """A real PDF with a text layer, one string per page, drawn by Qt."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20))
    painter = QPainter(writer)
    for number, text in enumerate(pages):
        if number:
            writer.newPage()
        painter.drawText(200, 400, text)
    painter.end()
    return path


def test_pdf_pages_keep_their_numbers(tmp_path: Path, qtbot: QtBot) -> None:
    pdf = write_pdf(tmp_path / "paper.pdf", ["The first page speaks of otters.",
                                             "The second page is about herons."])
    sections = extract(pdf)
    assert [section.page for section in sections] == [1, 2]
    assert "otters" in sections[0].text and "herons" in sections[1].text


def test_docx_headings_and_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Setup", level=1)
    document.add_paragraph("Install the kettle.")
    document.add_heading("Use", level=1)
    document.add_paragraph("Boil the water.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "volts", "230"
    document.save(str(tmp_path / "manual.docx"))
    sections = extract(tmp_path / "manual.docx")
    assert [section.heading for section in sections] == ["Setup", "Use"]
    assert "Install the kettle." in sections[0].text
    assert "Boil the water." in sections[1].text and "volts | 230" in sections[1].text


def test_markdown_sections_follow_headings_but_not_inside_code(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(
        "Intro line.\n\n# Birds\nHerons fish.\n\n```\n# not a heading\n```\n## Owls\nHoot.\n")
    sections = extract(tmp_path / "notes.md")
    assert [section.heading for section in sections] == [None, "Birds", "Owls"]
    assert "# not a heading" in sections[1].text


def test_html_text_without_scripts(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>T</title><script>alert(1)</script></head><body>"
        "<h1>Rivers</h1><p>The Loire is long.</p><h2>Lakes</h2><p>Geneva &amp; more.</p>"
        "</body></html>")
    sections = extract(tmp_path / "page.html")
    assert [section.heading for section in sections] == ["Rivers", "Lakes"]
    assert "The Loire is long." in sections[0].text and "alert" not in sections[0].text
    assert "Geneva & more." in sections[1].text


def test_plain_text_and_source_code(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Just words.")
    (tmp_path / "b.py").write_text("def f():\n    return 1\n")
    assert extract(tmp_path / "a.txt") == [Section("Just words.")]
    assert "return 1" in extract(tmp_path / "b.py")[0].text


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("fake.pdf", b"this is not a pdf at all", "not a readable PDF"),
    ("fake.docx", b"PK\x03\x04 broken zip", "damaged or not a real DOCX"),
    ("image.png", b"\x89PNG", "is not a supported format"),
    ("binary.txt", b"\x00\x01\x02\x00", "binary"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, name: str, content: bytes,
                                             reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(Skipped, match=reason):
        extract(tmp_path / name)


def test_a_huge_file_is_skipped_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.log"
    with huge.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024 ** 3)
    with pytest.raises(Skipped, match="too large"):
        extract(huge)
