"""llama.cpp's own C++ `llama-bench`, built from the very source our llama-cpp-python wraps.

    .venv/bin/python bench/llama_bench.py        # builds it once (about 6 minutes on 2 cores)

The llama-cpp-python sdist vendors llama.cpp (vendor/llama.cpp). Building its
`llama-bench` from that sdist gives the C++ baseline for the same llama.cpp
commit, with the same default CPU flags (GGML_NATIVE). The binary is kept in
~/.cache/llamadesk-bench/<version>/ and reused.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "llamadesk-bench"


def llama_bench_path(explicit: str | None = None) -> Path:
    """The llama-bench binary: ``explicit``, else the cached build, else built now."""
    if explicit:
        return Path(explicit)
    version = importlib.metadata.version("llama-cpp-python")
    folder = CACHE / version
    binary = folder / "build" / "bin" / "llama-bench"
    if binary.exists():
        return binary
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "llama.cpp"
    if not source.exists():
        with tempfile.TemporaryDirectory() as download:
            print(f"llama-bench: fetching the llama-cpp-python {version} sdist", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                            "--no-binary", ":all:", "-d", download,
                            f"llama-cpp-python=={version}"], check=True)
            [archive] = Path(download).glob("llama_cpp_python-*.tar.gz")
            prefix = f"{archive.name.removesuffix('.tar.gz')}/vendor/llama.cpp/"
            with tarfile.open(archive) as tar:
                members = [m for m in tar.getmembers() if m.name.startswith(prefix)]
                for member in members:
                    member.name = member.name[len(prefix):]
                tar.extractall(source, members=[m for m in members if m.name],
                               filter="data")
    build = folder / "build"
    print("llama-bench: building (about 6 minutes on 2 cores)", file=sys.stderr)
    subprocess.run(["cmake", "-S", str(source), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                    "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF",
                    "-DLLAMA_BUILD_SERVER=OFF", "-DBUILD_SHARED_LIBS=OFF"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build), "--target", "llama-bench", "-j",
                    str(os.cpu_count() or 2)], check=True, stdout=subprocess.DEVNULL)
    if not binary.exists():
        found = shutil.which("llama-bench", path=str(build / "bin"))
        if found is None:
            sys.exit("llama-bench: the build did not produce bin/llama-bench")
        return Path(found)
    return binary


if __name__ == "__main__":
    print(llama_bench_path(sys.argv[1] if len(sys.argv) > 1 else None))
