"""Guards against Qt binding bugs that would crash a long streaming reply."""

from __future__ import annotations

import subprocess
import sys

_EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    token_generated = Signal(int, str)
source = Source()
source.token_generated.connect(lambda reply_id, text: None)
before = sys.getrefcount(True), sys.getrefcount(False)
for _ in range(50_000):  # a long session's worth of streamed tokens
    source.token_generated.emit(1, "piece")
print(sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1])
"""


def test_emitting_a_signal_many_times_does_not_corrupt_python() -> None:
    # In a child process: PySide6 6.12.0 aborted the interpreter here.
    result = subprocess.run([sys.executable, "-c", _EMIT_MANY], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "0"]
