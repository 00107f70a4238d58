"""The child side of the CPU probe (engine/cpu_probe.py): ``llamadesk --engine-probe``.

It loads the model as the app would (the given CPU backend, weights repacked or
not, every core, no GPU: the fault lives in the CPU kernels), reads a prompt long
enough to take the batched matrix path, and writes a few tokens one at a time.
Dying here, by a signal, is the answer the parent looks for.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PROBE_FLAG = "--engine-probe"
# Long enough for llama.cpp's batched kernels (the repacked ones), short enough to
# cost a fraction of a second on any model.
PROMPT = ("The quick brown fox jumps over the lazy dog. " * 6).strip()
REPLY_TOKENS = 4


def main(argv: Sequence[str]) -> int:
    from llamadesk.engine import backends
    from llamadesk.engine.gguf_file import read_model_facts
    from llamadesk.engine.loading import open_llama
    from llamadesk.engine.threads import headless
    from llamadesk.errors import LlamaDeskError

    started = time.perf_counter()
    spec = json.loads(argv[0])
    # The fields of cpu_probe.EngineConfig (not imported: that module imports this one).
    variant, repack = str(spec["cpu_variant"]), bool(spec.get("repack", True))
    try:
        backends.load_backends(None if variant == backends.BUILT_IN else variant)
        facts = read_model_facts(Path(spec["model"]))
        llama = open_llama(facts, n_ctx=256, gpu_layers=0, threads=headless(),
                           repack=repack)
    except (LlamaDeskError, backends.BackendChoiceError) as error:
        print(f"probe: {error}", file=sys.stderr)
        return 3
    tokens = llama.tokenize(PROMPT.encode("utf-8"), add_bos=True)
    llama.eval(tokens)
    for _ in range(REPLY_TOKENS):
        llama.eval([int(llama.scores[llama.n_tokens - 1].argmax())])
    llama.close()
    print(json.dumps({"ok": True, "seconds": round(time.perf_counter() - started, 3)}))
    return 0
