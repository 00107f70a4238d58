"""Stress version of tests/test_crash_safety.py: many SIGKILL rounds in one data folder.

    .venv/bin/python tools/crash_stress.py [ROUNDS]   (default 200)
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers.crash_loop import crash_round  # noqa: E402
from tests.helpers.tiny_gguf import write_tiny_llama  # noqa: E402


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        model = write_tiny_llama(root / "chatty.gguf", chatty=True, context_length=4096)
        rng = random.Random()
        for number in range(rounds):
            crash_round(root / "data", model, number, rng)
            print(f"round {number + 1}/{rounds} ok", flush=True)
    print(f"{rounds} SIGKILL rounds: integrity ok, nothing lost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
