"""The model manager: catalog downloads, imports, verification, deletion, discovery."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from llamadesk.engine.prompt import choose_template
from llamadesk.errors import DownloadError, LlamaDeskError
from llamadesk.models.catalog import CatalogEntry
from llamadesk.models.discover import projector_file_name
from llamadesk.models.downloader import Downloader, DownloadProgress
from llamadesk.models.embedding_catalog import EmbeddingEntry
from llamadesk.models.hashing import HashCache, sha256_file
from llamadesk.models.license import LicenseStore, needs_acceptance
from llamadesk.models.registry import InstalledModel, Registry, model_id, now_iso
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

if TYPE_CHECKING:
    from llamadesk.engine.gguf_file import ModelFacts
    from llamadesk.models.discover import FileChoice, RepoFile, RepoListing

log = logging.getLogger(__name__)


class ModelManager:
    def __init__(self, models_dir: Path, licenses: LicenseStore, *,
                 token: str | None = None, downloader: Downloader | None = None,
                 hashes: HashCache | None = None) -> None:
        self.models_dir = models_dir
        self.registry = Registry(models_dir)
        # The SHA-256 of each model installed goes here too, so that loading it (which
        # records the hash with every reply) never reads gigabytes to hash them again.
        self.hashes = hashes
        if hashes is not None:
            self.seed_hashes()
        self.licenses = licenses
        # Public: the GUI sets it before each download, so a token saved meanwhile counts.
        self.token = token
        self.downloader = downloader or Downloader(models_dir)

    # -- downloads -----------------------------------------------------------

    def download(self, entry: CatalogEntry | EmbeddingEntry,
                 progress: Callable[[DownloadProgress], None] = lambda _: None,
                 cancel: threading.Event | None = None) -> InstalledModel:
        """License first, then metadata from the Hub, then verified bytes."""
        # Imported when used: the window starts without the Hub client or numpy.
        from llamadesk.engine.gguf_file import read_model_facts
        from llamadesk.models.hub import Hub

        accepted = self.licenses.require(entry.license) \
            if needs_acceptance(entry.license) else None
        hub = Hub(token=self.token)
        targets = [hub.target(entry.repo, name) for name in entry.files]
        if isinstance(entry, CatalogEntry) and entry.projector:  # a vision model's
            projector = hub.target(entry.repo, entry.projector)
            targets.append(replace(projector,
                                   filename=projector_file_name(entry.filename)))
        parts = [self.downloader.fetch(target, progress, cancel) for target in targets]
        if isinstance(entry, CatalogEntry) and entry.projector:
            parts.pop()  # stored beside the model, not a part of it
        if len(parts) > 1:  # the 70B Q6_K/Q8_0 files come in parts over the Hub's size limit
            final = self.models_dir / entry.filename
            sha256 = self._join(parts, final)
        else:
            final, sha256 = parts[0], targets[0].sha256  # verified as it arrived
        return self._register(final, read_model_facts(final), sha256, "download", entry,
                              accepted.sha256 if accepted else None,
                              accepted.accepted_at.isoformat() if accepted else None)

    def download_from_hub(self, listing: RepoListing, choice: FileChoice,
                          projector: RepoFile | None = None,
                          progress: Callable[[DownloadProgress], None] = lambda _: None,
                          cancel: threading.Event | None = None) -> InstalledModel:
        """A file chosen on the Hub (models/discover.py): every part of a split model,
        each verified against the SHA-256 it was listed with, kept side by side and
        loaded from the first; a vision model's projector beside it."""
        from llamadesk.engine.gguf_file import read_model_facts
        from llamadesk.models.hub import Hub

        if choice.problem is not None:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 cannot be downloaded: %2."), choice.label, choice.problem))
        accepted = self.licenses.require(str(listing.license)) \
            if needs_acceptance(listing.license) else None
        hub = Hub(token=self.token)
        wanted = [*choice.files, *([projector] if projector is not None else [])]
        targets = [hub.target(listing.repo, f.name) for f in wanted]
        for listed, target in zip(wanted, targets, strict=True):
            if (target.size, target.sha256) != (listed.size, listed.sha256):
                raise DownloadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "%1 changed on the Hub since it was listed (its size or "
                    "hash is not the same): look at the repository again."), listed.name))
        if projector is not None:  # beside the model, named for it
            targets[-1] = replace(targets[-1],
                                  filename=projector_file_name(choice.first.name))
        paths = [self.downloader.fetch(target, progress, cancel) for target in targets]
        first = paths[0]
        model = self._register(first, read_model_facts(first), targets[0].sha256, "hub", None,
                               accepted.sha256 if accepted else None,
                               accepted.accepted_at.isoformat() if accepted else None)
        model = replace(model, repo=listing.repo, license=listing.license,
                        size=sum(p.stat().st_size for p in paths[:len(choice.files)]))
        self.registry.put(model)
        return model

    def _join(self, parts: list[Path], final: Path) -> str:
        """Join split parts (each verified) into one file, hashing as it is written."""
        digest = hashlib.sha256()
        temporary = final.with_name(final.name + ".joining")
        with temporary.open("wb") as out:
            for part in parts:
                with part.open("rb") as source:
                    while block := source.read(4 << 20):
                        out.write(block)
                        digest.update(block)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, final)
        for part in parts:
            part.unlink()
        return digest.hexdigest()

    # -- imports -------------------------------------------------------------

    def set_projector(self, ident: str, projector: Path | None, *, copy: bool) -> InstalledModel:
        """A vision model's projector: copied beside a model kept in the models folder
        (named for it), or recorded where it is for a model used in place. None: the
        user said not now (asked once)."""
        from llamadesk.engine.vision import check_projector

        model = self._get(ident)
        if projector is None:
            model = replace(model, projector_asked=True)
        else:
            check_projector(projector)
            chosen = projector.resolve()
            if copy:
                target = Path(model.path).with_name(projector_file_name(Path(model.path).name))
                temporary = target.with_name(target.name + ".copying")
                try:
                    shutil.copyfile(projector, temporary)
                    os.replace(temporary, target)
                except OSError as error:  # a full or read-only disk: said, nothing half-made
                    temporary.unlink(missing_ok=True)
                    raise LlamaDeskError(Note(QT_TRANSLATE_NOOP(
                        "messages", "The projector could not be copied beside the model: "
                        "%1"), error.strerror or str(error))) from None
                chosen = target
            model = replace(model, projector=str(chosen), projector_asked=True)
        self.registry.put(model)
        return model

    def projector_for(self, path: Path) -> Path | None:
        """The projector chosen for the installed model at ``path``, if any."""
        model = self.registry.by_path(path)
        return Path(model.projector) if model is not None and model.projector else None

    def import_file(self, path: Path, *, copy: bool,
                    progress: Callable[[int, int], None] = lambda done, total: None
                    ) -> InstalledModel:
        """Validate a local GGUF, hash it, and register it (copied in, or where it is)."""
        from llamadesk.engine.gguf_file import read_model_facts

        facts = read_model_facts(path)  # a clear ModelLoadError for bad files
        sha256 = sha256_file(path, progress=progress)
        assert sha256 is not None
        target = path.resolve()
        if copy:
            target = self.models_dir / path.name
            if target.exists():
                raise LlamaDeskError(Note(QT_TRANSLATE_NOOP(
                    "messages", "%1 is already in the models folder."), target.name))
            self.models_dir.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(target.name + ".copying")
            shutil.copyfile(path, temporary)
            os.replace(temporary, target)
            facts = replace(facts, path=target)
        return self._register(target, facts, sha256,
                              "import-copy" if copy else "import-in-place", None)

    def discover(self, roots: list[Path] | None = None) -> list[Path]:
        """GGUF files already on this computer: the Hugging Face cache and LM Studio."""
        home = Path.home()
        roots = roots or [home / ".cache" / "huggingface" / "hub", home / ".lmstudio" / "models",
                          home / ".cache" / "lm-studio" / "models"]
        known = {m.path for m in self.registry.all()}
        found = []
        for root in roots:
            if root.is_dir():
                for path in sorted(root.rglob("*.gguf")):
                    if path.is_file() and str(path.resolve()) not in known:
                        found.append(path)
        return found

    # -- library -------------------------------------------------------------

    def verify(self, ident: str) -> bool:
        model = self._get(ident)
        actual = sha256_file(Path(model.path))
        ok = actual == model.sha256
        if ok:
            self.registry.touch(ident, verified_at=now_iso())
        return ok

    def delete(self, ident: str, loaded_path: Path | None = None) -> None:
        model = self._get(ident)
        if loaded_path is not None and Path(model.path) == loaded_path.resolve():
            raise LlamaDeskError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 is loaded. Load another model or close it first."), model.name))
        if model.source != "import-in-place":  # never delete a file we only referenced
            for path in split_parts(Path(model.path)):
                path.unlink(missing_ok=True)
        self.registry.remove(ident)

    def resolve(self, reference: str) -> Path:
        """An installed model's id, or a path: what every --model accepts."""
        model = self.registry.get(reference)
        if model is not None:
            self.registry.touch(model.id, last_used=now_iso())
            return Path(model.path)
        return Path(reference).expanduser()

    def _get(self, ident: str) -> InstalledModel:
        model = self.registry.get(ident)
        if model is None:
            raise LlamaDeskError(Note(QT_TRANSLATE_NOOP(
                "messages", "No installed model has the id %1 (see `llamadesk models list`)."),
                repr(ident)))
        return model

    def _register(self, path: Path, facts: ModelFacts, sha256: str, source: str,
                  entry: CatalogEntry | EmbeddingEntry | None, license_sha: str | None = None,
                  accepted_at: str | None = None) -> InstalledModel:
        model = InstalledModel(
            id=entry.id if entry else model_id(path.name),
            name=entry.name if entry else facts.name,
            path=str(path.resolve()),
            size=path.stat().st_size,
            sha256=sha256,
            quantization=facts.quantization,
            parameters=facts.parameter_count,
            context_length=facts.context_length,
            architecture=facts.architecture,
            template=choose_template(facts.architecture, facts.chat_template).value,
            license=entry.license if entry else None,
            source=source,
            repo=entry.repo if entry else None,
            installed_at=now_iso(),
            verified_at=now_iso(),
            license_sha256=license_sha,
            license_accepted_at=accepted_at,
        )
        self.registry.put(model)
        if self.hashes is not None:
            self.hashes.put(path, sha256)
        return model

    def seed_hashes(self) -> None:
        """Hashes of installed models the cache does not know yet (installed before it
        was seeded), taken from the registry while the file still has the size recorded."""
        assert self.hashes is not None
        known = []
        for model in self.registry.all():
            path = Path(model.path)
            try:
                if path.stat().st_size == model.size:
                    known.append((path, model.sha256))
            except OSError:
                continue
        self.hashes.put_missing(known)


def split_parts(first: Path) -> list[Path]:
    """A model's files: every part of a split model (``-00001-of-00003.gguf``, loaded
    from the first and kept side by side), else the file itself."""
    from llamadesk.models.discover import split_name

    found = split_name(first.name)
    if found is None or found[1] != 1:
        return [first]
    stem, _, count = found
    return [first.with_name(f"{stem}-{n:05d}-of-{count:05d}.gguf") for n in range(1, count + 1)]
