"""GPU-offload checks for a machine with a CUDA (or other GPU) build of llama-cpp-python.

    python tools/gpu_check.py            # prints a report, exits non-zero on a failed check

Run by hand on a GPU machine; CI has no GPU. It checks what the CPU-only test
suite cannot: that a GPU build is detected as such, that "auto" offloads every
layer when they fit, that 0 layers keeps the model on the CPU and says why,
that a build with no visible GPU says so, and how much faster the GPU is.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gguf  # noqa: E402
import numpy as np  # noqa: E402

from llamadesk.engine.gpu import detect_backend  # noqa: E402
from llamadesk.engine.prompt import ChatMessage  # noqa: E402
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams  # noqa: E402
from tests.helpers.tiny_gguf import REPLY, write_tiny_llama  # noqa: E402

failures: list[str] = []


def check(condition: bool, what: str) -> None:
    print(("PASS " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def random_llama(path: Path, n_embd: int = 2048, n_layer: int = 8, n_ff: int = 5632) -> Path:
    """A llama-shaped model with random F16 weights (~0.9 GB): realistic compute per token."""
    rng = np.random.default_rng(0)
    vocab = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)]
    vocab += [f"w{i}" for i in range(32000 - len(vocab))]
    types = [2, 3, 3] + [6] * 256 + [1] * (32000 - 259)
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("random-llama-1b-ish")
    writer.add_context_length(4096)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layer)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(16)
    writer.add_head_count_kv(16)
    writer.add_rope_dimension_count(n_embd // 16)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(vocab)
    writer.add_token_scores([0.0] * len(vocab))
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)

    def weights(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape, dtype=np.float32) * 0.02).astype(np.float16)

    writer.add_tensor("token_embd.weight", weights(len(vocab), n_embd))
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    writer.add_tensor("output.weight", weights(len(vocab), n_embd))
    for layer in range(n_layer):
        p = f"blk.{layer}"
        writer.add_tensor(f"{p}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        for part in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{p}.{part}.weight", weights(n_embd, n_embd))
        writer.add_tensor(f"{p}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"{p}.ffn_gate.weight", weights(n_ff, n_embd))
        writer.add_tensor(f"{p}.ffn_up.weight", weights(n_ff, n_embd))
        writer.add_tensor(f"{p}.ffn_down.weight", weights(n_embd, n_ff))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def tokens_per_second(model: Path, gpu_layers: int) -> tuple[float, float, str]:
    session = ModelSession.load(model, LoadOptions(n_gpu_layers=gpu_layers, n_ctx=2048))
    prompt = [ChatMessage("user", "w1 w2 w3 " * 50)]  # about 600 tokens (byte pieces)
    result = session.generate(prompt, SamplingParams(max_tokens=128, seed=1, temperature=0.0),
                              lambda _: None)
    backend = session.info.backend
    session.close()
    return result.tokens_per_second or 0.0, result.time_to_first_token_ms or 0.0, backend


def part_detect() -> None:
    info = detect_backend()
    print("backend:", info.summary)
    print("system info:", info.system_info)
    check(info.offload_supported, "the build reports GPU offload support")
    check(info.backend in ("CUDA", "Metal", "Vulkan", "ROCm", "SYCL"),
          f"backend named: {info.backend}")
    check(len(info.devices) >= 1 and info.devices[0].free_bytes > 0,
          f"a GPU with free memory: {[(d.name, d.free_bytes) for d in info.devices]}")


def part_auto(model: Path) -> None:
    info = detect_backend()
    auto = ModelSession.load(model, LoadOptions(n_ctx=2048))
    layers = (auto.info.facts.layer_count or 0) + 1
    check(auto.info.n_gpu_layers == layers,
          f"auto offloads all {layers} layers (got {auto.info.n_gpu_layers})")
    check(auto.info.backend.startswith(info.backend), f"reported backend: {auto.info.backend}")
    check(auto.info.notes == (), f"no note when fully on the GPU: {auto.info.notes}")
    reply = auto.generate([ChatMessage("user", "Hi")], SamplingParams(seed=1, max_tokens=24),
                          lambda _: None)
    if model.name == "tiny.gguf":
        check(reply.text == REPLY, f"the GPU computes the same reply: {reply.text!r}")
    else:
        check(reply.completion_tokens > 0, f"the GPU generates: {reply.completion_tokens} tokens")
    auto.close()


def part_cpu(model: Path) -> None:
    cpu = ModelSession.load(model, LoadOptions(n_gpu_layers=0, n_ctx=2048))
    check(cpu.info.n_gpu_layers == 0 and cpu.info.backend == "CPU", "0 layers stays on the CPU")
    check(any("turned off" in n for n in cpu.info.notes), f"and says why: {cpu.info.notes}")
    cpu.close()


def part_hidden() -> None:
    info = detect_backend()
    check(info.offload_supported and not info.devices and "no usable GPU" in info.summary,
          f"with no visible GPU the build says so: {info.summary}")


def part_speed(model: Path) -> None:
    gpu_tps, gpu_ttft, gpu_backend = tokens_per_second(model, -1)
    cpu_tps, cpu_ttft, _ = tokens_per_second(model, 0)
    print(f"GPU ({gpu_backend}): {gpu_tps:8.1f} tokens/s, first token after {gpu_ttft:7.1f} ms"
          " (600-token prompt)")
    print(f"CPU            : {cpu_tps:8.1f} tokens/s, first token after {cpu_ttft:7.1f} ms")
    if cpu_tps:
        print(f"GPU/CPU tokens/s ratio: {gpu_tps / cpu_tps:.1f}x")
    check(gpu_tps > cpu_tps, "the GPU is faster than the CPU on the same model")


def run_part(name: str, *args: str, env: dict[str, str] | None = None) -> None:
    """Each part in its own process: a crash inside llama.cpp is reported, not fatal."""
    print(f"--- {name} {' '.join(args)}", flush=True)
    child = subprocess.run([sys.executable, "-X", "faulthandler", __file__, name, *args],
                           capture_output=True, text=True, env={**os.environ, **(env or {})},
                           timeout=300)
    lines = [line for line in child.stdout.splitlines()]
    print("\n".join(lines), flush=True)
    failures.extend(line[5:] for line in lines if line.startswith("FAIL "))
    if child.returncode not in (0, 1):  # 1: a check failed and said so above
        tail = [line for line in child.stderr.splitlines() if not line.startswith(("llama_",
                "load", "print_info", "."))][-6:]
        check(False, f"{name} ended with status {child.returncode}: " + " | ".join(tail))


def main() -> int:
    if len(sys.argv) > 1:  # a part, in a child process
        name, *args = sys.argv[1:]
        parts = {"detect": part_detect, "hidden": part_hidden}
        with_model = {"auto": part_auto, "cpu": part_cpu, "speed": part_speed}
        if name in parts:
            parts[name]()
        else:
            with_model[name](Path(args[0]))
        return 1 if failures else 0

    run_part("detect")
    run_part("hidden", env={"CUDA_VISIBLE_DEVICES": ""})
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        big = random_llama(Path(folder) / "random.gguf")
        print(f"random 8-layer F16 model: {big.stat().st_size / 1e9:.2f} GB "
              f"written in {time.perf_counter() - began:.1f} s", flush=True)
        tiny = write_tiny_llama(Path(folder) / "tiny.gguf")
        for model in (big, tiny):
            run_part("auto", str(model))
            run_part("cpu", str(model))
        run_part("speed", str(big))
    print(f"{len(failures)} failed:" if failures else "all GPU checks passed")
    for failure in failures:
        print("  -", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
