"""The errors a user can act on.

Each carries a message written for the user: the GUI shows it as is, the CLI
prints it on one line. Anything that is not a LlamaDeskError is a bug and goes
to the crash handler instead.
"""

from __future__ import annotations

from llamadesk.notes import QT_TRANSLATE_NOOP, Note


class LlamaDeskError(Exception):
    """Base class: ``str(error)`` is the message for the user."""


class ModelLoadError(LlamaDeskError):
    """The model file could not be opened, read or loaded."""


class GenerationError(LlamaDeskError):
    """llama.cpp failed while producing a reply."""


class PoolWorkerLost(GenerationError):
    """A pool worker stopped answering while the model used it: the reply so far is
    kept as interrupted, and the model must be loaded again (without that worker)."""

    def __init__(self, worker: str) -> None:
        super().__init__(Note(QT_TRANSLATE_NOOP(
            "messages", "The pool worker %1 stopped answering, so the reply stops here; it "
            "is kept, marked interrupted. Load the model again to go on."), worker))
        self.worker = worker


class StorageError(LlamaDeskError):
    """The history could not be read or written (disk full, file locked...)."""


class DownloadError(LlamaDeskError):
    """A model download failed."""


class LicenseError(LlamaDeskError):
    """A license must be accepted first."""


class Cancelled(LlamaDeskError):
    """The user cancelled; never shown as an error."""
