"""PDF and DOCX are read in a child process with a time and memory budget per file:
a file past either is skipped with the reason, and the next file is read by a fresh
child. Budgets are lowered here so the test is quick; the defaults are the same
mechanism with larger numbers."""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

import pytest

from llamadesk.documents.extraction_budget import BudgetedExtractor, ExtractionBudget
from llamadesk.documents.formats import Skipped, extract
from tests.helpers.pdf_bomb import write_heavy_pdf


def test_pdf_and_docx_read_in_the_child_as_they_read_here(tmp_path: Path) -> None:
    import docx

    pdf = write_heavy_pdf(tmp_path / "light.pdf", megabytes_per_page=0.001, pages=2)
    document = docx.Document()
    document.add_heading("Herons", level=1)
    document.add_paragraph("The heron waits by the pond.")
    document.save(str(tmp_path / "notes.docx"))
    with BudgetedExtractor() as extractor:
        for path in (pdf, tmp_path / "notes.docx"):
            assert extractor.extract(path) == extract(path)
            assert extractor._child is not None  # noqa: SLF001 - read in the child


def test_a_file_past_its_time_is_stopped_and_the_next_one_is_read(tmp_path: Path) -> None:
    slow = write_heavy_pdf(tmp_path / "slow.pdf", megabytes_per_page=1, pages=30)
    fine = write_heavy_pdf(tmp_path / "fine.pdf", megabytes_per_page=0.001)
    with BudgetedExtractor(ExtractionBudget(seconds=1.0)) as extractor:
        with pytest.raises(Skipped, match="took longer than 1 s to read"):
            extractor.extract(slow)
        assert "heron" in extractor.extract(fine)[0].text


def test_a_file_past_its_memory_is_stopped(tmp_path: Path) -> None:
    """A 60 KB PDF whose page inflates to 20 MB of operators: about 330 MB to parse."""
    heavy = write_heavy_pdf(tmp_path / "heavy.pdf", megabytes_per_page=20)
    budget = ExtractionBudget(memory_bytes=150 * 1024 * 1024)
    with BudgetedExtractor(budget) as extractor:
        with pytest.raises(Skipped, match="needs more than 150 MB of memory to read"):
            extractor.extract(heavy)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_reader_that_dies_is_told_and_replaced(tmp_path: Path) -> None:
    slow = write_heavy_pdf(tmp_path / "slow.pdf", megabytes_per_page=1, pages=30)
    fine = write_heavy_pdf(tmp_path / "fine.pdf", megabytes_per_page=0.001)
    with BudgetedExtractor() as extractor:
        extractor.extract(fine)  # the child is up
        child = extractor._child  # noqa: SLF001
        assert child is not None
        kill = threading.Timer(0.5, os.kill, (child.pid, signal.SIGKILL))
        kill.start()
        with pytest.raises(Skipped, match="the reader stopped while reading it"):
            extractor.extract(slow)
        kill.join()
        assert "heron" in extractor.extract(fine)[0].text


@pytest.mark.skipif(sys.platform == "win32", reason="mkfifo")
def test_plain_formats_and_refusals_need_no_child(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Otters\nThey hold hands.\n")
    os.mkfifo(tmp_path / "pipe.pdf")
    with BudgetedExtractor() as extractor:
        assert extractor.extract(tmp_path / "a.md")[0].heading == "Otters"
        with pytest.raises(Skipped, match="a named pipe"):
            extractor.extract(tmp_path / "pipe.pdf")
        assert extractor._child is None  # noqa: SLF001
