"""The engine on older CPUs, emulated by Debian's qemu-user: a Nehalem (SSE4.2, no
AVX), a Haswell (AVX2) and a Skylake server. The engine build picks the CPU variant
each one runs (qemu's TCG has no AVX-512, so the Skylake server runs the AVX2 one)
and answers with the tiny model: no illegal instruction anywhere.

The installers' bundle gets the same check in packaging/linux/build.sh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

QEMU = shutil.which("qemu-x86_64")
CHECK = """
import sys
from llamadesk.engine import backends
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.engine.prompt import ChatMessage
session = ModelSession.load(sys.argv[1], LoadOptions(n_ctx=256, state_cache_bytes=0))
reply = session.generate([ChatMessage("user", "Hi")], SamplingParams(seed=1), lambda _: None)
print(backends.loaded().cpu_variant, "|", reply.text)
"""


@pytest.mark.skipif(QEMU is None, reason="qemu-user is not installed (./tools/dev setup "
                    "installs it)")
@pytest.mark.parametrize(("cpu", "variants"), [
    ("Nehalem", ("sse42",)),
    ("Haswell", ("haswell",)),
    ("Skylake-Server", ("haswell", "skylakex")),
])
def test_the_engine_answers_on_an_older_cpu(cpu: str, variants: tuple[str, ...],
                                            tiny_model: Path) -> None:
    from tests.helpers.tiny_gguf import REPLY

    assert QEMU is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENBLAS")}
    done = subprocess.run([QEMU, "-cpu", cpu, sys.executable, "-c", CHECK, str(tiny_model)],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, f"{cpu}: exit {done.returncode}\n{done.stderr[-2000:]}"
    variant, _, text = done.stdout.strip().rpartition("\n")[2].partition(" | ")
    assert variant in variants, (cpu, variant)
    assert text == REPLY
