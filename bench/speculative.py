"""Speculative decoding by prompt lookup against plain decoding, same model, same
prompts, greedy, alternating, medians (rows of bench/engine.py --only-speculative).

    .venv/bin/python bench/engine.py --only-speculative [--model PATH.gguf] [--runs N]

- editing: a passage given back with one change (the text repeats: lookup's case);
- summary: a document in the prompt, then sentences quoted from it;
- open chat: a story, with little to look up (lookup must not cost there).

Each task with lookup always, and with auto (the default: lookup while its guesses
pay, as many at once as pay, engine/speculation.py AutoSwitch).

- draft: the editing task with guesses from a draft model (``--draft PATH``; by
  default the model drafting for itself, the only pair with one vocabulary here:
  no real draft, since it costs what the model costs; a real pair is a 0.5-1B
  draft for a 7B+ model).

Each row prints tokens/s with guessing, without, their ratio (median of pairs), the
share of guesses kept, and whether the texts were identical.

    .venv/bin/python bench/engine.py --only-sampling [--seeds 2000]

Sampling at temperature 0.7: the reply's 8th token over many seeds, with lookup and
without, compared by a chi-square test of homogeneity (the distribution must not
move), with the speed ratio over the same replies.
"""

from __future__ import annotations

import math
import statistics
import time
from collections import Counter
from pathlib import Path

from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams

PASSAGE = (
    "The old lighthouse stood at the end of the harbour wall. Every evening the keeper "
    "climbed the spiral stairs, one hundred and twelve of them, to light the lamp. Ships "
    "that passed in the night saw its beam sweep across the water every nine seconds. "
    "In winter the wind howled around the tower and the keeper's cat slept by the stove. "
    "In summer children came to fish from the rocks below and waved to the keeper when "
    "he looked out from the gallery. When the lamp was finally automated, the keeper "
    "stayed in the cottage beside the tower and still climbed the stairs each evening, "
    "out of habit, to watch the beam sweep across the water.")
TASKS = {
    "editing": PASSAGE + "\n\nHere is the same text again, word for word, except that the "
               "cat is a dog:\n\n",
    "summary": "Document:\n" + PASSAGE + "\n\nQuestion: What did the keeper do every "
               "evening? Answer with sentences quoted from the document.\nAnswer:",
    "open chat": "Write a short story about a fox who learns to paint.\n\nStory:",
}


ROWS = [("editing", "lookup"), ("editing", "auto"), ("summary", "lookup"),
        ("summary", "auto"), ("open chat", "lookup"), ("open chat", "auto"),
        ("editing", "draft")]


def speculative_rows(model: Path, runs: int, max_tokens: int = 160,
                     draft: Path | None = None) -> None:
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    draft = draft or model
    print()
    print(f"{'speculative decoding, greedy':44} {'guessed':>8} {'plain':>8} "
          f"{'ratio':>6} {'kept':>6}  same text")
    print(f"(draft: {draft.name}{' drafting for itself' if draft == model else ''})")
    try:
        for name, row_mode in ROWS:
            guessing = f"draft:{draft}" if row_mode == "draft" else row_mode
            prompt = TASKS[name]
            rates: dict[str, list[float]] = {"off": [], guessing: []}
            texts: dict[str, set[str]] = {"off": set(), guessing: set()}
            kept: list[float] = []
            for run in range(runs):
                for mode in ("off", guessing) if run % 2 == 0 else (guessing, "off"):
                    # A new conversation each time: the prompt is read afresh in both.
                    session.generate([ChatMessage("user", f"warm {run}")],
                                     SamplingParams(max_tokens=1), lambda _: None)
                    started = time.perf_counter()
                    result = session.generate(
                        [ChatMessage("user", prompt)],
                        SamplingParams(temperature=0.0, max_tokens=max_tokens,
                                       speculative=mode), lambda _: None)
                    elapsed = time.perf_counter() - started
                    rates[mode].append(result.completion_tokens / elapsed)
                    texts[mode].add(result.text)
                    if mode == guessing and result.guessed_tokens:
                        kept.append(result.accepted_tokens / result.guessed_tokens)
            ratio = statistics.median(a / b for a, b in zip(rates[guessing], rates["off"],
                                                            strict=True))
            same = texts["off"] == texts[guessing] and len(texts["off"]) == 1
            print(f"{f'{name}, {row_mode} (tok/s, median)':44} "
                  f"{statistics.median(rates[guessing]):8.1f} "
                  f"{statistics.median(rates['off']):8.1f} {ratio:6.2f} "
                  f"{statistics.median(kept) if kept else 0:6.0%}  {'yes' if same else 'NO'}")
    finally:
        session.close()


# Which token of the reply is compared across seeds: late enough that guesses were
# checked before it (lookup guesses from the second token on).
POSITION = 8


def sampling_rows(model: Path, seeds: int) -> None:
    """The distribution of the reply's POSITION-th token over ``seeds`` seeds at
    temperature 0.7, with lookup and without: a chi-square test of homogeneity."""
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    counts: dict[str, Counter[str]] = {"off": Counter(), "lookup": Counter()}
    seconds = {"off": 0.0, "lookup": 0.0}
    tokens = {"off": 0, "lookup": 0}
    guessed = 0  # replies in which lookup guessed before the token compared
    ask = [ChatMessage("user", TASKS["summary"])]
    try:
        for seed in range(seeds):
            for mode in ("off", "lookup") if seed % 2 == 0 else ("lookup", "off"):
                pieces: list[str] = []
                started = time.perf_counter()
                result = session.generate(ask, SamplingParams(
                    temperature=0.7, seed=seed, max_tokens=POSITION, speculative=mode),
                    pieces.append)
                seconds[mode] += time.perf_counter() - started
                tokens[mode] += result.completion_tokens
                guessed += mode == "lookup" and result.guessed_tokens > 0
                # The pieces are tokens' text; the last one is the POSITION-th token.
                last = pieces[-1] if result.completion_tokens == POSITION and pieces \
                    else "<ended>"
                counts[mode][last] += 1
    finally:
        session.close()
    statistic, dof = _homogeneity(counts["off"], counts["lookup"])
    p_value = _chi_square_tail(statistic, dof)
    speed = (tokens["lookup"] / seconds["lookup"]) / (tokens["off"] / seconds["off"])
    print()
    print(f"sampling at 0.7, token {POSITION} of the reply, {seeds} seeds: "
          f"{len(counts['off'] | counts['lookup'])} distinct tokens, lookup guessed in "
          f"{guessed / seeds:.0%} of its replies")
    print(f"  chi-square {statistic:.1f} with {dof} degrees of freedom, p = {p_value:.2f} "
          f"({'the same distribution' if p_value > 0.01 else 'DIFFERENT distributions'})")
    print(f"  lookup / plain speed over the same replies: {speed:.2f}")


def _homogeneity(first: Counter[str], second: Counter[str]) -> tuple[float, int]:
    """Pearson's chi-square for two samples over the same categories; categories
    expected fewer than 5 times are pooled into one, as the test requires."""
    n1, n2 = sum(first.values()), sum(second.values())
    rows: list[tuple[int, int]] = []
    rare = [0, 0]
    for key in first | second:
        a, b = first[key], second[key]
        if (a + b) * min(n1, n2) / (n1 + n2) < 5:
            rare[0] += a
            rare[1] += b
        else:
            rows.append((a, b))
    if sum(rare):
        rows.append((rare[0], rare[1]))
    statistic = 0.0
    for a, b in rows:
        total = a + b
        for observed, n in ((a, n1), (b, n2)):
            expected = total * n / (n1 + n2)
            statistic += (observed - expected) ** 2 / expected
    return statistic, max(len(rows) - 1, 1)


def _chi_square_tail(x: float, k: int) -> float:
    """P(X >= x) for chi-square with k degrees of freedom (Wilson-Hilferty)."""
    if x <= 0:
        return 1.0
    z = ((x / k) ** (1 / 3) - (1 - 2 / (9 * k))) / math.sqrt(2 / (9 * k))
    return 0.5 * math.erfc(z / math.sqrt(2))
