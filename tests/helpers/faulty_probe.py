"""The engine probe's child, on a CPU that faults where the test says.

It runs the real child (llamadesk.engine.probe_child) for every configuration
except those named in $LLAMADESK_FAULTY_RUNGS ("skylakex+repack", "x64"...): there
it kills itself by SIGSEGV once the model is loaded, as a CPU that only pretends
does when its kernels first run. The probe's parent sees a real death by a signal.
"""

from __future__ import annotations

import json
import os
import signal
import sys


def main() -> int:
    spec = json.loads(sys.argv[1])
    rung = spec["cpu_variant"] + ("+repack" if spec["repack"] else "")
    faulty = set(filter(None, os.environ.get("LLAMADESK_FAULTY_RUNGS", "").split(",")))
    if rung in faulty:
        from llamadesk.engine import backends
        from llamadesk.engine.cpu_probe import EngineConfig
        from llamadesk.engine.gguf_file import read_model_facts
        from llamadesk.engine.loading import open_llama
        from llamadesk.engine.threads import headless

        config = EngineConfig.from_json(spec)
        backends.load_backends(None if config.cpu_variant == backends.BUILT_IN
                               else config.cpu_variant)
        open_llama(read_model_facts(__import__("pathlib").Path(spec["model"])), n_ctx=256,
                   gpu_layers=0, threads=headless(), repack=config.repack)
        os.kill(os.getpid(), signal.SIGSEGV)
    from llamadesk.engine.probe_child import main as probe

    return probe(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
