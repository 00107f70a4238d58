"""The memory a process's cgroup still allows, read from cgroup files as the kernel
writes them (v2 and v1, a limit up the hierarchy, page cache not counted as used)."""

from __future__ import annotations

from pathlib import Path

from llamadesk.engine.memory_limit import cgroup_room

MiB = 1 << 20


def _write(folder: Path, **files: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name.replace("_", ".", 1)).write_text(text + "\n")


def test_cgroup_v2_the_tightest_limit_up_the_hierarchy(tmp_path: Path) -> None:
    proc = tmp_path / "cgroup"
    proc.write_text("0::/user.slice/llamadesk\n")
    root = tmp_path / "fs"
    _write(root / "user.slice", memory_max=str(800 * MiB), memory_current=str(500 * MiB),
           memory_stat="anon 1\ninactive_file 100")
    _write(root / "user.slice" / "llamadesk", memory_max="max",
           memory_current=str(300 * MiB),
           memory_stat=f"anon 5\ninactive_file {200 * MiB}\nactive_file 7")
    # The slice: 800 − 500 (its cache is tiny) = 300 MiB; the leaf has no limit.
    assert cgroup_room(proc, root) == 800 * MiB - (500 * MiB - 100)
    _write(root / "user.slice" / "llamadesk", memory_max=str(250 * MiB))
    # The leaf: 250 − (300 − 200 of reclaimable cache) = 150 MiB.
    assert cgroup_room(proc, root) == 150 * MiB


def test_cgroup_v1_and_no_limit(tmp_path: Path) -> None:
    proc = tmp_path / "cgroup"
    proc.write_text("5:cpu,cpuacct:/x\n4:memory:/docker/abc\n0::/\n")
    root = tmp_path / "fs"
    _write(root / "memory", memory_limit_in_bytes="9223372036854771712")
    # The container sees its own cgroup as the root: the path is not there.
    assert cgroup_room(proc, root) is None
    _write(root / "memory", memory_limit_in_bytes=str(1024 * MiB),
           memory_usage_in_bytes=str(900 * MiB),
           memory_stat=f"cache 1\ntotal_inactive_file {400 * MiB}")
    assert cgroup_room(proc, root) == 1024 * MiB - 500 * MiB
    assert cgroup_room(tmp_path / "missing", root) is None
