"""The bar above the chat: which model, how it runs, and how full its context is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from llamadesk.engine.options import LoadedModel
from llamadesk.engine.prompt import TemplateKind, choose_template
from llamadesk.models.registry import InstalledModel
from llamadesk.notes import BASE_MODEL, CONTEXT_SIZE, GPU_OFF
from llamadesk.ui import formats
from llamadesk.ui.messages import translated

_OPEN_FILE = "__open_file__"
_MANAGE = "__manage__"


class ModelBar(QWidget):
    """Signals: model_chosen(str path), open_file_requested(), manage_requested(),
    template_chosen(str TemplateKind value, or "" for automatic), cancel_requested()."""

    model_chosen = Signal(str)
    open_file_requested = Signal()
    manage_requested = Signal()
    template_chosen = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("model_bar")
        self._updating = False

        self.picker = QComboBox()
        self.picker.setObjectName("model_picker")
        self.picker.setMinimumContentsLength(8)  # it stretches where there is room
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.activated.connect(self._on_picked)
        self.template = QComboBox()
        self.template.setObjectName("template_picker")
        # As wide as its longest entry: "Template: automatic (plain text)" was cut.
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._kind_names = {TemplateKind.LLAMA2: self.tr("Llama 2"),
                            TemplateKind.JINJA: self.tr("the model's own"),
                            TemplateKind.PLAIN: self.tr("plain text")}
        self.template.addItem(self.tr("Template: automatic"), "")
        for kind, name in self._kind_names.items():
            self.template.addItem(self.tr("Template: %1").replace("%1", name), kind.value)
        self.template.setToolTip(self.tr("How messages are put to this model. Automatic "
                                         "reads it from the model file; the choice is kept "
                                         "for this model."))
        self.template.activated.connect(self._on_template)
        self.progress = QProgressBar()
        self.progress.setObjectName("load_progress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel = QToolButton()
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop loading the model (Esc)"))
        self.cancel.clicked.connect(self.cancel_requested)
        self.cancel.hide()
        self.backend = QLabel()
        self.backend.setObjectName("backend_label")
        # While a program is answered through the local API, the model is taken.
        self.api_busy = QLabel(self.tr("API"))
        self.api_busy.setObjectName("api_busy")
        self.api_busy.setToolTip(self.tr("Answering a program through the local API; "
                                         "your next message waits its turn"))
        self.api_busy.hide()
        self._shown: LoadedModel | None = None  # what show_loaded last showed
        self.used_tokens = 0  # the conversation on screen's, as last shown
        self.context = QProgressBar()
        self.context.setObjectName("context_meter")
        self.context.setMinimumWidth(110)
        # As wide as "8,000 / 16,384 tokens" where there is room (a meter at its
        # narrowest wrapped the text onto two lines, half hidden).
        self.context.setMaximumWidth(self.fontMetrics().horizontalAdvance(
            self.tr("%1 / %2 tokens").replace("%1", formats.number(8_000))
            .replace("%2", formats.number(16_384))) + 24)
        # A thin bar; the numbers are in its tooltip and its accessible text.
        self.context.setTextVisible(False)
        self.context.setFormat(self.tr("Context: no model"))
        self.context.setValue(0)
        self.notes = QLabel()
        self.notes.setObjectName("model_notes")
        # One line, cut with "…" where the window is narrow: never a second line
        # pushing the chat down.
        self.notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._notes_text = ""
        self.notes.hide()
        for widget, name, description in (
            (self.picker, self.tr("Model"), self.tr("Choose the model to chat with")),
            (self.template, self.tr("Prompt template"), self.template.toolTip()),
            (self.progress, self.tr("Loading"), self.tr("How far the model has loaded")),
            (self.backend, self.tr("Backend"), self.tr("Where the model runs: CPU or GPU")),
            (self.context, self.tr("Context"), self.tr("Tokens used of the context window")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 2)
        row.addWidget(self.template)
        row.addWidget(self.progress)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.api_busy)
        row.addWidget(self.backend)
        row.addWidget(self.context, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notes)

    def set_models(self, models: list[InstalledModel], current: str | None) -> None:
        """The installed models, with ``current`` (a path) selected."""
        self._updating = True
        self.picker.clear()
        if not models and current is None:
            self.picker.addItem(self.tr("No model installed"), None)
        for model in models:
            self.picker.addItem(f"{model.name} · {model.quantization}", model.path)
        if current is not None and self.picker.findData(current) < 0:
            self.picker.addItem(current.rsplit("/", 1)[-1], current)
        self.picker.insertSeparator(self.picker.count())
        self.picker.addItem(self.tr("Open a GGUF file…"), _OPEN_FILE)
        self.picker.addItem(self.tr("Manage models…"), _MANAGE)
        index = self.picker.findData(current) if current is not None else 0
        self.picker.setCurrentIndex(max(0, index))
        self._current = current
        self._updating = False

    def _on_picked(self, index: int) -> None:
        data = self.picker.itemData(index)
        if data == _OPEN_FILE:
            self.open_file_requested.emit()
        elif data == _MANAGE:
            self.manage_requested.emit()
        elif data and data != self._current:
            self.model_chosen.emit(data)
            return
        # Menu entries are actions, not choices: show the model again.
        self._updating = True
        self.picker.setCurrentIndex(max(0, self.picker.findData(self._current)))
        self._updating = False

    def _on_template(self, _index: int) -> None:
        if not self._updating:
            self.template_chosen.emit(self.template.currentData())

    def set_template(self, value: str) -> None:
        self._updating = True
        self.template.setCurrentIndex(max(0, self.template.findData(value)))
        self._updating = False

    def show_loading(self, name: str, fraction: float) -> None:
        self._shown = None
        self.progress.show()
        self.cancel.show()
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(self.tr("Loading %1… %p%").replace("%1", name))
        self.backend.clear()

    def show_loaded(self, info: LoadedModel | None) -> None:
        self.progress.hide()
        self.cancel.hide()
        if info is not None and info is self._shown:
            return  # the window's state moved, not the model: the context meter stays
        self._shown = info
        # What "automatic" chose for this model, in the picker itself.
        automatic = self.tr("Template: automatic")
        if info is not None:
            chosen = choose_template(info.facts.architecture, info.facts.chat_template)
            automatic = self.tr("Template: automatic (%1)").replace(
                "%1", self._kind_names[chosen])
        self.template.setItemText(0, automatic)
        if info is None:
            self.backend.setText(self.tr("No model loaded"))
            self.notes.hide()
            self.show_context(self.used_tokens, 0)
            return
        layers = info.facts.layer_count
        if info.backend == "CPU" or info.n_gpu_layers == 0:
            self.backend.setText(self.tr("CPU"))
        else:
            offloaded = self.tr("all layers") if info.n_gpu_layers < 0 else \
                self.tr("%1 of %2 layers").replace("%1", str(info.n_gpu_layers)).replace(
                    "%2", str(layers + 1)) if layers else \
                self.tr("%1 layers").replace("%1", str(info.n_gpu_layers))
            self.backend.setText(f"{info.backend} · {offloaded}")
        sight = self.tr("Cannot read images: %1").replace("%1", translated(
            info.no_images or "")) if info.projector is None else self.tr(
            "Reads images (projector %1)").replace("%1", info.projector.name)
        if info.projector is not None:
            self.backend.setText(self.backend.text() + " \u00b7 " + self.tr("sees images"))
        self.backend.setToolTip(self.tr("Prompt template: %1").replace(
            "%1", info.template.value) + "\n" + sight)
        # Why the GPU is not (fully) used, or the context was lowered: said, not hidden,
        # in one line; the whole of it, and where to change it, on hover.
        self._notes_text = " ".join(translated(note) for note in info.notes)
        hints = [self._hint(note) for note in info.notes]
        self.notes.setToolTip("\n".join(
            [translated(note) for note in info.notes] + [hint for hint in hints if hint]))
        self._elide_notes()
        self.notes.setVisible(bool(info.notes))
        self.show_context(self.used_tokens, info.n_ctx)

    def _hint(self, note: str) -> str:
        """Where the window changes what a note is about (the terminal names flags)."""
        topic = getattr(note, "topic", "")
        if topic == CONTEXT_SIZE:
            return self.tr("Settings › App › Context size sets a larger one, if memory allows.")
        if topic == GPU_OFF:
            return self.tr("Settings › App › GPU layers turns it back on.")
        if topic == BASE_MODEL:
            return self.tr("Its replies are capped and repetition is penalised: "
                           "Settings › New chats › Models without a chat template.")
        return ""

    def _elide_notes(self) -> None:
        width = max(self.contentsRect().width(), 40)
        self.notes.setText(self.notes.fontMetrics().elidedText(
            self._notes_text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide_notes()

    def show_api_busy(self, busy: bool) -> None:
        self.api_busy.setVisible(busy)

    def show_context(self, used: int, n_ctx: int) -> None:
        # Kept: the conversation's figure outlives a model loaded after it was shown.
        self.used_tokens = used
        if n_ctx <= 0:
            self.context.setRange(0, 1)
            self.context.setValue(0)
            self.context.setFormat(self.tr("Context: no model"))
        else:
            self.context.setRange(0, n_ctx)
            self.context.setValue(min(used, n_ctx))
            self.context.setFormat(self.tr("%1 / %2 tokens").replace(
                "%1", formats.number(used)).replace("%2", formats.number(n_ctx)))
        # The bar draws no text: its figures on hover, and for screen readers.
        self.context.setToolTip(self.context.format())
        self.context.setAccessibleDescription(self.context.format())
