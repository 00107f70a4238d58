"""What loading and generating take and give: plain values, no llama.cpp.

Kept apart from session.py so that the window, the settings and the CLI can
name them without importing llama.cpp (a third of a second at start-up); the
session itself is imported on the inference thread when a model is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llamadesk.engine.gguf_file import ModelFacts
    from llamadesk.engine.guard import EngineGuard
    from llamadesk.engine.prompt import TemplateKind


@dataclass(frozen=True)
class PooledDevices:
    """Other computers' devices a model's layers may go to (llamadesk/pool/): ggml
    device handles, their free memory, and the workers' addresses, for the notes."""

    devices: tuple[int, ...]
    free: tuple[int, ...]
    workers: tuple[str, ...]
    # The worker whose connection broke since pairing, if one did (pool/client.py):
    # checked before every token is sampled, since what a vanished worker "computed"
    # is stand-in zeros (pool/relay.py).
    broken: Callable[[], str | None] = lambda: None


@dataclass(frozen=True)
class LoadOptions:
    # None: the model's trained context length.
    n_ctx: int | None = None
    # None: "auto", as many layers as fit in free VRAM; -1: all; 0: CPU only.
    n_gpu_layers: int | None = None
    main_gpu: int = 0
    # A chosen thread count (Settings, --threads); None: engine/threads.py decides.
    n_threads: int | None = None
    # The window's automatic threads (threads.for_window) rather than every core.
    for_window: bool = False
    # Probes the CPU before a model's first use and notes what the engine is doing
    # (engine/guard.py); None: no probe, the best CPU backend (tests, benchmarks).
    guard: EngineGuard | None = None
    template: TemplateKind | None = None
    # Gives the file's SHA-256 (recorded with every reply); None: not recorded.
    file_hash: Callable[[Path], str] | None = None
    # Free RAM to plan with; None: ask the OS (psutil). Tests inject a small one.
    available_memory: int | None = None
    # KV states of conversations switched away from, so switching back skips their
    # prompt (engine/state_cache.py); None: a quarter of free RAM up to 2 GiB; 0: off.
    state_cache_bytes: int | None = None
    # Called with load progress 0..1 on the loading thread; return False to cancel.
    progress: Callable[[float], bool] | None = None
    # A vision model's projector: None finds one beside the model (engine/vision.py),
    # False loads none, a path loads that one.
    projector: Path | bool | None = None
    # Speculative decoding for replies that do not choose (SamplingParams.speculative
    # None): the model's own setting, with the most tokens guessed at once.
    speculative: str = "off"
    speculative_tokens: int = 8
    # A pool: layers split between this computer and these devices, in proportion to
    # their free memory (engine/placement.py, plan_pooled).
    pool: PooledDevices | None = None
    # Workers (host:port) to pair with before loading, by whoever loads: the window's
    # inference worker pairs on its own thread (ui/worker.py) and fills ``pool``.
    pool_workers: tuple[str, ...] = ()
    # False: no repacked weights even where the CPU probe allows them; None: its choice.
    repack: bool | None = None


@dataclass(frozen=True)
class SamplingParams:
    """Defaults are Meta's reference for Llama 2 chat: temperature 0.6, top_p 0.9,
    and no other filter (min_p 0 switches it off; top_k 0 leaves only the engine's
    top-k prefilter of 128 tokens, which spares sorting the whole vocabulary and moves
    the sampled distribution by 1.5e-3 on average: engine/session.py, TOP_K_PREFILTER)."""

    temperature: float = 0.6
    top_p: float = 0.9
    top_k: int = 0
    min_p: float = 0.0
    repeat_penalty: float = 1.0
    # None: as long as the context allows.
    max_tokens: int | None = None
    seed: int | None = None
    # (token id, bias) pairs added to the logits; -inf bans a token.
    logit_bias: tuple[tuple[int, float], ...] = ()
    # OpenAI's penalties (llama.cpp's penalties sampler), over the last 64 tokens.
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    # More strings that end the reply, beside the prompt format's own.
    stop: tuple[str, ...] = ()
    # A GBNF grammar every reply must follow (engine/grammars.py makes JSON ones).
    grammar: str | None = None
    # Regular expressions that wake the grammar: until one matches the reply so far,
    # the reply is free (a lazy grammar, engine/tool_calls/grammar.py).
    grammar_triggers: tuple[str, ...] = ()
    # None: no log-probabilities; N (0-20): each token's, and the N likeliest
    # (engine/decoding.py, TokenLogprob: the distribution the final draw saw).
    logprobs: int | None = None
    # A thinking model's switch, where its template has one (engine/reasoning.py,
    # THINK_CHOICES): "on"/"off" or "low"/"medium"/"high"; None: the template's default.
    think: str | None = None
    # Speculative decoding: "off", "lookup" (guesses from the prompt and the reply so
    # far, engine/speculation.py), "auto" (lookup only while its guesses pay) or
    # "draft:PATH" (guesses from a small model with the same vocabulary,
    # engine/draft.py, while they pay); at most ``speculative_tokens`` at a time.
    # None: the model's setting (ModelSession.speculative, from LoadOptions).
    speculative: str | None = None
    speculative_tokens: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def preset(cls, name: str, **overrides: Any) -> SamplingParams:
        return replace(PRESETS[name], **overrides)


PRESETS: dict[str, SamplingParams] = {
    "precise": SamplingParams(temperature=0.2, top_p=0.9),
    "balanced": SamplingParams(),
    "creative": SamplingParams(temperature=0.95, top_p=0.95, repeat_penalty=1.05),
}


@dataclass(frozen=True)
class GenerationResult:
    text: str
    finish_reason: str  # "stop", "length" or "cancelled"
    prompt_tokens: int
    completion_tokens: int
    time_to_first_token_ms: float | None
    tokens_per_second: float | None
    seed: int
    # How many of the oldest messages were left out of the prompt to fit n_ctx.
    dropped_messages: int
    # Prompt tokens llama.cpp actually evaluated: the rest came from the KV cache
    # (the same conversation's previous turn) or the state cache (switching back).
    evaluated_prompt_tokens: int = 0
    n_ctx: int = 0
    # With SamplingParams.logprobs: engine.decoding.TokenLogprob, one per token.
    logprobs: tuple[Any, ...] = ()
    # A thinking model's reasoning, when the caller split it from ``text`` (the API),
    # and how many tokens it takes.
    reasoning: str | None = None
    reasoning_tokens: int = 0
    # Tool calls found in the output (engine.tool_calls.scanning.Call), when the caller
    # looked for them (the API); the reply's finish_reason is then "tool_calls".
    tool_calls: tuple[Any, ...] = ()
    # Speculative decoding: tokens guessed, and how many of them were right.
    guessed_tokens: int = 0
    accepted_tokens: int = 0

    @property
    def context_used(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class LoadedModel:
    """Facts about the loaded model that the UI shows."""

    facts: ModelFacts
    n_ctx: int
    n_gpu_layers: int
    # "CPU", or the GPU backend and card, such as "CUDA · NVIDIA H200".
    backend: str
    template: TemplateKind
    sha256: str | None = None
    # Plain-words explanations (GPU unused or partly used, context lowered...).
    notes: tuple[str, ...] = ()
    # llama.cpp's CPU backend in this process ("skylakex"...; engine/backends.py) and
    # whether weights are repacked for it (off where the CPU faulted there).
    cpu_variant: str = ""
    repack: bool = True
    # The projector loaded with it (a vision model), or None.
    projector: Path | None = None
    # Why it cannot read images, in words, when it has no projector; None when it can.
    no_images: str | None = None


