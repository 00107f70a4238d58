"""The Llama 2 catalog shipped with the app, and how well each variant fits this machine
(the curated list of other families, models/recommended.py, uses the same entries).

The catalog holds no byte sizes or hashes: those are read from the Hub at
download time. Before that, a variant's size is *estimated* from its parameter
count and its quantization's bits per weight, and labelled as an estimate.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from importlib import resources

# Average bits per weight of llama.cpp's quantizations (llama.cpp's quantize tool).
BITS_PER_WEIGHT = {
    "Q2_K": 2.63, "Q3_K_S": 3.50, "Q3_K_M": 3.91, "Q3_K_L": 4.27, "Q4_0": 4.55,
    "Q4_K_S": 4.58, "Q4_K_M": 4.85, "Q5_0": 5.54, "Q5_K_S": 5.54, "Q5_K_M": 5.69,
    "Q6_K": 6.59, "Q8_0": 8.50,
    # gpt-oss's file: MXFP4 experts (4.25 bits), attention and embeddings wider.
    "MXFP4": 4.63,
}
OVERHEAD_BYTES = 512 * 1024 * 1024
# The context the engine opens a model with, at most (engine/placement.py's
# DEFAULT_CTX_CAP, not imported: that module loads llama.cpp, and the window's first
# page must not wait for it).
DEFAULT_CTX_CAP = 8192
# Quality falls off sharply below 4 bits: recommend from these, best first.
PREFERRED = ["Q5_K_M", "Q4_K_M", "Q4_K_S", "Q3_K_M"]


class Fit(enum.Enum):
    FITS = "fits"
    TIGHT = "tight"
    TOO_LARGE = "too large"


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    size: str
    quantization: str
    repo: str
    files: tuple[str, ...]  # more than one: parts joined after download
    filename: str
    official_repo: str
    license: str
    parameters: int
    context_length: int
    layers: int
    embedding: int
    heads: int
    kv_heads: int
    # A vision model's projector, stored beside it (discover.projector_file_name).
    projector: str = ""
    # A mixture of experts reads only these per token (0: every parameter).
    active_parameters: int = 0
    # What it is good at, as keys the window translates (chat, code, vision...).
    strengths: tuple[str, ...] = ()

    @property
    def estimated_file_bytes(self) -> int:
        return int(self.parameters * BITS_PER_WEIGHT[self.quantization] / 8)

    @property
    def bytes_per_token(self) -> int:
        """What generating a token reads: every weight, or a mixture's active ones."""
        share = self.active_parameters / self.parameters if self.active_parameters else 1.0
        return int(self.estimated_file_bytes * share)

    def memory_needed(self, n_ctx: int | None = None) -> int:
        """File + f16 KV cache at ``n_ctx`` + overhead (an estimate before download).
        By default the context the engine opens with (placement.default_context)."""
        context = n_ctx or min(self.context_length, DEFAULT_CTX_CAP)
        kv = 2 * self.layers * context * (self.embedding * self.kv_heads // self.heads) * 2
        return self.estimated_file_bytes + kv + OVERHEAD_BYTES


def load_catalog() -> list[CatalogEntry]:
    raw = resources.files("llamadesk.resources").joinpath("catalog.json").read_text("utf-8")
    entries = []
    for item in json.loads(raw)["entries"]:
        arch = item.pop("architecture")
        item["files"] = tuple(item["files"])
        entries.append(CatalogEntry(**item, layers=arch["layers"], embedding=arch["embedding"],
                                    heads=arch["heads"], kv_heads=arch["kv_heads"]))
    return entries


def find_entry(entry_id: str) -> CatalogEntry | None:
    return next((e for e in load_catalog() if e.id == entry_id), None)


# Bytes per second that generation reads, for the speed a person can expect:
# each token reads every weight once, so tokens/s is about bandwidth / file
# size. A desktop CPU with dual-channel memory sustains about 25 GB/s for
# llama.cpp; a discrete GPU ten times that. Rough on purpose: it ranks the
# variants, it promises nothing.
CPU_BYTES_PER_SECOND = 25e9
GPU_BYTES_PER_SECOND = 250e9
# Below this, a reply reads slower than a person does: not recommended on the CPU.
COMFORTABLE_TOKENS_PER_SECOND = 5.0


@dataclass(frozen=True)
class FitReport:
    entry: CatalogEntry
    needed: int
    fit: Fit
    recommended: bool
    # Expected generation speed on this computer (see CPU_BYTES_PER_SECOND).
    tokens_per_second: float = 0.0


def assess(entries: list[CatalogEntry], ram_bytes: int, vram_bytes: int = 0,
           n_ctx: int | None = None, *, gpu: bool | None = None) -> list[FitReport]:
    """Label each variant for a machine with ``ram_bytes`` (+ ``vram_bytes``) of memory.

    ``gpu``: whether generation runs on a GPU (default: when there is VRAM). On
    the CPU the recommendation is the biggest variant that fits and is still
    comfortable to read as it streams (13B at Q5_K_M on a CPU is too slow to
    enjoy); on a GPU, the biggest that fits.
    """
    budget = ram_bytes + vram_bytes
    labelled = []
    for entry in entries:
        needed = entry.memory_needed(n_ctx)
        fit = _fit(needed, budget)
        on_gpu = gpu if gpu is not None else 0 < needed <= vram_bytes
        speed = _speed(entry.bytes_per_token, on_gpu)
        labelled.append((entry, needed, fit, speed))
    candidates = [(entry, speed) for entry, _, fit, speed in labelled
                  if fit is Fit.FITS and entry.quantization in PREFERRED]
    comfortable = [c for c in candidates if c[1] >= COMFORTABLE_TOKENS_PER_SECOND]
    best: CatalogEntry | None
    if comfortable:  # the biggest, in the best quantization
        best = max(comfortable, key=lambda c: (c[0].parameters,
                                               -PREFERRED.index(c[0].quantization)))[0]
    else:  # nothing is comfortable here: the fastest that fits
        best = max(candidates, default=(None, 0.0), key=lambda c: c[1])[0]
    return [FitReport(entry, needed, fit, entry is best, speed)
            for entry, needed, fit, speed in labelled]


def _fit(needed: int, budget: int) -> Fit:
    return Fit.FITS if needed <= budget * 0.75 else Fit.TIGHT if needed <= budget \
        else Fit.TOO_LARGE


def _speed(file_bytes: int, on_gpu: bool) -> float:
    return (GPU_BYTES_PER_SECOND if on_gpu else CPU_BYTES_PER_SECOND) / max(file_bytes, 1)


# A file from the Hub before its architecture is read: its KV cache at a working
# context, guessed as this share of the file (Llama 3 8B at 8k tokens in f16: 1 GB of
# a 4.9 GB Q4_K_M).
KV_SHARE_UNKNOWN = 0.2


def estimate_file(file_bytes: int, ram_bytes: int, vram_bytes: int = 0) -> tuple[Fit, float]:
    """A Hub file's fit and expected tokens/s on this computer, by the catalog's rules
    (the same budget and bandwidth), before its architecture is known."""
    needed = int(file_bytes * (1 + KV_SHARE_UNKNOWN)) + OVERHEAD_BYTES
    return _fit(needed, ram_bytes + vram_bytes), _speed(file_bytes, 0 < needed <= vram_bytes)
