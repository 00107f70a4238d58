"""How much probability a top-k prefilter cuts off before top-p.

    .venv/bin/python bench/sampling_tail.py [--model PATH.gguf] [--steps N]

The default preset (top_k 0, top_p 0.9) makes llama.cpp sort the whole
vocabulary for top-p on every token: 262,144 entries for Gemma. A top-k
prefilter before top-p avoids that; this measures what it costs in the
distribution. llama-cpp-python applies top-k and top-p to the distribution at
temperature 1 (the temperature comes after them in its sampler chain), so that
is the one measured here: at each step of real replies, the probability mass
outside the K most likely tokens. Top-p then keeps 90 % of what is left, so a
tail of t changes its cut-off by at most t.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import llama_cpp
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.engine import TOPICS, find_model  # noqa: E402
from llamadesk.engine.prompt import ChatMessage  # noqa: E402
from llamadesk.engine.session import LoadOptions, ModelSession  # noqa: E402

KS = (40, 64, 128, 256, 1024, 4096)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _final(ordered: np.ndarray, k: int) -> np.ndarray:
    """The default preset's sampling distribution over the top tokens (sorted
    probabilities in), after an optional top-k: top-p 0.9 on the renormalised
    candidates, then temperature 0.6, as llama-cpp-python's chain does."""
    candidates = ordered[:k] / ordered[:k].sum()
    kept = candidates[: int(np.searchsorted(np.cumsum(candidates), 0.9)) + 1]
    weights = kept ** (1 / 0.6)
    return weights / weights.sum()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--steps", type=int, default=96)
    parser.add_argument("--replies", type=int, default=6)
    args = parser.parse_args()
    model = find_model(args.model)
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0, n_ctx=2048))
    llama = session._llama
    rng = np.random.default_rng(7)
    tails: dict[int, list[float]] = {k: [] for k in KS}
    distances: dict[int, list[float]] = {k: [] for k in KS}
    for reply in range(args.replies):
        prompt = session.build_prompt([ChatMessage(
            "user", f"Write a long, detailed story about {TOPICS[reply % len(TOPICS)]}.")])
        tokens = session.tokenize_prompt(prompt)
        llama.reset()
        llama.eval(tokens)
        for _ in range(args.steps):
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llama.ctx, -1),
                                           shape=(llama.n_vocab(),)).astype(np.float64)
            probabilities = np.exp(logits - logits.max())
            probabilities /= probabilities.sum()
            order = np.argsort(probabilities)[::-1]
            ordered = probabilities[order]
            exact = _final(ordered, len(ordered))
            for k in KS:
                tails[k].append(float(ordered[k:].sum()))
                with_prefilter = _final(ordered, k)
                size = max(len(exact), len(with_prefilter))
                distance = 0.5 * float(np.abs(np.pad(exact, (0, size - len(exact)))
                                              - np.pad(with_prefilter,
                                                       (0, size - len(with_prefilter)))).sum())
                distances[k].append(distance)
            token = int(order[rng.choice(len(exact), p=exact)])
            if token == llama.token_eos():
                break
            llama.eval([token])
    session.close()
    steps = len(tails[KS[0]])
    print(f"model: {model.name}, {steps} decoding steps over {args.replies} replies")
    print("tail: probability outside the top K at temperature 1 (what top-p then sees);")
    print("change: total variation distance between the token distributions sampled with")
    print("and without the prefilter (top-p 0.9, then temperature 0.6), per step")
    print(f"{'K':>6} {'tail p50':>10} {'tail p95':>10} {'change p50':>11} {'change p95':>11} "
          f"{'change max':>11} {'mean change':>12}")
    for k in KS:
        tail, change = tails[k], distances[k]
        print(f"{k:>6} {statistics.median(tail):10.2e} {_p95(tail):10.2e} "
              f"{statistics.median(change):11.2e} {_p95(change):11.2e} {max(change):11.2e} "
              f"{statistics.fmean(change):12.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
