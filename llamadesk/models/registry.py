"""Installed models: a small JSON registry in the models folder (written atomically)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from llamadesk.errors import LlamaDeskError
from llamadesk.jsonfile import read_json, write_json
from llamadesk.notes import QT_TRANSLATE_NOOP, Note


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@dataclass(frozen=True)
class InstalledModel:
    id: str
    name: str
    path: str
    size: int
    sha256: str
    quantization: str
    parameters: int
    context_length: int | None
    architecture: str
    template: str
    license: str | None
    source: str  # "download", "import-copy" or "import-in-place"
    repo: str | None
    installed_at: str
    verified_at: str | None
    last_used: str | None = None
    license_sha256: str | None = None
    license_accepted_at: str | None = None
    # A vision model's projector chosen where it is (engine/vision.py finds one beside
    # the model by itself), and whether the user was asked for it already.
    projector: str | None = None
    projector_asked: bool = False


def model_id(name: str) -> str:
    """A short id a person can type: the file name without .gguf, lower case."""
    stem = re.sub(r"\.gguf$", "", name, flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-")


class Registry:
    def __init__(self, models_dir: Path) -> None:
        self._file = models_dir / "registry.json"

    def all(self) -> list[InstalledModel]:
        items = read_json(self._file, [])
        try:
            return [InstalledModel(**item) for item in items]
        except TypeError as error:
            raise LlamaDeskError(Note(QT_TRANSLATE_NOOP(
                "messages", "The list of installed models is damaged (%1)."), error)) from None

    def get(self, ident: str) -> InstalledModel | None:
        return next((m for m in self.all() if m.id == ident), None)

    def by_path(self, path: Path) -> InstalledModel | None:
        resolved = str(path.resolve())
        return next((m for m in self.all() if m.path == resolved), None)

    def put(self, model: InstalledModel) -> None:
        models = [m for m in self.all() if m.id != model.id] + [model]
        self._write(models)

    def remove(self, ident: str) -> None:
        self._write([m for m in self.all() if m.id != ident])

    def touch(self, ident: str, **changes: str | None) -> None:
        current = self.get(ident)
        if current is not None:
            self.put(replace(current, **changes))  # type: ignore[arg-type]

    def _write(self, models: list[InstalledModel]) -> None:
        write_json(self._file, [asdict(m) for m in models])
