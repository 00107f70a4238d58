"""The chat side of the window: the model bar, the conversation, the composer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from llamadesk.ui import formats
from llamadesk.ui.chat.attachments import AttachmentStrip
from llamadesk.ui.chat.composer import Composer
from llamadesk.ui.chat.think_toggle import ThinkToggle
from llamadesk.ui.chat.view import ChatView
from llamadesk.ui.crash_banner import CrashBanner
from llamadesk.ui.documents.controller import DocumentsToggle
from llamadesk.ui.models.bar import ModelBar
from llamadesk.ui.style.icons import icon
from llamadesk.ui.style.tokens import XS, M, Palette, S
from llamadesk.ui.tools.toggle import ToolsToggle

# From this many characters on, the hint line counts them.
LONG_MESSAGE = 2_000


class ChatPane(QWidget):
    """Layout only: the controllers drive its widgets. One button sends, and stops
    the reply while one streams (Esc stops it too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_bar = ModelBar()
        # After a crash: what happened, and the model left unloaded (crash_banner.py).
        self.crash_banner = CrashBanner()
        # One line under the bar for what is not on it: "no model", load errors.
        self.model_status = QLabel()
        self.model_status.setObjectName("model_status")
        self.model_status.setWordWrap(True)
        self.chat_view = ChatView()
        self.composer = Composer()
        self.send_button = QPushButton()
        self.send_button.setObjectName("send_button")
        self._palette: Palette | None = None
        self.show_stop(False)
        self.hint = QLabel()
        self.hint.setObjectName("composer_hint")
        self.composer.textChanged.connect(self._update_hint)
        self.composer.send_key_changed.connect(self._update_hint)
        self._update_hint()
        # Images for the next message: the Attach button, a drop or a paste.
        self.attachments = AttachmentStrip()
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attach_button")
        self.attach_button.setText("+")
        self.attach_button.setToolTip(self.tr("Attach images (or drop or paste them here)"))
        self.attach_button.setAccessibleName(self.tr("Attach images"))
        self.attach_button.clicked.connect(lambda: self.attachments.choose(self))
        self.composer.images_given.connect(self._take_images)
        composer_row = QHBoxLayout()
        composer_row.setSpacing(S)
        composer_row.addWidget(self.attach_button)
        composer_row.addWidget(self.composer, 1)
        self.documents_toggle = DocumentsToggle()
        composer_row.addWidget(self.documents_toggle)
        self.think_toggle = ThinkToggle()  # shown for a model with a thinking switch
        composer_row.addWidget(self.think_toggle)
        self.tools_toggle = ToolsToggle()  # shown once tool servers are set up
        composer_row.addWidget(self.tools_toggle)
        composer_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, S, M, S)
        layout.setSpacing(XS)
        layout.addWidget(self.model_bar)
        layout.addWidget(self.crash_banner)
        layout.addWidget(self.model_status)
        layout.addWidget(self.chat_view, 1)
        layout.addSpacing(XS)
        layout.addWidget(self.attachments)
        layout.addLayout(composer_row)
        layout.addWidget(self.hint)

    def _take_images(self, given: object) -> None:
        if isinstance(given, bytes):
            self.attachments.add_data(given, self.tr("Pasted image.png"))
        elif isinstance(given, list):
            self.attachments.add_files(given)

    def show_stop(self, stopping: bool) -> None:
        """The button as Stop (while a reply streams) or Send."""
        button = self.send_button
        translate = QCoreApplication.translate  # the window's words since the start
        if stopping:
            button.setText(translate("MainWindow", "Stop"))
            button.setAccessibleName(translate("MainWindow", "Stop"))
            button.setAccessibleDescription(translate("MainWindow", "Stop the reply (Esc)"))
            button.setToolTip(translate("MainWindow", "Stop the reply (Esc)"))
        else:
            button.setText(translate("MainWindow", "Send"))
            button.setAccessibleName(translate("MainWindow", "Send"))
            button.setAccessibleDescription(translate("MainWindow", "Send the message"))
        if self._palette is not None:
            p = self._palette
            button.setIcon(icon("stop" if stopping else "send",
                                p.chip_text if stopping else p.on_accent))
        if button.property("stopping") != stopping:
            button.setProperty("stopping", stopping)
            # The stylesheet colours it by that property: polish again.
            button.style().unpolish(button)
            button.style().polish(button)

    def set_palette(self, palette: Palette) -> None:
        """Icons in the theme's colours."""
        self._palette = palette
        self.show_stop(self.stopping)

    @property
    def stopping(self) -> bool:
        return bool(self.send_button.property("stopping"))

    def _update_hint(self) -> None:
        keys = (self.tr("Ctrl+Enter sends · Enter for a new line")
                if self.composer.ctrl_enter_sends
                else self.tr("Enter sends · Shift+Enter for a new line"))
        length = len(self.composer.toPlainText())
        if length >= LONG_MESSAGE:
            keys += " · " + self.tr("%1 characters").replace("%1", formats.number(length))
        self.hint.setText(keys)
