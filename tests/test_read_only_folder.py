"""A read-only data folder: reading commands still work, the others say why in a
sentence. Made read-only with the immutable attribute, which holds even for root
(plain permissions do not): the test needs root and a filesystem that has it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.app import open_context
from llamadesk.storage.instance_lock import DataFolderNotWritable, InstanceLock
from llamadesk.storage.schema import Role


def _chattr(flag: str, path: Path) -> bool:
    tool = shutil.which("chattr")
    if tool is None:
        return False
    return subprocess.run([tool, "-R", flag, str(path)], capture_output=True).returncode == 0


@pytest.fixture
def read_only_data(data_dir: Path) -> Iterator[Path]:
    context = open_context(str(data_dir))
    conversation = context.repository.create_conversation(title="Kept safe").id
    context.repository.add_message(conversation, Role.USER, "the quick brown fox")
    context.close()
    if os.geteuid() != 0 or not _chattr("+i", data_dir):
        reason = "needs root and chattr +i to make a folder read-only for root"
        print(f"skipped: {reason}")
        pytest.skip(reason)
    try:
        yield data_dir
    finally:
        _chattr("-i", data_dir)


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=120)


def test_reading_commands_work_on_a_read_only_folder(read_only_data: Path) -> None:
    listing = _run(read_only_data, "list")
    assert listing.returncode == 0, listing.stderr
    assert "Kept safe" in listing.stdout
    found = _run(read_only_data, "search", "brown")
    assert found.returncode == 0 and "Kept safe" in found.stdout
    exported = _run(read_only_data, "export", "--format", "md")
    assert exported.returncode == 0 and "the quick brown fox" in exported.stdout


def test_writing_commands_say_why_in_a_sentence(read_only_data: Path) -> None:
    deleting = _run(read_only_data, "delete", "1")
    assert deleting.returncode == 1
    assert "cannot write to its data folder" in deleting.stderr
    assert "Traceback" not in deleting.stderr
    with pytest.raises(DataFolderNotWritable):
        InstanceLock(read_only_data).acquire()
    # Nothing was changed: the conversation is still there.
    assert "Kept safe" in _run(read_only_data, "list").stdout
