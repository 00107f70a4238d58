"""`llamadesk --self-test`, as every installer build runs it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from llamadesk.diagnostics import self_test


def test_self_test_passes_in_a_fresh_process() -> None:
    result = subprocess.run([sys.executable, "-m", "llamadesk", "--self-test"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("self-test ok")
    assert "one reply streamed on the worker thread" in result.stdout


def test_a_wrong_reply_fails_with_the_reason(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(self_test, "EXPECTED", "Something else entirely.")
    assert self_test.run() == 1
    captured = capsys.readouterr()
    assert "self-test FAILED: the reply was 'Hello from a tiny llama.'" in captured.err
    assert "self-test ok" not in captured.out
