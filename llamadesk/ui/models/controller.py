"""Loading models into the worker: which one, its progress, its template, its failure."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from llamadesk.engine.options import LoadedModel, LoadOptions

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from llamadesk.engine.guard import EngineGuard
    from llamadesk.models.hashing import HashCache
    from llamadesk.models.registry import InstalledModel
    from llamadesk.settings import Settings
    from llamadesk.speculation_choice import SpeculationChoice
    from llamadesk.ui.models.bar import ModelBar
    from llamadesk.ui.models.dialog import ModelsDialog
    from llamadesk.ui.models.library import ModelLibrary
    from llamadesk.ui.worker import InferenceWorker


class ModelController(QObject):
    """Owns the model state; drives the model bar.

    Signals:
        load_starting(): a load is about to be asked for (a running reply must stop).
        state_changed(): loading, loaded, failed or cancelled.
        loaded(object LoadedModel), load_ended(): the load succeeded; it did not.
        failed(str message): the load failed; the message is for the user.
        status(str text): one line for the status bar.
        api_answered(): a request through the local API has been answered (it may
            have been kept in the history).
    """

    load_starting = Signal()
    state_changed = Signal()
    loaded = Signal(object)
    load_ended = Signal()
    failed = Signal(str)
    status = Signal(str)
    api_answered = Signal()

    def __init__(self, settings: Settings, library: ModelLibrary, worker: InferenceWorker,
                 model_bar: ModelBar, hash_cache: HashCache | None = None,
                 parent: QObject | None = None, guard: EngineGuard | None = None) -> None:
        super().__init__(parent)
        self.settings, self.library, self.worker = settings, library, worker
        self.model_bar, self.hash_cache = model_bar, hash_cache
        self.guard = guard
        self.model: LoadedModel | None = None
        self.model_path: str | None = None
        self.loading = False
        self.installed: list[InstalledModel] = []
        # The question asked after importing a vision model without its projector.
        self.projector_question: QMessageBox | None = None
        # The question asked when a pool worker vanished (tests find it here).
        self.pool_question: QMessageBox | None = None
        self._loading_name = ""
        self._cancel = threading.Event()
        model_bar.model_chosen.connect(self.load_model)
        model_bar.template_chosen.connect(self._on_template_chosen)
        model_bar.cancel_requested.connect(self.cancel_load)
        library.changed.connect(self.refresh)
        library.download_finished.connect(self._on_installed)
        library.import_finished.connect(self._on_installed)

    @property
    def ready(self) -> bool:
        return self.model is not None and not self.loading

    def load_options(self, path: str) -> LoadOptions:
        """How to load ``path``, from the settings (GPU layers, threads, context, template,
        speculative decoding)."""
        from llamadesk.engine.prompt import TemplateKind

        settings = self.settings
        layers = settings["gpu_layers"]
        template = settings["template_overrides"].get(path)
        speculation = settings.speculation_for(path)
        return LoadOptions(
            speculative=speculation.engine_mode(), speculative_tokens=speculation.tokens,
            n_ctx=settings["context_size"] or None,
            n_gpu_layers=None if layers == -2 else layers,
            main_gpu=settings["main_gpu"],
            n_threads=settings["threads"] or None, for_window=True,
            template=TemplateKind(template) if template else None,
            file_hash=self.hash_cache.sha256 if self.hash_cache else None, guard=self.guard,
            # A projector chosen at import for a model used where it is.
            projector=self.library.manager.projector_for(Path(path)),
            # Settings › Pool: paired on the worker's thread at load (ui/worker.py).
            pool_workers=tuple(settings["pool_workers"]) if settings["pool_use"] else ())

    def load_safely(self, path: str | Path) -> None:
        """After a crash: CPU only, and (the crash being recorded with the CPU probe)
        the engine configuration below the one that crashed."""
        self.load_model(path, replace(self.load_options(str(path)), n_gpu_layers=0))

    def load_model(self, path: str | Path, options: LoadOptions | None = None) -> None:
        self.load_starting.emit()
        path = str(Path(path).resolve())
        self.loading = True
        self._cancel = threading.Event()
        self.model_path = path
        self.state_changed.emit()
        self.worker.load_requested.emit(path, options or self.load_options(path), self._cancel)

    def choose_file(self, parent: QWidget) -> None:
        """File › Open model…: any GGUF on this computer, loaded where it is."""
        from llamadesk.ui.models.actions import choose_gguf_files

        choose_gguf_files(parent, self.tr("Open model"),
                          lambda paths: self.load_model(paths[0]), any_file=True)

    def cancel_load(self) -> None:
        if self.loading:
            self._cancel.set()

    def refresh(self) -> None:
        self.installed = self.library.manager.registry.all()
        self.model_bar.set_models(self.installed, self.model_path)

    def _on_template_chosen(self, value: str) -> None:
        """A per-model choice, kept in the settings; reloading applies it."""
        if self.model_path is None:
            return
        overrides = self.settings["template_overrides"]
        if value:
            overrides[self.model_path] = value
        else:
            overrides.pop(self.model_path, None)
        self.settings["template_overrides"] = overrides
        self._save_settings()
        self.load_model(self.model_path)

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as error:  # a full disk: the choice holds until quitting
            log.warning("Settings not saved: %s", error)

    def _on_installed(self, model: InstalledModel) -> None:
        from llamadesk.ui.models.projector_question import ask_for_projector

        self.refresh()
        self.status.emit(self.tr("%1 is installed.").replace("%1", model.name))
        window = self.parent()
        if isinstance(window, QWidget):  # a vision model without its projector: asked once
            self.projector_question = ask_for_projector(window, self.library, model)
        if self.model is None and not self.loading:
            self.load_model(model.path)

    # -- the worker's events (ui.wiring) --------------------------------------

    def on_load_started(self, path: str) -> None:
        self._loading_name = Path(path).name
        self.model_bar.show_loading(self._loading_name, 0.0)

    def on_load_progress(self, fraction: float) -> None:
        self.model_bar.show_loading(self._loading_name, fraction)

    def on_api_busy(self, busy: bool) -> None:
        self.model_bar.show_api_busy(busy)
        if not busy:
            self.api_answered.emit()

    def attach_dialog(self, dialog: ModelsDialog) -> None:
        """Models › …'s requests about models, answered here; and the model in use
        listed in it as it changes, even one opened from elsewhere."""
        dialog.load_chosen.connect(self.load_model)
        dialog.speed_requested.connect(
            lambda path, name: self.edit_speculation(dialog, path, name))
        self.state_changed.connect(dialog.refresh_installed)

    def edit_speculation(self, parent: QWidget, path: str, name: str) -> None:
        """Faster replies… for the model at ``path``: OK keeps the choice, and applies
        it to the loaded model from its next reply."""
        from llamadesk.ui.models.speculation_dialog import SpeculationDialog

        drafts = [model for model in self.library.manager.registry.all()
                  if model.path != path]
        dialog = SpeculationDialog(name, self.settings.speculation_for(path), drafts, parent)
        dialog.accepted.connect(lambda: self.set_speculation(path, dialog.choice()))
        dialog.open()

    def set_speculation(self, path: str, choice: SpeculationChoice) -> None:
        """A model's speculative decoding setting (ui/models/speculation_dialog.py):
        kept, and for the loaded model applied from its next reply (no reload)."""
        self.settings.set_speculation(path, choice)
        self._save_settings()
        if self.model is not None and self.model_path == path:
            self.worker.speculation_requested.emit(choice.engine_mode(), choice.tokens)

    def on_speculation_refused(self, message: str) -> None:
        from llamadesk.ui.errors import show_error

        show_error(self.model_bar.window(), message, self.tr("Draft model"))

    def on_pool_worker_lost(self, message: str, path: str, fits_here: bool) -> None:
        """A pool worker vanished mid-reply (the model is closed), or could not be
        paired for a load: loading the model on this computer alone is offered where it
        fits there; otherwise the way back is said."""
        self._unloaded()
        box = QMessageBox(self.model_bar.window())
        box.setObjectName("pool_worker_lost")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A pool computer cannot be used"))
        box.setText(message)
        name = Path(path).name
        if fits_here:
            box.setInformativeText(self.tr("%1 fits on this computer alone (more slowly). "
                                           "Load it here?").replace("%1", name))
            here = box.addButton(self.tr("Load here"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(here)

            def answered(button: object) -> None:
                if button is here:
                    self.load_model(path, replace(self.load_options(path), pool_workers=()))
            box.buttonClicked.connect(answered)
        else:
            box.setInformativeText(self.tr(
                "%1 does not fit on this computer alone. Start the pool on that computer "
                "again, then load the model.").replace("%1", name))
            box.addButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.pool_question = box

    def on_model_loaded(self, info: LoadedModel) -> None:
        self.loading = False
        self.model = info
        if self.model_path is not None:
            self.settings["last_model"] = self.model_path
            self._save_settings()
        self.refresh()
        self.model_bar.set_template(
            self.settings["template_overrides"].get(self.model_path or "", ""))
        self.state_changed.emit()
        self.loaded.emit(info)

    def on_load_cancelled(self) -> None:
        self._unloaded()

    def on_load_failed(self, message: str) -> None:
        self._unloaded()
        self.failed.emit(message)

    def _unloaded(self) -> None:
        self.loading = False
        self.model = None
        self.model_path = None
        self.refresh()
        self.state_changed.emit()
        self.load_ended.emit()

    @property
    def loading_name(self) -> str:
        return self._loading_name
