"""Finding the embedding model that built a collection.

A collection remembers its model's file by path and SHA-256. The path is tried
first; a file of the same name in the models folder is taken only when its bytes
are the same (a different model's vectors cannot be compared with the stored
ones). Without either, searching goes on by keyword alone.
"""

from __future__ import annotations

import hashlib
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
