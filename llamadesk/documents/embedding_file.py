"""Finding the embedding model that built a collection.

A collection remembers its model's file by path and SHA-256. The path is tried
first; a file of the same name in the models folder is taken only when its bytes
are the same (a different model's vectors cannot be compared with the stored
ones). Without either, searching goes on by keyword alone.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

from llamadesk.documents.store import Collection, ModelFile


def model_file(path: Path) -> ModelFile:
    """The file as a collection remembers it: about a second for a 300 MB model."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return ModelFile(str(path.resolve()), digest.hexdigest())


def locate(collection: Collection, models_dir: Path) -> Path | None:
    """The collection's embedding model on this computer, or None."""
    remembered = collection.embedding_file
    if remembered is not None and Path(remembered.path).is_file():
        return Path(remembered.path)
    in_folder = models_dir / collection.embedding_model
    if not in_folder.is_file():
        return None
    if remembered is not None and model_file(in_folder).sha256 != remembered.sha256:
        return None  # the same name, another model
    return in_folder


def where_it_was(collection: Collection) -> str:
    """The model's file for a message: its remembered path, else its name."""
    remembered = collection.embedding_file
    return remembered.path if remembered is not None else collection.embedding_model


class ModelKind(Enum):
    """What a GGUF file says it is made for, as far as building a collection goes."""

    EMBEDDING = "embedding"  # it names a pooling, or is an encoder
    CHAT = "chat"  # a chat template and no pooling: it writes replies
    UNMARKED = "unmarked"  # neither: perhaps an embedding model with sparse metadata


def model_kind(path: Path) -> ModelKind:
    """Read from the file's header (milliseconds, the weights untouched). Raises
    LlamaDeskError, in a sentence, for a file that is not a readable GGUF."""
    from llamadesk.engine.gguf_file import read_model_facts

    facts = read_model_facts(path)
    if facts.is_embedding_model:
        return ModelKind.EMBEDDING
    return ModelKind.CHAT if facts.chat_template else ModelKind.UNMARKED


def kind_warning(path: Path, kind: ModelKind) -> str | None:
    """A sentence for a model that should not, or may not, build a collection."""
    if kind is ModelKind.CHAT:
        return (f"{path.name} is a chat model: it writes replies, it does not turn text into "
                "vectors for search, so passages would be found poorly. Use an embedding "
                "model (`llamadesk models catalog --embedding` lists some).")
    if kind is ModelKind.UNMARKED:
        return (f"{path.name} does not say it is an embedding model (its file names no "
                "pooling); passages may be found poorly.")
    return None
