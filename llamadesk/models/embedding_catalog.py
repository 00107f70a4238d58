"""The embedding models that document collections are built with, and how each fits.

They come from the Hub like the chat models, through the same verified,
resumable downloads. Their licenses (Apache 2.0, MIT) ask for no acceptance:
they are shown, not gated. Each model reads documents and questions with the
task words it was trained with, so the entry carries them to the embedder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from llamadesk.models.catalog import Fit

# Beside the file: llama.cpp's context and compute buffers for a 512-token batch.
EMBEDDING_OVERHEAD_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True)
class EmbeddingEntry:
    id: str
    name: str
    repo: str
    files: tuple[str, ...]
    filename: str
    license: str
    license_name: str
    parameters: int
    estimated_bytes: int
    dimensions: int
    context_length: int
    languages: str
    document_prefix: str
    query_prefix: str
    recommended: bool

    # All three are Q8_0: small enough that the smaller quantizations save little.
    quantization: str = "Q8_0"

    @property
    def estimated_file_bytes(self) -> int:
        return self.estimated_bytes

    @property
    def memory_needed(self) -> int:
        return self.estimated_bytes + EMBEDDING_OVERHEAD_BYTES

    def fit(self, ram_bytes: int) -> Fit:
        needed = self.memory_needed
        return Fit.FITS if needed <= ram_bytes * 0.25 else Fit.TIGHT \
            if needed <= ram_bytes * 0.5 else Fit.TOO_LARGE


def load_embedding_catalog() -> list[EmbeddingEntry]:
    raw = resources.files("llamadesk.resources").joinpath("embedding_catalog.json")
    return [EmbeddingEntry(**{**item, "files": tuple(item["files"])})
            for item in json.loads(raw.read_text("utf-8"))["entries"]]


def find_embedding_entry(entry_id: str) -> EmbeddingEntry | None:
    return next((e for e in load_embedding_catalog() if e.id == entry_id), None)


def prefixes_for(filename: str) -> tuple[str, str]:
    """(document prefix, query prefix) of a catalog model's file; none for others."""
    entry = next((e for e in load_embedding_catalog() if e.filename == filename), None)
    return ("", "") if entry is None else (entry.document_prefix, entry.query_prefix)
