"""Models › Installed › Faster replies…: one model's speculative decoding setting
(llamadesk/speculation_choice.py), kept per model file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from llamadesk.speculation_choice import MOST_TOKENS, SpeculationChoice

if TYPE_CHECKING:
    from llamadesk.models.registry import InstalledModel

_CHOOSE_FILE = "\x00choose"


class SpeculationDialog(QDialog):
    def __init__(self, name: str, choice: SpeculationChoice,
                 drafts: list[InstalledModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speculation_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Faster replies: %1").replace("%1", name))
        about = QLabel(self.tr(
            "LlamaDesk can guess the next few words and have the model check them all "
            "at once. The reply is the one the model writes without guessing; it comes "
            "sooner where text repeats: rewriting, fixing code, summarising, quoting "
            "documents. Automatic guesses only while it pays on this computer."))
        about.setWordWrap(True)
        self.mode = QComboBox()
        self.mode.setObjectName("speculation_mode")
        for text, value in ((self.tr("Automatic (recommended)"), "auto"),
                            (self.tr("Guess from the conversation, always"), "lookup"),
                            (self.tr("Guess with a draft model"), "draft"),
                            (self.tr("Off"), "off")):
            self.mode.addItem(text, value)
        self.draft = QComboBox()
        self.draft.setObjectName("speculation_draft")
        self.draft.setToolTip(self.tr("A small model of the same family (the same "
                                      "vocabulary), such as a 0.5B or 1B model of the "
                                      "same series"))
        for model in drafts:
            self.draft.addItem(f"{model.name} · {model.quantization}", model.path)
        if choice.draft and self.draft.findData(choice.draft) < 0:
            self.draft.addItem(Path(choice.draft).name, choice.draft)
        self.draft.addItem(self.tr("Choose a file…"), _CHOOSE_FILE)
        self.draft.setPlaceholderText(self.tr("No draft chosen"))
        self.draft.activated.connect(self._on_draft)
        self.tokens = QSpinBox()
        self.tokens.setObjectName("speculation_tokens")
        self.tokens.setRange(1, MOST_TOKENS)
        self.tokens.setToolTip(self.tr("The most tokens guessed at once"))
        self.problem = QLabel()
        self.problem.setObjectName("speculation_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Guessing:"), self.mode)
        form.addRow(self.tr("Draft model:"), self.draft)
        form.addRow(self.tr("Tokens at once:"), self.tokens)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._update)
        self.mode.setCurrentIndex(max(0, self.mode.findData(choice.mode)))
        if choice.draft:
            self.draft.setCurrentIndex(self.draft.findData(choice.draft))
        elif self.draft.count() > 1:
            self.draft.setCurrentIndex(0)
        else:
            self.draft.setCurrentIndex(-1)
        self.tokens.setValue(choice.tokens)
        self._update()
        # Wide enough for the explanation in a few lines. Set on the label, not the
        # dialog: a dialog with a minimum size of its own no longer takes its layout's,
        # and the rows below were squeezed flat.
        about.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def choice(self) -> SpeculationChoice:
        mode = str(self.mode.currentData())
        draft = self.draft.currentData()
        return SpeculationChoice(mode, draft if mode == "draft" and draft
                                 and draft != _CHOOSE_FILE else "", self.tokens.value())

    def _update(self) -> None:
        mode = self.mode.currentData()
        self.draft.setEnabled(mode == "draft")
        self.tokens.setEnabled(mode != "off")
        self.problem.hide()

    def _on_draft(self, _index: int) -> None:
        if self.draft.currentData() != _CHOOSE_FILE:
            return
        from llamadesk.ui.models.actions import choose_gguf_files

        self.draft.setCurrentIndex(-1)
        choose_gguf_files(self, self.tr("Choose a draft model"), self._chosen, any_file=True)

    def _chosen(self, paths: list[Path]) -> None:
        path = str(paths[0].resolve())
        index = self.draft.findData(path)
        if index < 0:
            self.draft.insertItem(self.draft.count() - 1, paths[0].name, path)
            index = self.draft.findData(path)
        self.draft.setCurrentIndex(index)

    def _accept(self) -> None:
        if self.mode.currentData() == "draft" and not self.choice().draft:
            self.problem.setText(self.tr("Choose the draft model, or another way of "
                                         "guessing."))
            self.problem.show()
            self.adjustSize()  # room for the line, without squeezing the rows
            return
        self.accept()
