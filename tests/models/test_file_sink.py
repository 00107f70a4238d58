"""The download writer: bytes and hash agree, whatever the pieces look like."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from llamadesk.errors import DownloadError
from llamadesk.models.file_sink import ALIGN, FileSink


def _pour(sink: FileSink, data: bytes, pieces: list[int]) -> None:
    """Commit ``data`` in pieces of the given lengths (each at most a buffer)."""
    at = 0
    for length in pieces:
        view = sink.buffer()
        length = min(length, len(view), len(data) - at)
        view[:length] = data[at:at + length]
        sink.commit(length)
        at += length
    assert at == len(data)


def _takes_o_direct(folder: Path) -> bool:
    if not hasattr(os, "O_DIRECT"):
        return False
    try:
        os.close(os.open(folder / "probe", os.O_WRONLY | os.O_CREAT | os.O_DIRECT))
    except OSError:
        return False
    return True


@pytest.mark.parametrize("direct", [True, False])
def test_short_pieces_then_full_buffers(tmp_path: Path, direct: bool) -> None:
    """A broken connection leaves an odd length; later buffers line up again."""
    data = os.urandom(20 << 20)
    target = tmp_path / "model.part"
    target.write_bytes(data[:777])  # what an earlier attempt kept
    digest = hashlib.sha256(data[:777])
    sink = FileSink(target, digest, direct=direct)
    first = sink.buffer()
    # The first buffer ends on a block boundary of the file, not of the buffer.
    assert (777 + len(first)) % ALIGN == 0
    sink.commit(0)
    _pour(sink, data[777:], [1000, 123_457] + [4 << 20] * 6)
    sink.close()
    assert target.read_bytes() == data
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()
    # Where the filesystem takes O_DIRECT, the odd pieces did not turn it off for good.
    assert sink.direct == (direct and _takes_o_direct(tmp_path))


def test_a_full_disk_is_reported_plainly() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux)")
    sink = FileSink(Path("/dev/full"), hashlib.sha256())
    with pytest.raises(DownloadError, match="The disk filled up during the download"):
        _pour(sink, os.urandom(40 << 20), [4 << 20] * 10)
        sink.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")
def test_downloaded_files_are_not_executable(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        sink = FileSink(tmp_path / "model.part", hashlib.sha256(), direct=False)
        _pour(sink, b"x" * 1000, [1000])
        sink.close()
    finally:
        os.umask(previous)
    assert (tmp_path / "model.part").stat().st_mode & 0o777 == 0o644
