"""GPU offload, proven on a GPU machine in a few minutes, with a wheel built elsewhere.

    python tools/gpu_check.py [--wheel WHEEL] [--out FIGURES.json] [--layers 32]

Run on the GPU machine (CI has none), with the wheel packaging/gpu/build_wheel.sh
made on the CPU machine. It installs the wheel, writes a Llama-2-7B-shaped model
with random Q8_0 weights there (nothing large travels), and checks, each part in
its own process so that a crash is reported rather than fatal:
  detect    the build names its backend and the card, with free memory
  hidden    with no visible GPU it says "no usable GPU" and does not crash
  auto      automatic placement puts every layer on the GPU; `llamadesk info`
            names the card and its free memory
  speed     LlamaDesk's engine against raw llama-cpp-python, all layers on the
            GPU, alternating, medians (target: engine >= 0.95 x raw); and the
            engine on the CPU alone
  stop      how long a reply takes to stop on the GPU, p95 of several
  fallback  a GPU load that fails (VRAM held by another process, all layers
            forced) ends on the CPU, with the user told why
Every figure goes to FIGURES.json as well as to the screen.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gguf  # noqa: E402
import numpy as np  # noqa: E402

from llamadesk.engine.gpu import detect_backend  # noqa: E402
from llamadesk.engine.prompt import ChatMessage  # noqa: E402
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams  # noqa: E402

failures: list[str] = []


def check(condition: bool, what: str) -> None:
    print(("PASS " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


Q8_0_BLOCK = 32  # weights per block; each block is an f16 scale and 32 int8 values


def _q8_0(rows: int, cols: int, rng: np.random.Generator) -> np.ndarray:
    """Random Q8_0 blocks as raw bytes: made directly, not quantized, so a 7B model
    is written in seconds. Scale 0.0005: weights of about +-0.06, like a real model's."""
    blocks = rows * cols // Q8_0_BLOCK
    data = np.empty((blocks, 2 + Q8_0_BLOCK), dtype=np.uint8)
    data[:, :2] = np.frombuffer(np.float16(0.0005).tobytes(), dtype=np.uint8)
    data[:, 2:] = rng.integers(0, 256, size=(blocks, Q8_0_BLOCK), dtype=np.uint8)
    return data.reshape(rows, cols // Q8_0_BLOCK * (2 + Q8_0_BLOCK))


def llama2_7b_shaped(path: Path, n_layer: int = 32) -> Path:
    """Llama 2 7B's shape (4096 wide, 32 layers, 11008 feed-forward, 32 heads, 32,000
    tokens) with random Q8_0 weights: about 7.2 GB, the real model's work per token.
    One layer's weights are made once and written for every layer."""
    n_embd, n_ff, heads = 4096, 11008, 32
    rng = np.random.default_rng(0)
    vocab = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)]
    vocab += [f"w{i}" for i in range(32000 - len(vocab))]
    types = [2, 3, 3] + [6] * 256 + [1] * (32000 - 259)
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("random Llama 2 7B shape")
    writer.add_context_length(4096)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layer)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(heads)
    writer.add_head_count_kv(heads)
    writer.add_rope_dimension_count(n_embd // heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q8_0)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(vocab)
    writer.add_token_scores([0.0] * len(vocab))
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    q8 = gguf.GGMLQuantizationType.Q8_0

    def add(name: str, rows: int, cols: int, data: np.ndarray | None = None) -> None:
        writer.add_tensor(name, data if data is not None else _q8_0(rows, cols, rng),
                          raw_dtype=q8)

    add("token_embd.weight", len(vocab), n_embd)
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    add("output.weight", len(vocab), n_embd)
    square, gate, up, down = (_q8_0(n_embd, n_embd, rng), _q8_0(n_ff, n_embd, rng),
                              _q8_0(n_ff, n_embd, rng), _q8_0(n_embd, n_ff, rng))
    norm = np.ones(n_embd, dtype=np.float32)
    for layer in range(n_layer):
        p = f"blk.{layer}"
        writer.add_tensor(f"{p}.attn_norm.weight", norm)
        for part in ("attn_q", "attn_k", "attn_v", "attn_output"):
            add(f"{p}.{part}.weight", n_embd, n_embd, square)
        writer.add_tensor(f"{p}.ffn_norm.weight", norm)
        add(f"{p}.ffn_gate.weight", n_ff, n_embd, gate)
        add(f"{p}.ffn_up.weight", n_ff, n_embd, up)
        add(f"{p}.ffn_down.weight", n_embd, n_ff, down)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def figure(key: str, value: object) -> None:
    """A figure for the JSON file: the parent collects these lines."""
    print(f"FIGURE {key} {json.dumps(value)}", flush=True)


def part_detect() -> None:
    info = detect_backend()
    print("backend:", info.summary)
    print("system info:", info.system_info)
    figure("backend", info.summary)
    figure("devices", [(d.name, d.free_bytes) for d in info.devices])
    check(info.offload_supported, "the build reports GPU offload support")
    check(info.backend in ("CUDA", "Metal", "Vulkan", "ROCm", "SYCL"),
          f"backend named: {info.backend}")
    check(len(info.devices) >= 1 and info.devices[0].free_bytes > 0,
          f"a GPU with free memory: {[(d.name, d.free_bytes) for d in info.devices]}")


def part_hidden() -> None:
    info = detect_backend()
    figure("hidden_summary", info.summary)
    check(not info.devices and "no usable GPU" in info.summary,
          f"with no visible GPU the build says so: {info.summary}")


def part_auto(model: Path) -> None:
    began = time.perf_counter()
    auto = ModelSession.load(model, LoadOptions(n_ctx=4096))
    figure("load_seconds_gpu", round(time.perf_counter() - began, 2))
    layers = (auto.info.facts.layer_count or 0) + 1
    figure("gpu_layers", [auto.info.n_gpu_layers, layers])
    figure("placement_backend", auto.info.backend)
    check(auto.info.n_gpu_layers == layers,
          f"auto puts all {layers} layers on the GPU (got {auto.info.n_gpu_layers})")
    check(auto.info.backend != "CPU", f"reported where it runs: {auto.info.backend}")
    reply = auto.generate([ChatMessage("user", "Hi")], SamplingParams(seed=1, max_tokens=24),
                          lambda _: None)
    check(reply.completion_tokens > 0, f"the GPU generates: {reply.completion_tokens} tokens")
    auto.close()
    shown = subprocess.run([sys.executable, "-m", "llamadesk", "info", "--json"],
                           capture_output=True, text=True, timeout=120)
    print(shown.stdout[-2000:])
    figure("llamadesk_info", shown.stdout[-4000:])
    check(shown.returncode == 0 and "free" in shown.stdout.lower()
          and any(d.name in shown.stdout for d in detect_backend().devices),
          "`llamadesk info` names the card and its free memory")


PROMPT = "w1 w2 w3 w4 " * 40
TOKENS = 128


def engine_rate(session: ModelSession, tokens: int = TOKENS) -> float:
    """Tokens/s from the first piece to the last, through LlamaDesk's engine."""
    times: list[float] = []
    result = session.generate([ChatMessage("user", PROMPT)],
                              SamplingParams(max_tokens=tokens, seed=1, temperature=0.0),
                              lambda _: times.append(time.perf_counter()))
    return (result.completion_tokens - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


def raw_rate(llama: object, tokens: int = TOKENS) -> float:
    """The same through llama-cpp-python alone: its own streaming completion."""
    times = [time.perf_counter() for _ in llama.create_completion(  # type: ignore[attr-defined]
        PROMPT, max_tokens=tokens, temperature=0.0, seed=1, stream=True)]
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


def part_speed(model: Path) -> None:
    import llama_cpp

    session = ModelSession.load(model, LoadOptions(n_ctx=4096))
    # The engine's own thread count, so that only the path differs.
    raw = llama_cpp.Llama(model_path=str(model), n_gpu_layers=-1, n_ctx=4096,
                          flash_attn=True, verbose=False,
                          n_threads=session._llama.n_threads,  # noqa: SLF001
                          n_threads_batch=session._llama.n_threads_batch)  # noqa: SLF001
    engine_rate(session, 16)
    raw_rate(raw, 16)  # both warmed up
    engine_runs, raw_runs = [], []
    for _ in range(5):  # alternating, so drift hits both alike
        engine_runs.append(engine_rate(session))
        raw_runs.append(raw_rate(raw))
    session.close()
    raw.close()
    engine, bare = statistics.median(engine_runs), statistics.median(raw_runs)
    figure("gpu_engine_tokens_per_second", [round(r, 1) for r in engine_runs])
    figure("gpu_raw_tokens_per_second", [round(r, 1) for r in raw_runs])
    figure("engine_over_raw", round(engine / bare, 3) if bare else None)
    print(f"GPU: engine {engine:.1f} tokens/s, raw llama-cpp-python {bare:.1f} tokens/s, "
          f"ratio {engine / max(bare, 1e-9):.3f}")
    check(bare > 0 and engine / bare >= 0.95, "the engine keeps >= 0.95 x raw on the GPU")
    cpu = ModelSession.load(model, LoadOptions(n_ctx=4096, n_gpu_layers=0))
    cpu_rate = engine_rate(cpu, 24)
    cpu.close()
    figure("cpu_engine_tokens_per_second", round(cpu_rate, 2))
    figure("gpu_over_cpu", round(engine / cpu_rate, 1) if cpu_rate else None)
    print(f"CPU alone: {cpu_rate:.1f} tokens/s; GPU/CPU {engine / max(cpu_rate, 1e-9):.1f}x")
    check(engine > cpu_rate, "the GPU is faster than the CPU on the same model")


def part_stop(model: Path) -> None:
    session = ModelSession.load(model, LoadOptions(n_ctx=4096))
    latencies = []
    for _ in range(7):
        stop = threading.Event()
        ended: list[float] = []

        def run(stop: threading.Event, ended: list[float]) -> None:
            session.generate([ChatMessage("user", PROMPT)],
                             SamplingParams(max_tokens=3000, seed=1), lambda _: None, stop)
            ended.append(time.perf_counter())

        worker = threading.Thread(target=run, args=(stop, ended))
        worker.start()
        time.sleep(0.5)
        asked = time.perf_counter()
        stop.set()
        worker.join(30)
        latencies.append((ended[0] - asked) * 1000 if ended else 30_000.0)
    session.close()
    latencies.sort()
    figure("stop_ms", [round(x, 1) for x in latencies])
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    print(f"stop latency on the GPU: median {statistics.median(latencies):.1f} ms, "
          f"p95 {p95:.1f} ms")
    check(p95 < 250, f"a reply stops within 250 ms on the GPU (p95 {p95:.1f} ms)")


HOLD = """
import ctypes, glob, sys, time
names = ["libcudart.so", "libcudart.so.13", "libcudart.so.12"]
for folder in sys.path:
    names += glob.glob(folder + "/nvidia/*/lib/libcudart.so*")
    names += glob.glob(folder + "/llama_cpp/lib/libcudart.so*")
for name in names:
    try:
        cuda = ctypes.CDLL(name)
        break
    except OSError:
        pass
else:
    print("no libcudart", flush=True); sys.exit(3)
free, total = ctypes.c_size_t(), ctypes.c_size_t()
cuda.cudaMemGetInfo(ctypes.byref(free), ctypes.byref(total))
pointer = ctypes.c_void_p()
size = free.value - (1 << 30)
status = cuda.cudaMalloc(ctypes.byref(pointer), ctypes.c_size_t(size))
print(f"held {size} bytes: status {status}", flush=True)
time.sleep(600)
"""


def part_fallback(model: Path) -> None:
    """All layers forced onto a GPU whose memory another process holds: the load
    fails there, and LlamaDesk loads on the CPU instead and says why."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD], stdout=subprocess.PIPE, text=True)
    try:
        line = holder.stdout.readline() if holder.stdout else ""
        print("VRAM holder:", line.strip())
        check(line.startswith("held") and line.strip().endswith("status 0"),
              f"another process holds the GPU's memory: {line.strip()}")
        session = ModelSession.load(model, LoadOptions(n_ctx=4096, n_gpu_layers=-1))
        notes = [str(n) for n in session.info.notes]
        figure("fallback", {"gpu_layers": session.info.n_gpu_layers,
                            "backend": session.info.backend, "notes": notes})
        check(session.info.n_gpu_layers == 0 and session.info.backend == "CPU",
              f"the model ended on the CPU: {session.info.backend}")
        check(any("runs on the CPU instead" in n for n in notes),
              f"and the user is told why: {notes}")
        reply = session.generate([ChatMessage("user", "Hi")],
                                 SamplingParams(seed=1, max_tokens=8), lambda _: None)
        check(reply.completion_tokens > 0, "and it answers")
        session.close()
    finally:
        holder.kill()


def run_part(name: str, *args: str, env: dict[str, str] | None = None,
             timeout: int = 300) -> None:
    """Each part in its own process: a crash inside llama.cpp is reported, not fatal."""
    print(f"--- {name} {' '.join(args)}", flush=True)
    try:
        child = subprocess.run([sys.executable, "-X", "faulthandler", __file__, name, *args],
                               capture_output=True, text=True,
                               env={**os.environ, **(env or {})}, timeout=timeout)
    except subprocess.TimeoutExpired:
        check(False, f"{name} did not finish in {timeout} s")
        return
    for line in child.stdout.splitlines():
        if line.startswith("FIGURE "):
            _, key, value = line.split(" ", 2)
            FIGURES[key] = json.loads(value)
        else:
            print(line, flush=True)
    failures.extend(line[5:] for line in child.stdout.splitlines() if line.startswith("FAIL "))
    if child.returncode not in (0, 1):  # 1: a check failed and said so above
        tail = [line for line in child.stderr.splitlines() if not line.startswith(("llama_",
                "load", "print_info", "."))][-8:]
        check(False, f"{name} ended with status {child.returncode}: " + " | ".join(tail))


FIGURES: dict[str, object] = {}


def cuda_library_path() -> str:
    """cuBLAS and the CUDA runtime from the nvidia-* Python packages already on the
    machine (PyTorch's): the wheel does not carry them."""
    import site

    folders = [str(p) for base in site.getsitepackages()
               for p in sorted(Path(base).glob("nvidia/*/lib"))]
    return ":".join(folders + [os.environ.get("LD_LIBRARY_PATH", "")]).strip(":")


def main() -> int:
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):  # a part, in a child
        name, *args = sys.argv[1:]
        parts = {"detect": part_detect, "hidden": part_hidden}
        with_model = {"auto": part_auto, "speed": part_speed, "stop": part_stop,
                      "fallback": part_fallback}
        if name in parts:
            parts[name]()
        else:
            with_model[name](Path(args[0]))
        return 1 if failures else 0

    import argparse

    parser = argparse.ArgumentParser(description="GPU offload checks")
    parser.add_argument("--wheel", help="install this llama-cpp-python wheel first")
    parser.add_argument("--out", default="gpu_check.json", help="where the figures go")
    parser.add_argument("--layers", type=int, default=32, help="fewer for a trial run")
    parser.add_argument("--model", help="a GGUF to use instead of writing one")
    args = parser.parse_args()
    began = time.perf_counter()
    if args.wheel:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                        "--force-reinstall", args.wheel], check=True)
        FIGURES["wheel"] = Path(args.wheel).name
    os.environ["LD_LIBRARY_PATH"] = cuda_library_path()
    run_part("detect")
    run_part("hidden", env={"CUDA_VISIBLE_DEVICES": "", "GGML_VK_VISIBLE_DEVICES": ""})
    with tempfile.TemporaryDirectory() as folder:
        if args.model:
            model = Path(args.model)
        else:
            started = time.perf_counter()
            model = llama2_7b_shaped(Path(folder) / "random-7b.Q8_0.gguf", args.layers)
            FIGURES["model_bytes"] = model.stat().st_size
            FIGURES["model_write_seconds"] = round(time.perf_counter() - started, 1)
            print(f"random 7B-shaped Q8_0 model: {model.stat().st_size / 1e9:.2f} GB written "
                  f"in {FIGURES['model_write_seconds']} s", flush=True)
        for part in ("auto", "speed", "stop", "fallback"):
            run_part(part, str(model))
    FIGURES["failures"] = failures
    FIGURES["seconds"] = round(time.perf_counter() - began, 1)
    Path(args.out).write_text(json.dumps(FIGURES, indent=2) + "\n")
    print(f"{len(failures)} failed:" if failures else "all GPU checks passed")
    for failure in failures:
        print("  -", failure)
    print(f"figures in {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
