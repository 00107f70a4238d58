"""The notice at the top of the chat after LlamaDesk died in the middle of something.

It says what happened in plain words (crash_report.CrashNotice), offers to load
the model with the safe settings, and copies the full report for a bug report;
nothing is sent anywhere. The model is not loaded until the user asks.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from llamadesk.crash_report import CrashNotice
from llamadesk.ui.messages import translated
from llamadesk.ui.style.tokens import XS, S


class CrashBanner(QFrame):
    """Signals: load_safely_requested(str path)."""

    load_safely_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_banner")
        self.notice: CrashNotice | None = None
        self.text = QLabel()
        self.text.setObjectName("crash_text")
        self.text.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("crash_detail")
        self.detail.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load with safe settings"))
        self.load_button.setObjectName("crash_load_safely")
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("crash_copy")
        self.copy_button.setToolTip(self.tr("The full crash report, for a bug report. "
                                            "Nothing is sent anywhere."))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("crash_dismiss")
        self.load_button.clicked.connect(self._load)
        self.copy_button.clicked.connect(self.copy_report)
        self.dismiss_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.setSpacing(S)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(S, S, S, S)
        layout.setSpacing(XS)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.hide()

    def show_notice(self, notice: CrashNotice) -> None:
        self.notice = notice
        self.text.setText(translated(notice.message()))
        self.detail.setText(translated(notice.safe_settings()))
        loadable = notice.model_path.is_file()
        self.load_button.setVisible(loadable)
        self.show()
        if loadable:
            self.load_button.setFocus()

    def copy_report(self) -> None:
        if self.notice is not None:
            QGuiApplication.clipboard().setText(self.notice.report)
            self.copy_button.setText(self.tr("Copied"))

    def _load(self) -> None:
        if self.notice is not None:
            self.hide()
            self.load_safely_requested.emit(str(self.notice.model_path))
