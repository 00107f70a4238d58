#!/usr/bin/env bash
# Checks a GPU wheel of llama-cpp-python before any GPU time is spent on it, on any
# machine (a GPU is not needed):
#   - exactly one libggml-base and one libllama are loaded into the process
#     (two copies of libggml in one process crashed every model load before);
#   - the shared libraries it needs are named, the CUDA ones among them;
#   - it imports, and with no usable GPU LlamaDesk says so and loads the tiny model
#     on the CPU instead of crashing.
#
#   packaging/gpu/check_wheel.sh WHEEL
#
# For a CUDA wheel, cuBLAS and the CUDA runtime come from LD_LIBRARY_PATH, or from
# the toolkit build_wheel.sh installed (~/.cache/llamadesk-gpu/cuda-*).
set -euo pipefail

wheel="${1:?usage: check_wheel.sh WHEEL}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
"$python" -m pip install -q --no-deps --target "$site" "$wheel"
lib="$site/llama_cpp/lib"

for toolkit in "$HOME"/.cache/llamadesk-gpu/cuda-*/lib/python3*/site-packages/nvidia/cu13/lib; do
  [ -d "$toolkit" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$toolkit"
done

echo "== libraries in the wheel"
ls -la "$lib"
echo "== what they need (ldd)"
for library in "$lib"/*.so*; do
  echo "-- $(basename "$library")"
  ldd "$library" | grep -v -E "linux-vdso|ld-linux" | sed 's/ (0x[0-9a-f]*)//'
done
missing="$(ldd "$lib"/*.so* | grep "not found" | sort -u || true)"
if [ -n "$missing" ]; then
  echo "FAIL missing libraries:"; echo "$missing"; exit 1
fi
echo "== CUDA libraries needed"
ldd "$lib"/*.so* | grep -o -E "lib(cudart|cublas|cublasLt|cuda|nvrtc|vulkan)\.so[.0-9]*" | sort -u || echo "(none)"

echo "== loaded into one process (LD_DEBUG=libs)"
trace="$(mktemp)"
LD_DEBUG=libs PYTHONPATH="$site:$root" "$python" -c "import llama_cpp; llama_cpp.llama_backend_init()" \
  2>"$trace" >/dev/null
for name in libggml-base libggml libllama; do
  copies="$(grep -o -E "calling init: [^ ]*/$name\.so[^ ]*" "$trace" | sort -u)"
  count="$(printf '%s' "$copies" | grep -c . || true)"
  echo "$name: $count copy(ies)"; printf '%s\n' "$copies" | sed 's/^calling init: /   /'
  if [ "$count" != 1 ]; then echo "FAIL $name is loaded $count times"; exit 1; fi
done
rm -f "$trace"

echo "== imports, and says what it finds (no GPU expected here)"
PYTHONPATH="$site:$root" "$python" - <<'EOF'
import tempfile
from pathlib import Path

from llamadesk.engine.gpu import detect_backend
from llamadesk.engine.session import LoadOptions, ModelSession
from tests.helpers.tiny_gguf import write_tiny_llama

backend = detect_backend()
print(f"compiled backend: {backend.backend}; GPU offload usable: {backend.supported}; "
      f"devices: {[device.name for device in backend.devices]}")
model = write_tiny_llama(Path(tempfile.mkdtemp()) / "tiny.gguf")
session = ModelSession.load(model, LoadOptions(n_ctx=256))
print(f"tiny model loaded: backend {session.info.backend}, "
      f"{session.info.n_gpu_layers} GPU layers, notes: {[str(n) for n in session.info.notes]}")
session.close()
print("PASS the wheel imports and loads a model without a usable GPU")
EOF
