"""Speculative decoding by prompt lookup against plain decoding, same model, same
prompts, greedy, alternating, medians (rows of bench/engine.py --only-speculative).

    .venv/bin/python bench/engine.py --only-speculative [--model PATH.gguf] [--runs N]

- editing: a passage given back with one change (the text repeats: lookup's case);
- summary: a document in the prompt, then sentences quoted from it;
- open chat: a story, with little to look up (lookup must not cost there), with
  lookup and with auto (lookup while its guesses pay, engine/speculation.py).

Each row prints tokens/s with lookup, without, their ratio (median of pairs), the
share of guesses kept, and whether the texts were identical.
"""

from __future__ import annotations

import statistics
import time
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


ROWS = [("editing", "lookup"), ("summary", "lookup"), ("open chat", "lookup"),
        ("open chat", "auto")]


def speculative_rows(model: Path, runs: int, max_tokens: int = 160) -> None:
    session = ModelSession.load(model, LoadOptions(state_cache_bytes=0))
    print()
    print(f"{'speculative decoding, greedy':44} {'guessed':>8} {'plain':>8} "
          f"{'ratio':>6} {'kept':>6}  same text")
    try:
        for name, guessing in ROWS:
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
            print(f"{f'{name}, {guessing} (tok/s, median)':44} "
                  f"{statistics.median(rates[guessing]):8.1f} "
                  f"{statistics.median(rates['off']):8.1f} {ratio:6.2f} "
                  f"{statistics.median(kept) if kept else 0:6.0%}  {'yes' if same else 'NO'}")
    finally:
        session.close()
