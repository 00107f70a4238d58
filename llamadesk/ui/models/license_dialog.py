"""The license, read and accepted before the first download of a model under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from llamadesk.models.license import PLAIN_SUMMARY, TITLES, LicenseStore, license_text


def plain_summary(license_id: str) -> str:
    """What the licence asks, in plain words, translated (the English text governs)."""
    summary = PLAIN_SUMMARY.get(license_id)
    return QCoreApplication.translate("LicenseSummary", summary) if summary else ""


class LicenseDialog(QDialog):
    """The full text, scrolled through, then an explicit acceptance.

    The tick box unlocks once the text has been scrolled to its end; Accept
    unlocks once it is ticked. Accepting records it in the LicenseStore.
    """

    def __init__(self, license_id: str, store: LicenseStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("license_dialog")
        self.license_id = license_id
        self.store = store
        title = TITLES.get(license_id, license_id)
        self.setWindowTitle(title)
        self.resize(720, 620)

        summary = QLabel(plain_summary(license_id))
        summary.setObjectName("license_summary")
        summary.setWordWrap(True)
        governs = QLabel(self.tr("This summary is a help, not the license: the English "
                                 "text below is what you agree to."))
        governs.setWordWrap(True)
        governs.setEnabled(False)
        self.text = QTextBrowser()
        self.text.setObjectName("license_text")
        self.text.setPlainText(license_text(license_id))  # authoritative: never translated
        self.text.setAccessibleName(self.tr("License text"))
        self.agree = QCheckBox(self.tr("I have read and accept the %1").replace("%1", title))
        self.agree.setEnabled(False)
        self.agree.setToolTip(self.tr("Scroll to the end of the text first"))
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(self.tr("Accept"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.agree.toggled.connect(self.accept_button.setEnabled)
        bar = self.text.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(lambda *_: self._on_scrolled(bar.value()))

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(governs)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.agree)
        layout.addWidget(self.buttons)

    def _on_scrolled(self, value: int) -> None:
        # Before the dialog is laid out the range is empty: that is not "read".
        if self.isVisible() and value >= self.text.verticalScrollBar().maximum() - 2:
            self.agree.setEnabled(True)
            self.agree.setToolTip("")

    def accept(self) -> None:
        if not self.agree.isChecked():
            return
        self.store.accept(self.license_id)
        super().accept()
