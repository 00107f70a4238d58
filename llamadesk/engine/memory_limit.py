"""How much memory this process's cgroup still allows: a container's limit, a
systemd slice's, or a cgroup a person made to cap LlamaDesk (the pool's helpers).

The OS's "available" figure is the whole machine's, so a process capped below it
would plan a model that the kernel then kills mid-load. Both cgroup versions are
read; a limit anywhere up the hierarchy counts, and reclaimable page cache (a
model file's pages, mapped) is not counted as used.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

_PROC = Path("/proc/self/cgroup")
_ROOT = Path("/sys/fs/cgroup")
# Values at or above this mean "no limit" (cgroup v1 writes the page-rounded max).
_UNLIMITED = 1 << 60


def cgroup_room(proc: Path = _PROC, root: Path = _ROOT) -> int | None:
    """Bytes the tightest memory limit over this process still leaves, or None when
    no limit applies (or none can be read)."""
    try:
        lines = proc.read_text().splitlines()
    except OSError:
        return None
    rooms = []
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if controllers == "":  # cgroup v2
            rooms += _rooms(root, path, "memory.max", "memory.current", "inactive_file")
        elif "memory" in controllers.split(","):  # cgroup v1
            rooms += _rooms(root / "memory", path, "memory.limit_in_bytes",
                            "memory.usage_in_bytes", "total_inactive_file")
    return min(rooms) if rooms else None


def _rooms(mount: Path, path: str, limit_file: str, usage_file: str,
           inactive_key: str) -> list[int]:
    """Room under each limited cgroup from ``path`` up to the mount's root. A path
    that is not there (a container sees its own cgroup as the root) starts at the
    root."""
    folder = mount / path.lstrip("/")
    if not folder.is_dir():
        folder = mount
    rooms = []
    while True:
        limit = _number(folder / limit_file)
        if limit is not None and limit < _UNLIMITED:
            used = _number(folder / usage_file) or 0
            used -= _stat(folder / "memory.stat", inactive_key)
            rooms.append(max(0, limit - max(used, 0)))
        if folder == mount or mount not in folder.parents:
            return rooms
        folder = folder.parent


def _number(path: Path) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        text = path.read_text().strip()
        return None if text == "max" else int(text)
    return None


def _stat(path: Path, key: str) -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in path.read_text().splitlines():
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
    return 0
