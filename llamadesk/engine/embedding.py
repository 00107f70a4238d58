"""Text to vectors with llama.cpp in embedding mode, for document collections.

An Embedder is anything with ``name``, ``dimensions``, ``count_tokens``,
``embed_documents`` and ``embed_query``: the indexer and retrieval take one as a
parameter, so tests can hand them a made-up one (vectors chosen by hand).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import llama_cpp

from llamadesk.engine.activity import EMBEDDING, LOADING
from llamadesk.engine.cpu_probe import EngineConfig
from llamadesk.engine.gguf_file import ModelFacts, read_model_facts
from llamadesk.engine.guard import EngineGuard, unguarded_choice
from llamadesk.engine.loading import open_llama
from llamadesk.engine.threads import headless
from llamadesk.errors import ModelLoadError

# Encoder architectures pool as their file says; a decoder (llama...) has no pooling
# of its own and is averaged over its tokens.
_ENCODERS = ("bert", "nomic-bert", "jina-bert-v2", "xlm-roberta", "modern-bert", "nomic-bert-moe")


class Embedder(Protocol):
    name: str
    dimensions: int

    def count_tokens(self, text: str) -> int: ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class LlamaEmbedder:
    """A GGUF embedding model (nomic-embed-text, bge, e5... or any model llama.cpp loads).

    ``document_prefix`` / ``query_prefix``: the task words some models were trained
    with ("search_document: " for nomic-embed-text, "passage: " for e5).
    """

    def __init__(self, path: Path, *, n_ctx: int = 512, n_threads: int | None = None,
                 document_prefix: str = "", query_prefix: str = "",
                 guard: EngineGuard | None = None) -> None:
        facts = read_model_facts(path)  # a damaged file is refused with a clear message
        pooling = (llama_cpp.LLAMA_POOLING_TYPE_UNSPECIFIED
                   if facts.architecture in _ENCODERS else llama_cpp.LLAMA_POOLING_TYPE_MEAN)
        n_ctx = min(n_ctx, facts.context_length or n_ctx)
        # The same protection as a chat model: a CPU that faults in repacked weights
        # would kill the indexer on its first chunk.
        choice = guard.prepare(facts) if guard is not None else unguarded_choice()
        self._watch: tuple[EngineGuard, ModelFacts, EngineConfig] | None = (
            (guard, facts, choice.config) if guard is not None else None)
        with self._watching(LOADING):
            try:
                self._llama = open_llama(
                    facts, n_ctx=n_ctx, gpu_layers=0, threads=headless(n_threads),
                    repack=choice.config.repack, embedding=True, pooling_type=pooling,
                    n_batch=n_ctx, n_ubatch=n_ctx)
            except ModelLoadError as error:
                raise ModelLoadError(f"{path.name} could not be loaded as an embedding "
                                     f"model: {error}") from error
        self.name = path.name
        self.context = n_ctx
        self.dimensions = int(self._llama.n_embd())
        self._document_prefix, self._query_prefix = document_prefix, query_prefix

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        with self._watching(EMBEDDING):
            return [self._embed(self._document_prefix + text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        with self._watching(EMBEDDING):
            return self._embed(self._query_prefix + text)

    def _watching(self, what: str) -> contextlib.AbstractContextManager[None]:
        if self._watch is None:
            return contextlib.nullcontext()
        guard, facts, config = self._watch
        return guard.watching("embedding", what, facts, config)

    def _embed(self, text: str) -> list[float]:
        # One text per call: llama-cpp-python's batched embed() mixes sequences of a
        # decoder model; one at a time is what the benchmark's bare loop does too.
        vector = self._llama.embed(text, truncate=True)
        values = [float(x) for x in (vector[0] if vector and isinstance(vector[0], list)
                                     else vector)]
        norm = math.sqrt(sum(x * x for x in values)) or 1.0
        return [x / norm for x in values]

    def close(self) -> None:
        self._llama.close()
