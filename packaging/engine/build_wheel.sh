#!/usr/bin/env bash
# Builds the one llama-cpp-python that LlamaDesk runs everywhere on x86-64: llama.cpp's
# CPU backend compiled once per CPU level (x64, sse42, ..., haswell, skylakex, icelake,
# zen4, sapphirerapids) and picked at run time, as llama.cpp's own releases are built
# (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS). A native build (-march=native) dies with
# an illegal instruction on an older CPU; a GGML_NATIVE=OFF build gives up AVX2 and
# AVX-512 everywhere.
#
#   packaging/engine/build_wheel.sh            # prints the wheel's path (last line)
#   packaging/engine/build_wheel.sh --id       # prints the build id only
#
# The same wheel serves tools/dev (so .ci/run), packaging/linux/build.sh and the
# installers' workflow. It lands in $LLAMADESK_WHEELHOUSE (default
# ~/.cache/llamadesk/engine/<build id>/); the build id hashes the pin, this script and
# the CMake include, so a changed recipe builds anew and an old wheel never wins.
# The build folder lives beside it: an interrupted build resumes where ninja stopped.
#
# Also read from the environment:
#   PYTHON      the interpreter to build for (default: python3)
#   JOBS        parallel compile jobs (default: the number of cores)
#   EXTRA_CMAKE_ARGS   appended (a GPU backend: -DGGML_CUDA=on ...)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-python3}"
jobs="${JOBS:-$(nproc)}"

# The pin lives in pyproject.toml alone (see packaging/README.md, "Moving the engine pin").
version="$(sed -n 's/^ *"llama-cpp-python==\([0-9.]*\)".*/\1/p' "$root/pyproject.toml")"
[ -n "$version" ] || { echo "pyproject.toml has no exact llama-cpp-python pin" >&2; exit 2; }

cmake_args=(
  "-DGGML_NATIVE=OFF" "-DGGML_BACKEND_DL=ON" "-DGGML_CPU_ALL_VARIANTS=ON"
  "-DLLAMA_BUILD_TESTS=OFF" "-DLLAMA_BUILD_EXAMPLES=OFF" "-DLLAMA_BUILD_SERVER=OFF"
  # libmtmd: images in chat (a vision model's projector, engine/vision.py).
  "-DLLAVA_BUILD=ON"
  # ggml-rpc: a model's layers on other computers of a pool (llamadesk/pool/), its
  # server for `llamadesk pool serve` and its client devices, through ctypes.
  "-DGGML_RPC=ON"
  "-DCMAKE_PROJECT_llama_cpp_INCLUDE=$here/install_cpu_variants.cmake"
)
# shellcheck disable=SC2206
[ -n "${EXTRA_CMAKE_ARGS:-}" ] && cmake_args+=(${EXTRA_CMAKE_ARGS})
pytag="$("$python" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')"

# RECIPE counts changes to how this script builds that the arguments do not show.
RECIPE=1
build_id="$( { echo "$RECIPE $version $pytag ${cmake_args[*]}"; cat "$here/install_cpu_variants.cmake"; } \
             | sed "s#$here#HERE#g" | sha256sum | cut -c1-12)"
if [ "${1:-}" = "--id" ]; then echo "$build_id"; exit 0; fi

house="${LLAMADESK_WHEELHOUSE:-$HOME/.cache/llamadesk/engine}"
out="$house/$build_id"
existing="$(ls "$out"/llama_cpp_python-*.whl 2>/dev/null | head -1 || true)"
if [ -n "$existing" ]; then echo "$existing"; exit 0; fi

mkdir -p "$out"
# One build folder per release and Python: a changed recipe reconfigures it, and
# ninja rebuilds only what the change touches (CMake refuses a moved folder).
build_dir="$house/build-$version-$pytag"
source_dir="$house/src-$version"
echo "Building llama-cpp-python $version with every CPU variant (build $build_id)." >&2
echo "This takes about 30 minutes on 2 cores, once; it resumes if interrupted." >&2
started=$(date +%s)
# The source release, unpacked at a fixed place: CMake's cache names its source folder,
# so a resumed build must find the sources where it left them (pip's temporary
# folders move). Never a wheel from pip's cache: this is the source, compiled here.
if [ ! -f "$source_dir/pyproject.toml" ]; then
  rm -rf "$source_dir.download" && mkdir -p "$source_dir.download"
  "$python" -m pip download -q --no-deps --no-binary :all: --no-cache-dir \
    -d "$source_dir.download" "llama-cpp-python==$version" >&2
  tar -xzf "$source_dir.download"/llama_cpp_python-"$version".tar.gz -C "$source_dir.download"
  rm -rf "$source_dir" && mv "$source_dir.download/llama_cpp_python-$version" "$source_dir"
  rm -rf "$source_dir.download"
fi
# Without build isolation, so the compiler, CMake and scikit-build-core stay the same
# between an interrupted build and its resumption.
"$python" -m pip install -q "scikit-build-core[pyproject]>=0.9.2,<1" >&2
# The build-info file is written into llama_cpp/lib by the CMake include, so the
# running engine (and `llamadesk info`) know which build they are.
LLAMADESK_ENGINE_BUILD_ID="$build_id" CMAKE_ARGS="${cmake_args[*]}" CMAKE_BUILD_PARALLEL_LEVEL="$jobs" \
  "$python" -m pip wheel -q --no-deps --no-build-isolation --no-cache-dir \
  --config-settings="build-dir=$build_dir" -w "$out.partial" "$source_dir" >&2
built="$(ls "$out.partial"/llama_cpp_python-*.whl)"
mv "$built" "$out/" && rmdir "$out.partial"
{
  echo "llama-cpp-python: $version"
  echo "build id: $build_id"
  echo "CMAKE_ARGS: ${cmake_args[*]}"
  echo "compiler: $(c++ --version | head -1)"
  echo "jobs: $jobs"
  echo "seconds: $(( $(date +%s) - started ))"
} > "$out/build.txt"
cat "$out/build.txt" >&2
ls "$out"/llama_cpp_python-*.whl
