"""Settings: this conversation, the defaults for new chats, and the app.

The dialog only edits; Settings (the declarative table) and the history store
the values, and the window applies them.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from llamadesk.engine.backends import has_gpu_module
from llamadesk.engine.options import PRESETS
from llamadesk.errors import LlamaDeskError
from llamadesk.paths import AppPaths
from llamadesk.sampling import SAMPLING_BOUNDS, SamplingChoice, sampling_for
from llamadesk.settings import Settings, sampling_from
from llamadesk.storage.repository import HistoryRepository
from llamadesk.ui.errors import report_error
from llamadesk.ui.i18n import LANGUAGES as SHIPPED

if TYPE_CHECKING:
    from llamadesk.ui.pool.lending import PoolLending
    from llamadesk.ui.pool.settings_page import PoolPage
    from llamadesk.ui.server.control import ApiServerControl
    from llamadesk.ui.server.settings_page import ApiServerPage
    from llamadesk.ui.tools.control import ToolsControl
    from llamadesk.ui.tools.settings_page import ToolsPage

# "Follow the system", then each shipped language by its own name.
LANGUAGES = {"system": "", **SHIPPED}


class SamplingEditor(QWidget):
    """A system prompt, a preset and the individual values that refine it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText(self.tr("For example: Answer briefly, in "
                                                      "plain English."))
        self.system_prompt.setMaximumHeight(90)
        self.preset = QComboBox()
        for key, label in (("precise", self.tr("Precise")), ("balanced", self.tr("Balanced")),
                           ("creative", self.tr("Creative"))):
            self.preset.addItem(label, key)
        self.preset.activated.connect(lambda _: self._show_preset())
        self.values: dict[str, QDoubleSpinBox | QSpinBox] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("System prompt:"), self.system_prompt)
        form.addRow(self.tr("Preset:"), self.preset)
        labels = {"temperature": self.tr("Temperature:"), "top_p": self.tr("Top-p:"),
                  "top_k": self.tr("Top-k (0: off):"), "min_p": self.tr("Min-p:"),
                  "repeat_penalty": self.tr("Repeat penalty:")}
        # The bounds are the core's (llamadesk/sampling.py); only the labels are here.
        for key, (low, high, step) in SAMPLING_BOUNDS.items():
            label = labels[key]
            box: QDoubleSpinBox | QSpinBox
            if isinstance(step, int):
                box = QSpinBox()
                box.setRange(int(low), int(high))
            else:
                box = QDoubleSpinBox()
                box.setRange(low, high)
                box.setSingleStep(step)
                box.setDecimals(2)
            box.setObjectName(key)
            form.addRow(label, box)
            self.values[key] = box
        self.system_prompt.setAccessibleName(self.tr("System prompt"))
        self.preset.setAccessibleName(self.tr("Sampling preset"))

    def _show_preset(self) -> None:
        params = asdict(PRESETS[self.preset.currentData()])
        for key, box in self.values.items():
            box.setValue(params[key])

    def load(self, system_prompt: str | None, preset: str, overrides: dict[str, Any]) -> None:
        self.system_prompt.setPlainText(system_prompt or "")
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
        params = asdict(sampling_from(preset, overrides))
        for key, box in self.values.items():
            box.setValue(params[key])

    def result(self) -> tuple[str, str, dict[str, Any]]:
        """The system prompt, the preset, and the values that differ from the preset."""
        preset = self.preset.currentData()
        base = asdict(PRESETS[preset])
        changed = {key: box.value() for key, box in self.values.items()
                   if abs(box.value() - base[key]) > 1e-9}
        return self.system_prompt.toPlainText().strip(), preset, changed


class SettingsDialog(QDialog):
    """Signals: applied() after OK has stored the values."""

    applied = Signal()

    def __init__(self, settings: Settings, paths: AppPaths, repository: HistoryRepository,
                 conversation_id: int | None, parent: QWidget | None = None,
                 api_server: ApiServerControl | None = None,
                 tools: ToolsControl | None = None,
                 pool: PoolLending | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.repository = repository
        self.conversation_id = conversation_id
        self.tabs = QTabWidget()

        self.conversation = SamplingEditor()
        if conversation_id is not None:
            record = repository.get_conversation(conversation_id)
            # What the conversation samples with, as the window and the terminal decide.
            choice = sampling_for(record.sampling, settings.default_choice())
            self.conversation.load(record.system_prompt, choice.preset, dict(choice.overrides))
            self.tabs.addTab(self.conversation, self.tr("This conversation"))

        self.defaults = SamplingEditor()
        self.defaults.load(settings["default_system_prompt"], settings["default_preset"],
                           settings["default_sampling"])
        self.tabs.addTab(self._new_chats_page(), self.tr("New chats"))
        self.tabs.addTab(self._app_page(paths), self.tr("App"))
        self.api_page: ApiServerPage | None = None
        if api_server is not None:
            from llamadesk.ui.server.settings_page import ApiServerPage

            self.api_page = ApiServerPage(settings, api_server)
            self.tabs.addTab(self.api_page, self.tr("API server"))
        self.tools = tools
        self.tools_page: ToolsPage | None = None
        if tools is not None:
            from llamadesk.ui.tools.settings_page import ToolsPage

            self.tools_page = ToolsPage(tools)
            self.tabs.addTab(self.tools_page, self.tr("Tools"))
        self.pool_page: PoolPage | None = None
        if pool is not None:
            from llamadesk.pool.rpc import available
            from llamadesk.ui.pool.settings_page import PoolPage

            self.pool_page = PoolPage(settings, pool, available())
            self.tabs.addTab(self.pool_page, self.tr("Pool"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _new_chats_page(self) -> QWidget:
        """The defaults, and what replies of a model without a chat template get: such
        a model continues text with no end in sight."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.defaults)
        plain = QGroupBox(self.tr("Models without a chat template"))
        plain.setObjectName("plain_limits")
        form = QFormLayout(plain)
        self.plain_max_tokens = QSpinBox()
        self.plain_max_tokens.setObjectName("plain_max_tokens")
        self.plain_max_tokens.setRange(16, 32_768)
        self.plain_max_tokens.setSingleStep(64)
        self.plain_max_tokens.setSuffix(self.tr(" tokens"))
        self.plain_max_tokens.setValue(self.settings["plain_max_tokens"])
        self.plain_repeat_penalty = QDoubleSpinBox()
        self.plain_repeat_penalty.setObjectName("plain_repeat_penalty")
        self.plain_repeat_penalty.setRange(1.0, 2.0)
        self.plain_repeat_penalty.setSingleStep(0.05)
        self.plain_repeat_penalty.setValue(self.settings["plain_repeat_penalty"])
        form.addRow(self.tr("Longest reply:"), self.plain_max_tokens)
        form.addRow(self.tr("Repeat penalty:"), self.plain_repeat_penalty)
        note = QLabel(self.tr("A base model continues text as written and may repeat "
                              "itself without end. A conversation's own repeat penalty, "
                              "when not 1.00, is kept."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(plain)
        self.keep_original_images = QCheckBox(self.tr(
            "Keep attached images as they came (otherwise at the size the model reads, "
            "which takes less space)"))
        self.keep_original_images.setObjectName("keep_original_images")
        self.keep_original_images.setChecked(self.settings["keep_original_images"])
        layout.addWidget(self.keep_original_images)
        layout.addStretch(1)
        return page

    def _app_page(self, paths: AppPaths) -> QWidget:
        settings = self.settings
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        for key, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(settings["theme"]))
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 40)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setValue(settings["font_size"])
        self.send_key = QComboBox()
        self.send_key.addItem(self.tr("Enter sends, Shift+Enter for a new line"), "enter")
        self.send_key.addItem(self.tr("Ctrl+Enter sends, Enter for a new line"), "ctrl_enter")
        self.send_key.setCurrentIndex(self.send_key.findData(settings["send_key"]))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name or self.tr("Follow the system"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings["language"])))

        self.gpu_auto = QCheckBox(self.tr("Automatic: as many layers as fit on the GPU"))
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("All layers"))
        layers = settings["gpu_layers"]
        self.gpu_auto.setChecked(layers == -2)
        self.gpu_layers.setValue(max(-1, layers))
        self.gpu_layers.setEnabled(layers != -2)
        self.gpu_auto.toggled.connect(lambda on: self.gpu_layers.setEnabled(not on))
        gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu_auto)
        gpu_row.addWidget(self.gpu_layers)
        self.main_gpu = QSpinBox()
        self.main_gpu.setRange(0, 63)
        self.main_gpu.setValue(settings["main_gpu"])
        self.main_gpu.setToolTip(self.tr("With several GPUs: which one holds the model "
                                         "(0 is the first; `llamadesk info` lists them)."))
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(settings["threads"])
        self.threads.setToolTip(self.tr("Automatic: every core reads the prompt, and all "
                                        "but one write the reply, so the window stays "
                                        "smooth while it streams."))
        self.context_size = QSpinBox()
        self.context_size.setRange(0, 1 << 20)
        self.context_size.setSingleStep(1024)
        # 0: the trained context, capped at 8,192 and lowered if memory is short.
        self.context_size.setSpecialValueText(self.tr("Automatic"))
        self.context_size.setValue(settings["context_size"])

        folder = QLabel(str(paths.data_dir))
        folder.setObjectName("data_folder")
        folder.setTextInteractionFlags(folder.textInteractionFlags()
                                       | folder.textInteractionFlags().TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)

        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Font size:"), self.font_size)
        form.addRow(self.tr("Send with:"), self.send_key)
        form.addRow(self.tr("Language:"), self.language)
        if has_gpu_module():
            form.addRow(self.tr("GPU layers:"), gpu_row)
            form.addRow(self.tr("GPU:"), self.main_gpu)
        else:
            # The fields stay (their values are kept), but a CPU-only build has nothing
            # to choose: a line says why instead.
            cpu_only = QLabel(self.tr("GPU: this build of LlamaDesk runs on the CPU only "
                                      "(it has no GPU support)."))
            cpu_only.setObjectName("cpu_only_build")
            cpu_only.setWordWrap(True)
            form.addRow(cpu_only)
            for widget in (self.gpu_auto, self.gpu_layers, self.main_gpu):
                widget.hide()
        form.addRow(self.tr("Threads:"), self.threads)
        form.addRow(self.tr("Context size:"), self.context_size)
        form.addRow(QLabel(self.tr("Threads and context size apply when a model is "
                                   "next loaded. A new language applies after a restart.")))
        form.addRow(self.tr("Data folder:"), folder_row)
        return page

    def accept(self) -> None:
        settings = self.settings
        prompt, preset, changed = self.defaults.result()
        settings.update(
            default_system_prompt=prompt, default_preset=preset, default_sampling=changed,
            theme=self.theme.currentData(), font_size=self.font_size.value(),
            send_key=self.send_key.currentData(), language=self.language.currentData(),
            gpu_layers=-2 if self.gpu_auto.isChecked() else self.gpu_layers.value(),
            main_gpu=self.main_gpu.value(),
            threads=self.threads.value(), context_size=self.context_size.value(),
            plain_max_tokens=self.plain_max_tokens.value(),
            plain_repeat_penalty=round(self.plain_repeat_penalty.value(), 2),
            keep_original_images=self.keep_original_images.isChecked(),
            **(self.api_page.result() if self.api_page is not None else {}),
            **(self.tools_page.result() if self.tools_page is not None else {}),
            **(self.pool_page.result() if self.pool_page is not None else {}))
        try:
            settings.save()
            if self.conversation_id is not None:
                prompt, preset, changed = self.conversation.result()
                self.repository.set_system_prompt(self.conversation_id, prompt or None)
                choice = SamplingChoice(preset).with_overrides(**changed)
                self.repository.set_sampling(self.conversation_id, choice.to_json())
        except (OSError, LlamaDeskError) as error:  # a full disk, a damaged history
            # The dialog stays open with the choices made: nothing is lost.
            report_error(self, error, template=self.tr("The settings could not be saved: %1"))
            return
        if self.tools is not None:
            self.tools.apply()
        if self.pool_page is not None:
            self.pool_page.commit()
        self.applied.emit()
        super().accept()

