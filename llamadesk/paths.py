"""Every place LlamaDesk reads or writes, decided in one module.

By default platformdirs picks the OS-conventional folders. ``--data-dir`` or
``LLAMADESK_DATA_DIR`` puts *all* state (database, settings, models, logs)
under one folder instead, which tests and portable installs rely on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from llamadesk import APP_ID

DATA_DIR_ENV = "LLAMADESK_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Resolved locations; create them with :meth:`ensure`."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    models_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def documents_database(self) -> Path:
        """Document collections: their files, chunks, vectors and keyword index."""
        return self.data_dir / "documents.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def hash_cache(self) -> Path:
        return self.data_dir / "model-hashes.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "llamadesk.log"

    @property
    def fault_log(self) -> Path:
        """Python's faulthandler writes here when the process dies by a signal."""
        return self.log_dir / "faults.log"

    @property
    def engine_probe_file(self) -> Path:
        """Which CPU backend and weight layout run safely here (engine/cpu_probe.py)."""
        return self.data_dir / "engine-probe.json"

    @property
    def engine_activity_dir(self) -> Path:
        """What the engine is doing right now, to find a crash (engine/activity.py)."""
        return self.data_dir / "engine-activity"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Paths for an explicit data dir, the environment variable, or the OS defaults."""
        chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
        if chosen is not None:
            root = Path(chosen).expanduser().resolve()
            return cls(
                data_dir=root,
                config_dir=root,
                log_dir=root / "logs",
                models_dir=root / "models",
            )
        data = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
        return cls(
            data_dir=data,
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
            models_dir=data / "models",
        )

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.models_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self
