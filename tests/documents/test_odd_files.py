"""What real disks hold, met by `docs add`: a named pipe (hung the walk forever), a
link to /dev/zero (read without end), a DOCX that inflates 1,000 times (gigabytes of
memory). Each is skipped with its reason; the real document is indexed. In a child
process with a time limit, so a hang fails the test rather than the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="mkfifo and /dev/zero")


def _bomb(path: Path) -> None:
    """A DOCX-shaped zip whose document.xml inflates from ~200 KB to 200 MB."""
    chunk = b"<w:t>" + b"a" * (1 << 20) + b"</w:t>"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(200):
                member.write(chunk)


def test_pipes_devices_and_zip_bombs_are_skipped_with_their_reasons(
        tmp_path: Path, tiny_model: Path) -> None:
    folder = tmp_path / "disk"
    folder.mkdir()
    (folder / "real.md").write_text("# Herons\nThe heron waits by the pond.\n")
    os.mkfifo(folder / "pipe.md")
    (folder / "zero.txt").symlink_to("/dev/zero")
    _bomb(folder / "bomb.docx")
    # Run under a small parent that reports the peak memory of its children (the
    # command and its extraction child), in kB on Linux.
    measure = ("import resource, subprocess, sys\n"
               "done = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL)\n"
               "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
               "print(f'peak-kb {peak}')\n"
               "sys.exit(done.returncode)\n")
    done = subprocess.run(
        [sys.executable, "-c", measure, sys.executable, "-m", "llamadesk", "--data-dir",
         str(tmp_path / "data"), "docs", "add", "disk", str(folder), "--embedding-model",
         str(tiny_model)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    peak_mb = int(out.rsplit("peak-kb ", 1)[1].split()[0]) / 1024
    if sys.platform == "darwin":
        peak_mb /= 1024  # bytes there
    # The bomb inflates to 200 MB, and took 3.2 GB when parsed; refused unread, the
    # whole run stays near what Python and the model take.
    assert peak_mb < 400, f"peak memory {peak_mb:.0f} MB"
    assert "Indexed 1 file(s)" in out
    lines = {line.split(":")[0].strip(): line for line in out.splitlines() if ":" in line}
    said = "\n".join(lines.values())
    assert "a named pipe, not a document" in said
    assert "a device, not a document" in said
    assert "zip bomb" in said


def test_a_file_whose_size_reads_zero_is_read_no_further_than_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A regular file that is longer than its size says (a /proc file, one still
    growing): the read stops at the limit. The limit is lowered for the test."""
    from llamadesk.documents import formats

    monkeypatch.setattr(formats, "MAX_FILE_BYTES", 1024)
    growing = tmp_path / "log.txt"
    growing.write_bytes(b"x" * 5000)
    with pytest.raises(formats.Skipped, match="too large"):
        formats.read_bounded(growing)
    short = tmp_path / "ok.txt"
    short.write_text("fine")
    assert formats.read_bounded(short) == b"fine"
