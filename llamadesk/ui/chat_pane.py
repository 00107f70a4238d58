"""The chat side of the window: the model bar, the conversation, the composer."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from llamadesk.ui.chat_view import ChatView
from llamadesk.ui.composer import Composer
from llamadesk.ui.model_bar import ModelBar


class ChatPane(QWidget):
    """Layout only: the controllers drive its widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_bar = ModelBar()
        # One line under the bar for what is not on it: "no model", load errors.
        self.model_status = QLabel()
        self.model_status.setObjectName("model_status")
        self.model_status.setWordWrap(True)
        self.chat_view = ChatView()
        self.composer = Composer()
        self.send_button = QPushButton(self.tr("Send"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply (Esc)"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()
        composer_row = QHBoxLayout()
        composer_row.addWidget(self.composer, 1)
        composer_row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.model_bar)
        layout.addWidget(self.model_status)
        layout.addWidget(self.chat_view, 1)
        layout.addLayout(composer_row)
