"""Before each tool call: which server, which tool, with what arguments, and the
user's choice: Allow once, Always allow this tool, or Deny (the default: Enter or
Esc denies; allowing takes a deliberate click or its own key)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from llamadesk.tools.runner import Decision, PendingCall
from llamadesk.ui.tools.control import Answer


class ApprovalDialog(QDialog):
    def __init__(self, call: PendingCall, answer: Answer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tool_approval")
        self.setWindowTitle(self.tr("Allow a tool call?"))
        self.answer = answer
        where = f"{call.server} \u203a {call.tool}" if call.server else call.name
        heading = QLabel(self.tr("The model wants to use %1.").replace("%1", where))
        heading.setObjectName("tool_approval_heading")
        heading.setWordWrap(True)
        self.arguments = QPlainTextEdit(_pretty(call.arguments))
        self.arguments.setObjectName("tool_approval_arguments")
        self.arguments.setReadOnly(True)
        self.arguments.setAccessibleName(self.tr("Arguments"))
        buttons = QDialogButtonBox()
        self.allow = QPushButton(self.tr("&Allow once"))
        self.always = QPushButton(self.tr("Al&ways allow this tool"))
        self.deny = QPushButton(self.tr("&Deny"))
        for button in (self.allow, self.always, self.deny):
            button.setAutoDefault(False)
        self.deny.setDefault(True)
        buttons.addButton(self.allow, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.always, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.deny, QDialogButtonBox.ButtonRole.RejectRole)
        self.allow.clicked.connect(lambda: self._choose(Decision.ALLOW_ONCE))
        self.always.clicked.connect(lambda: self._choose(Decision.ALWAYS))
        self.deny.clicked.connect(lambda: self._choose(Decision.DENY))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Arguments:")))
        layout.addWidget(self.arguments)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _choose(self, decision: Decision) -> None:
        self.answer.give(decision)
        self.done(0 if decision is Decision.DENY else 1)

    def reject(self) -> None:  # Esc, or the window's close button: Deny
        self.answer.give(Decision.DENY)
        super().reject()


def _pretty(arguments: str) -> str:
    try:
        return json.dumps(json.loads(arguments), indent=2, ensure_ascii=False)
    except ValueError:
        return arguments
