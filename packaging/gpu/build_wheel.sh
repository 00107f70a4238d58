#!/usr/bin/env bash
# Builds llama-cpp-python with a GPU backend on a machine that has no GPU, so the
# (short, rare) time on a GPU machine goes to checking it, not to compiling it.
#
#   packaging/gpu/build_wheel.sh cuda   [OUT]   # GGML_CUDA for Hopper (sm_90)
#   packaging/gpu/build_wheel.sh vulkan [OUT]   # GGML_VULKAN: AMD, Intel and NVIDIA
#
# OUT defaults to ~/.cache/llamadesk-gpu/wheels. Also read from the environment:
#   LLAMA_CPP_VERSION  the llama-cpp-python release (default: the one installed in .venv)
#   CUDA_ARCHS         CMAKE_CUDA_ARCHITECTURES (default 90; the installers use "75;86;89;90")
#   CUDA_VERSION       the CUDA 13 release of the PyPI toolkit (default 13.0: a driver runs
#                      code built by the same major and an older minor, not a newer one)
#   JOBS               parallel compile jobs (default: the number of cores)
#
# CUDA comes from PyPI (nvidia-cuda-nvcc with the matching runtime, cuBLAS and CCCL), in
# a virtual environment of its own: the same toolkit here, on CI and on a developer's
# machine, and one host compiler (the system's g++) for the C++ and the CUDA code. The
# wheel links cuBLAS and the CUDA runtime dynamically and does not carry them: the GPU
# machine's own (the nvidia-* packages there, on LD_LIBRARY_PATH) are used, and the
# installers' CUDA variant bundles them (packaging/README.md gives the size).
#
# Each build writes its flags, compiler versions and time next to the wheel
# (<wheel>.build.txt), then checks the wheel (packaging/gpu/check_wheel.sh).
set -euo pipefail

backend="${1:?usage: build_wheel.sh cuda|vulkan [OUT]}"
out="${2:-$HOME/.cache/llamadesk-gpu/wheels}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
version="${LLAMA_CPP_VERSION:-$("$python" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))')}"
jobs="${JOBS:-$(nproc)}"
work="$HOME/.cache/llamadesk-gpu"
mkdir -p "$out" "$work"

cmake_args=("-DGGML_NATIVE=OFF" "-DLLAMA_BUILD_TESTS=OFF" "-DLLAMA_BUILD_EXAMPLES=OFF")
case "$backend" in
  cuda)
    cuda="${CUDA_VERSION:-13.0}"
    tools="$work/cuda-$cuda"
    if [ ! -f "$tools/bin/nvcc-ready" ]; then
      python3 -m venv "$tools"
      # The newest patch release of each package within CUDA $cuda, the compiler's own
      # parts (nvvm, crt) included: left free, pip takes the newest, whose PTX this
      # ptxas cannot read ("Unsupported .version 9.5").
      "$tools/bin/pip" install -q "nvidia-cuda-nvcc==$cuda.*" "nvidia-nvvm==$cuda.*" \
        "nvidia-cuda-crt==$cuda.*" "nvidia-cuda-runtime==$cuda.*" \
        "nvidia-cublas==$cuda.*" "nvidia-cuda-cccl==$cuda.*"
      touch "$tools/bin/nvcc-ready"
    fi
    toolkit="$("$tools/bin/python" -c 'import nvidia, os; print(os.path.join(nvidia.__path__[0], "cu13"))')"
    # The wheels ship only versioned libraries; CMake's FindCUDAToolkit links the
    # unversioned names.
    for library in cudart cublas cublasLt; do
      ln -sf "lib$library.so.13" "$toolkit/lib/lib$library.so"
    done
    export PATH="$toolkit/bin:$PATH" CUDACXX="$toolkit/bin/nvcc"
    export LIBRARY_PATH="$toolkit/lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
    # GGML_CUDA_NO_VMM: the virtual-memory pool links libcuda itself, and PyPI has no
    # driver stub to link against; the driver's libcuda is only found at run time.
    cmake_args+=("-DGGML_CUDA=on" "-DCMAKE_CUDA_ARCHITECTURES=${CUDA_ARCHS:-90}"
                 "-DGGML_CUDA_NO_VMM=ON"
                 "-DCUDAToolkit_ROOT=$toolkit" "-DCMAKE_CUDA_COMPILER=$toolkit/bin/nvcc"
                 "-DCMAKE_CUDA_HOST_COMPILER=$(command -v g++)"
                 "-DCMAKE_C_COMPILER=$(command -v gcc)" "-DCMAKE_CXX_COMPILER=$(command -v g++)")
    compiler_versions="$("$toolkit/bin/nvcc" --version | tail -2 | tr '\n' ' '); $(g++ --version | head -1)"
    ;;
  vulkan)
    command -v glslc >/dev/null || { echo "needs glslc and libvulkan-dev (apt)" >&2; exit 2; }
    cmake_args+=("-DGGML_VULKAN=on")
    compiler_versions="$(glslc --version | head -1); $(g++ --version | head -1)"
    ;;
  *) echo "backend: cuda or vulkan" >&2; exit 2 ;;
esac

build="$work/build-$backend"
rm -rf "$build" && mkdir -p "$build"
started=$(date +%s)
CMAKE_ARGS="${cmake_args[*]}" CMAKE_BUILD_PARALLEL_LEVEL="$jobs" \
  "$python" -m pip wheel --no-deps --no-binary llama-cpp-python --no-cache-dir \
  -w "$build" "llama-cpp-python==$version"
seconds=$(( $(date +%s) - started ))

built="$(ls "$build"/llama_cpp_python-*.whl)"
# One folder per backend: the wheels share a name, and a CPU and a GPU wheel must not mix.
target="$out/$backend/$(basename "$built")"
mkdir -p "$out/$backend"
mv "$built" "$target"
{
  echo "backend: $backend"
  echo "llama-cpp-python: $version"
  echo "CMAKE_ARGS: ${cmake_args[*]}"
  echo "compilers: $compiler_versions"
  echo "jobs: $jobs"
  echo "seconds: $seconds"
  echo "size: $(du -h "$target" | cut -f1)"
} > "$target.build.txt"
cat "$target.build.txt"
bash "$root/packaging/gpu/check_wheel.sh" "$target"
