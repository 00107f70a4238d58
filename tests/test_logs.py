"""The log: redacted, rotated, and never in the way of running."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_logging_goes_on_without_a_writable_log_folder(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from llamadesk.logs import setup_logging

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    recent = setup_logging(blocker / "logs" / "llamadesk.log")
    logging.getLogger("llamadesk.test").warning("still heard")
    assert any("still heard" in line for line in recent.lines)
    assert "not logging to" in capsys.readouterr().err
