"""Downloads over real HTTP from a local Hub imitation: resume, verify, refuse."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from llamadesk.errors import Cancelled, DownloadError
from llamadesk.models.downloader import Downloader, DownloadTarget, safe_filename
from llamadesk.models.hub import Access, Hub
from tests.helpers.fake_hub import FakeHub
from tests.models.conftest import GATED, GOOD_TOKEN, NO_ACCESS_TOKEN, PUBLIC

FILE = "tiny.Q4_K_M.gguf"


def test_metadata_comes_from_the_hub(hub: FakeHub, model_bytes: bytes) -> None:
    target = Hub().target(PUBLIC, FILE)
    assert target.size == len(model_bytes)
    assert target.sha256 == hashlib.sha256(model_bytes).hexdigest()
    assert target.url == f"{hub.url}/{PUBLIC}/resolve/main/{FILE}"


def test_download_and_verify(hub: FakeHub, tmp_path: Path, model_bytes: bytes) -> None:
    seen = []
    downloader = Downloader(tmp_path)
    path = downloader.fetch(Hub().target(PUBLIC, FILE), seen.append)
    downloader.wait_until_settled()  # the flush after install, run in the background
    assert not [t for t in threading.enumerate() if t.name == "download-settle"]
    assert path == tmp_path / FILE and path.read_bytes() == model_bytes
    assert seen[-1].done == seen[-1].total == len(model_bytes)
    assert seen[-1].bytes_per_second > 0 and seen[-1].eta_seconds == 0
    assert not list((tmp_path / ".partial").glob("*.part"))
    assert any(r.startswith(f"GET /cdn/{PUBLIC}/") for r in hub.requests)  # followed the redirect


def test_dropped_connection_resumes_with_range(hub: FakeHub, tmp_path: Path,
                                               model_bytes: bytes) -> None:
    hub.drop_after, hub.drops_left = 1_000_000, 2  # two hang-ups in mid-file
    path = Downloader(tmp_path, backoff=0.01).fetch(Hub().target(PUBLIC, FILE))
    assert path.read_bytes() == model_bytes
    # Each byte crossed the wire once: the retries continued, they did not restart.
    assert hub.bytes_served == len(model_bytes)


def test_killed_process_resumes_instead_of_restarting(hub: FakeHub, tmp_path: Path,
                                                      model_bytes: bytes) -> None:
    hub.delay_per_chunk = 0.02  # ~3 MB/s, so the kill lands in mid-file
    script = (
        "import sys; from pathlib import Path\n"
        "from llamadesk.models.downloader import Downloader\n"
        "from llamadesk.models.hub import Hub\n"
        f"Downloader(Path(sys.argv[1])).fetch(Hub().target({PUBLIC!r}, {FILE!r}))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)],
                             env={**os.environ, "HF_ENDPOINT": hub.url})
    part = tmp_path / ".partial" / f"{FILE}.part"
    deadline = time.monotonic() + 30
    while (not part.exists() or part.stat().st_size < len(model_bytes) // 3):
        assert time.monotonic() < deadline and child.poll() is None
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    kept = part.stat().st_size
    assert 0 < kept < len(model_bytes)
    hub.delay_per_chunk = 0.0
    time.sleep(0.3)  # the server notices the dead connection and stops counting
    served_before = hub.bytes_served

    path = Downloader(tmp_path).fetch(Hub().target(PUBLIC, FILE))
    assert path.read_bytes() == model_bytes
    transferred = hub.bytes_served - served_before
    assert hub.range_starts[-1] == kept  # asked for the rest...
    assert transferred == len(model_bytes) - kept  # ...and got only the rest


def test_wrong_bytes_are_rejected_and_never_installed(hub: FakeHub, tmp_path: Path) -> None:
    hub.corrupt.add((PUBLIC, FILE))
    with pytest.raises(DownloadError, match=r"arrived damaged .* expected .* SHA-256 [0-9a-f]{64}"
                                            r".* received .* SHA-256 [0-9a-f]{64}"):
        Downloader(tmp_path).fetch(Hub().target(PUBLIC, FILE))
    assert not (tmp_path / FILE).exists()
    assert not list((tmp_path / ".partial").glob("*.part"))


def test_not_enough_disk_space(hub: FakeHub, tmp_path: Path) -> None:
    tiny_disk = Downloader(tmp_path, free_space=lambda _: 10_000_000)
    with pytest.raises(DownloadError, match=r"Not enough free disk space .* only 10\.0 MB is free"):
        tiny_disk.fetch(Hub().target(PUBLIC, FILE))
    assert hub.bytes_served == 0


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "a/../../b.gguf",
                                  "..\\..\\evil.gguf", "C:/evil.gguf", "", "nul\x00.gguf"])
def test_hostile_file_names_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="Refusing the file name"):
        safe_filename(name)
    with pytest.raises(DownloadError, match="Refusing the file name"):
        Downloader(tmp_path).fetch(DownloadTarget("http://127.0.0.1:9/x", name, 1, "0" * 64))
    assert list(tmp_path.iterdir()) in ([], [tmp_path / ".partial"])


def test_pause_keeps_the_partial_file(hub: FakeHub, tmp_path: Path, model_bytes: bytes) -> None:
    hub.delay_per_chunk = 0.01
    pause = threading.Event()
    downloader = Downloader(tmp_path)
    target = Hub().target(PUBLIC, FILE)
    with pytest.raises(Cancelled):
        downloader.fetch(target, lambda p: pause.set() if p.done > 500_000 else None, pause)
    kept = downloader.partial_path(target).stat().st_size
    assert 500_000 < kept < len(model_bytes)
    hub.delay_per_chunk = 0.0
    assert downloader.fetch(target).read_bytes() == model_bytes


def test_gated_access_cases(hub: FakeHub) -> None:
    none = Hub(token=None).check_access(GATED)
    assert none.access is Access.NO_TOKEN and "llamadesk token set" in none.message
    bad = Hub(token="hf_notarealtokennotreal").check_access(GATED)
    assert bad.access is Access.INVALID_TOKEN and "rejected" in bad.message
    other = Hub(token=NO_ACCESS_TOKEN).check_access(GATED)
    assert other.access is Access.NOT_GRANTED and other.account == "bob"
    assert f"{hub.url}/{GATED}" in other.message and "request access" in other.message
    good = Hub(token=GOOD_TOKEN).check_access(GATED)
    assert good.access is Access.GRANTED and good.account == "alice"
    # And a download from a gated repo without access says what to do, not "401".
    with pytest.raises(DownloadError, match="gated"):
        Hub(token=NO_ACCESS_TOKEN).target(GATED, "config.json")
    assert Hub(token=GOOD_TOKEN).target(GATED, "config.json").size == 2


def test_offline_mode_is_honoured(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(DownloadError, match="HF_HUB_OFFLINE"):
        Hub().target(PUBLIC, FILE)
    assert hub.requests == []


def test_proxy_settings_are_honoured(hub: FakeHub, tmp_path: Path, model_bytes: bytes) -> None:
    from tests.helpers.forward_proxy import ForwardProxy

    proxy = ForwardProxy()
    try:
        # A fresh process: proxy settings are read from the environment at start,
        # as they are for a user who sets them before launching LlamaDesk.
        env = {k: v for k, v in os.environ.items() if k.lower() != "no_proxy"}
        env.update(HF_ENDPOINT=hub.url, HTTP_PROXY=proxy.url, http_proxy=proxy.url)
        script = (
            "import sys; from pathlib import Path\n"
            "from llamadesk.models.downloader import Downloader\n"
            "from llamadesk.models.hub import Hub\n"
            f"Downloader(Path(sys.argv[1])).fetch(Hub().target({PUBLIC!r}, {FILE!r}))\n"
        )
        done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / FILE).read_bytes() == model_bytes
        # Both the Hub metadata and the file's bytes went through the proxy.
        assert any("/paths-info/" in line for line in proxy.seen)
        assert any(f"/cdn/{PUBLIC}/" in line for line in proxy.seen)
    finally:
        proxy.stop()


def test_disk_filling_up_mid_download(hub: FakeHub, tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux), a disk that is always full")
    downloader = Downloader(tmp_path)
    target = Hub().target(PUBLIC, FILE)
    part = downloader.partial_path(target)
    part.parent.mkdir(parents=True)
    (part.with_suffix(".json")).write_text(
        f'{{"sha256": "{target.sha256}", "size": {target.size}}}')
    part.symlink_to("/dev/full")  # the partial file lands on a full disk
    with pytest.raises(DownloadError, match="The disk filled up during the download"):
        downloader.fetch(target)
    assert not (tmp_path / FILE).exists()
