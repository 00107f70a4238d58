"""Downloader throughput against curl, time to ready, and resume after a kill.

    .venv/bin/python bench/download.py [--size-mb 1024]

Serves a file of --size-mb from the Hub imitation in tests/helpers on
127.0.0.1, and in the same run measures:
- curl fetching the same URL (the baseline) against LlamaDesk's downloader;
- the time from the last byte received to the model being installed (the hash
  is computed in stream, so no second pass over the file should be needed),
  and how long the background flush of the disk's cache takes after that;
- after a SIGKILL at about 50%, the bytes a restarted download transfers.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from llamadesk.models.downloader import Downloader, DownloadProgress  # noqa: E402
from llamadesk.models.hub import Hub  # noqa: E402

REPO, FILE = "bench/Big-GGUF", "big.Q4_K_M.gguf"


SERVER = """
import os, sys, time
sys.path.insert(0, sys.argv[3])
from tests.helpers.fake_hub import FakeHub, HubFile
hub = FakeHub(repos={sys.argv[1]: {sys.argv[2]: HubFile(os.urandom(int(sys.argv[4])))}},
              delay_per_chunk=float(sys.argv[5])).start()
print(hub.url, flush=True)
time.sleep(3600)
"""


def serve(size: int, delay: float) -> tuple[subprocess.Popen[str], str]:
    """The Hub imitation in its own process: it must not share our GIL."""
    root = str(Path(__file__).resolve().parent.parent)
    child = subprocess.Popen([sys.executable, "-c", SERVER, REPO, FILE, root, str(size),
                              str(delay)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    return child, child.stdout.readline().strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3,
                        help="curl and ours, alternating; medians are reported")
    args = parser.parse_args()
    if shutil.which("curl") is None:
        sys.exit("curl is needed for the baseline (apt-get install curl)")
    size = args.size_mb * 1024 * 1024
    print(f"serving a {args.size_mb} MB file from a second process ...", flush=True)
    fast, fast_url = serve(size, 0.0)
    slow, slow_url = serve(size, 0.0005)
    try:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            target = Hub(endpoint_url=fast_url).target(REPO, FILE)

            # Alternating rounds: this machine's speed drifts by 10-20 % from one
            # minute to the next, so each ratio compares neighbours.
            curl_runs: list[float] = []
            our_runs: list[float] = []
            ready_runs: list[float] = []
            settle_runs: list[float] = []
            for _ in range(args.rounds):
                began = time.perf_counter()
                subprocess.run(["curl", "-sSfL", "-o", str(root / "curl.bin"), target.url],
                               check=True)
                curl_runs.append(time.perf_counter() - began)
                (root / "curl.bin").unlink()

                last_byte: list[float] = []

                def note(progress: DownloadProgress, last_byte: list[float] = last_byte
                         ) -> None:
                    if progress.done == size:
                        last_byte.append(time.perf_counter())

                began = time.perf_counter()
                downloader = Downloader(root / "ours")
                path = downloader.fetch(target, note)
                ready = time.perf_counter()
                our_runs.append(ready - began)
                ready_runs.append(ready - last_byte[0])
                # The disk-cache flush after install runs in the background; let it
                # end before the next curl, so that it does not slow curl down.
                downloader.wait_until_settled()
                settle_runs.append(time.perf_counter() - ready)
                assert path.stat().st_size == size
                path.unlink()
                print(f"  round {len(our_runs)}: curl {size / 1e6 / curl_runs[-1]:.0f} MB/s, "
                      f"ours {size / 1e6 / our_runs[-1]:.0f} MB/s", flush=True)
            curl_s, ours_s = statistics.median(curl_runs), statistics.median(our_runs)
            ratio = statistics.median(c / o for c, o in zip(curl_runs, our_runs, strict=True))
            ready_ms = statistics.median(ready_runs) * 1000
            settle_ms = statistics.median(settle_runs) * 1000

            # Kill a downloading child at about half, then let a new one finish.
            slow_target = Hub(endpoint_url=slow_url).target(REPO, FILE)
            script = ("import sys; from pathlib import Path\n"
                      "from llamadesk.models.downloader import Downloader\n"
                      "from llamadesk.models.hub import Hub\n"
                      f"Downloader(Path(sys.argv[1])).fetch(Hub(endpoint_url={slow_url!r})"
                      f".target({REPO!r}, {FILE!r}))\n")
            child = subprocess.Popen([sys.executable, "-c", script, str(root / "resume")])
            part = root / "resume" / ".partial" / f"{FILE}.part"
            while not part.exists() or part.stat().st_size < size // 2:
                if child.poll() is not None:
                    sys.exit("the child finished before it could be killed")
                time.sleep(0.005)
            child.send_signal(signal.SIGKILL)
            child.wait()
            kept = part.stat().st_size
            first: list[int] = []
            resuming = Downloader(root / "resume")
            resuming.fetch(slow_target, lambda p: first.append(p.done) if not first else None)
            resuming.wait_until_settled()
            # The restarted download began where the killed one stopped.
            assert first[0] > kept - 1, (first[0], kept)
            resumed = size - kept
    finally:
        fast.kill()
        slow.kill()

    mb = size / 1e6
    print()
    print(f"{'measure':52} {'value':>10}  target")
    print(f"{'curl throughput (MB/s)':52} {mb / curl_s:10.1f}")
    print(f"{'LlamaDesk downloader throughput (MB/s)':52} {mb / ours_s:10.1f}")
    print(f"{'throughput ratio, ours / curl (median of rounds)':52} {ratio:10.3f}  >= 0.9")
    print(f"{'last byte to model ready (ms)':52} {ready_ms:10.1f}  < 1000 ms")
    print(f"{'  then the disk cache flushed, in the background (ms)':52} {settle_ms:10.1f}")
    print(f"{'resume after a kill near 50%: bytes moved / size':52} {resumed / size:10.3f}"
          "  <= 0.55")
    return 0


if __name__ == "__main__":
    sys.exit(main())
